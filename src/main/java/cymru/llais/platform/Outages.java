package cymru.llais.platform;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Tells a failure of the database connection (the portal should say 503, try later) from a fault of ours (500). */
public final class Outages {

    private static final Logger LOG = Logger.getLogger(Outages.class.getName());

    /** How long one probe's answer stands: during an outage every failing request would otherwise probe again. */
    private static final long PROBE_MILLIS = 1000;

    /** When the last probe found the database reachable, and when it found it unreachable (System.nanoTime()). */
    private static final AtomicLong LAST_UP = new AtomicLong(Long.MIN_VALUE);
    private static final AtomicLong LAST_DOWN = new AtomicLong(Long.MIN_VALUE);

    private Outages() {
    }

    /** The failure says itself that the connection to the database failed. */
    public static boolean isDatabaseDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            // SQLSTATE class 08: connection exception
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals("jakarta.resource.spi.ResourceAllocationException")
                    || name.equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Error in allocating a connection")
                    // the driver's or the pool's, never the HTTP connection's (Grizzly says the same of a client gone)
                    || message.contains("Connection is closed") && (t instanceof SQLException
                            || name.startsWith("org.mariadb.") || name.startsWith("org.eclipse.persistence.")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * InnoDB rolled the transaction back to break a deadlock, or gave up waiting for a lock: nothing of it is stored, and
     * the same work tried again normally succeeds.
     */
    public static boolean isDeadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Try again shortly (503 with Retry-After), not a fault of ours: the database is down, or lost a deadlock. */
    public static boolean isTemporary(Throwable failure) {
        return isDeadlock(failure) || isDatabaseDownNow(failure);
    }

    /**
     * The failure says so, or it is one the database may be behind (a commit that failed with a bare
     * {@code SystemException}, a rollback, a persistence error without its cause) and the database cannot be reached
     * now. Only for a request that is about to fail anyway: it may cost a probe of up to a second.
     */
    public static boolean isDatabaseDownNow(Throwable failure) {
        return isDatabaseDown(failure) || mayBeTheDatabase(failure) && !reachable();
    }

    static boolean mayBeTheDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof SQLException || name.startsWith("jakarta.transaction.") || name.startsWith("jakarta.persistence.")
                    || name.startsWith("jakarta.ejb.") || name.startsWith("org.eclipse.persistence.")
                    || name.startsWith("jakarta.resource.") || name.startsWith("com.sun.enterprise.transaction.")
                    || name.startsWith("com.sun.jts.") || name.startsWith("org.mariadb.jdbc.")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a connection to the database can be had and answers, at most a second old. */
    static boolean reachable() {
        long now = System.nanoTime();
        long up = LAST_UP.get();
        long down = LAST_DOWN.get();
        long fresh = PROBE_MILLIS * 1_000_000L;
        // only "down" is taken from the last probe: a failure in the first second of an outage must not be put down to
        // us because the database answered a moment before
        if (down != Long.MIN_VALUE && now - down < fresh && (up == Long.MIN_VALUE || down - up > 0)) {
            return false;
        }
        boolean reachable;
        try {
            DataSource dataSource = InitialContext.doLookup(Database.JNDI_NAME);
            try (Connection connection = dataSource.getConnection()) {
                reachable = connection.isValid(1);
            }
        } catch (NamingException e) {
            // outside the portal (a unit test): no database to probe, so the failure is not put down to it
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "database probe failed", e);
            reachable = false;
        }
        (reachable ? LAST_UP : LAST_DOWN).set(System.nanoTime());
        return reachable;
    }
}
