package cymru.llais.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The portal's one data source. Everything comes from MicroProfile Config, so a deployment sets
 * {@code LLAIS_DB_URL}, {@code LLAIS_DB_USER} and {@code LLAIS_DB_PASSWORD} (or the system
 * properties {@code llais.db.*}); the pool validates connections so that it recovers by itself
 * after the database restarts. A connection is validated at most once every two seconds: under load a
 * connection goes back and forth between the pool and requests hundreds of times a second, and a
 * "SELECT 1" before each use was one database round trip in four on a ballot. After a restart every
 * connection has gone unvalidated for longer than that, so the first check fails and the pool
 * replaces all of its connections ({@code fail-all-connections}).
 * <p>
 * The class is {@link LocalMariaDbDataSource}, a plain {@code DataSource}: given the driver's own
 * {@code MariaDbDataSource}, which is also an {@code XADataSource}, Payara pooled XA connections and every
 * transaction paid for XA START, XA END and a one-phase XA COMMIT. The portal's transactions touch this one
 * database only, so local transactions (the connection's own commit) lose nothing.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "cymru.llais.platform.LocalMariaDbDataSource",
        url = "${MPCONFIG=llais.db.url}",
        user = "${MPCONFIG=llais.db.user}",
        password = "${MPCONFIG=llais.db.password}",
        minPoolSize = 2,
        maxPoolSize = 48,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-creation-retry-attempts=0",
                "fish.payara.max-wait-time-in-millis=5000"
        })
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/llais";

    private Database() {
    }
}
