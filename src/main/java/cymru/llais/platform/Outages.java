package cymru.llais.platform;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure of the database connection (the portal should say 503, try later) from a fault of ours (500). */
public final class Outages {

    private Outages() {
    }

    public static boolean isDatabaseDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals("jakarta.resource.spi.ResourceAllocationException")
                    || name.equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.contains("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }
}
