package cymru.llais.platform;

import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The MariaDB driver's data source seen as a plain {@link DataSource} and nothing more, so that the application
 * server pools it as a local-transaction resource. The driver's own {@link MariaDbDataSource} is also an
 * {@code XADataSource}, and Payara picks the XA kind whenever the class offers it: every transaction, however
 * short, then went through {@code XA START}, {@code XA END} and {@code XA COMMIT ... ONE PHASE} on its one
 * connection. The portal has one database and nothing else that takes part in transactions (mail goes out after
 * the commit), so the transaction manager drives the connection's own commit and rollback instead; nested
 * {@code REQUIRES_NEW} transactions still get a connection of their own. Payara sets {@code url}, {@code user} and
 * {@code password} through the setters below.
 */
public class LocalMariaDbDataSource implements DataSource {

    private final MariaDbDataSource driver = new MariaDbDataSource();

    public void setUrl(String url) throws SQLException {
        driver.setUrl(url);
    }

    public String getUrl() {
        return driver.getUrl();
    }

    public void setUser(String user) throws SQLException {
        driver.setUser(user);
    }

    public String getUser() {
        return driver.getUser();
    }

    public void setPassword(String password) throws SQLException {
        driver.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return driver.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
