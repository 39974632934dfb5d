package cymru.llais.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutagesTest {

    @Test
    void aLostConnectionIsAnOutageWhereverItIsInTheChain() {
        assertTrue(Outages.isDatabaseDown(new RuntimeException(new SQLNonTransientConnectionException("gone"))));
        assertTrue(Outages.isDatabaseDown(new IllegalStateException("commit failed",
                new SQLException("Communications link failure", "08S01"))));
        assertTrue(Outages.isDatabaseDown(new RuntimeException(new SQLException("(conn=7) Connection is closed"))));
        assertTrue(Outages.isDatabaseDown(new RuntimeException(new java.net.ConnectException("Connection refused"))));
    }

    @Test
    void aClientThatWentAwayOrAFaultOfOursIsNoOutage() {
        // Grizzly says "Connection is closed" of an HTTP client gone: not the database
        assertFalse(Outages.isDatabaseDown(new IOException("Connection is closed")));
        assertFalse(Outages.isDatabaseDown(new SQLException("Duplicate entry 'x' for key 'reference'", "23000", 1062)));
        assertFalse(Outages.isDatabaseDown(new NullPointerException()));
        // outside the portal there is no database to probe, so a persistence error is not put down to an outage
        assertFalse(Outages.isDatabaseDownNow(new jakarta.persistence.PersistenceException("commit failed")));
        assertFalse(Outages.isTemporary(new IllegalArgumentException("bad")));
    }

    @Test
    void aDeadlockOrALockWaitTimeoutIsWorthAnotherTry() {
        assertTrue(Outages.isDeadlock(new jakarta.persistence.PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213))));
        assertTrue(Outages.isDeadlock(new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertTrue(Outages.isTemporary(new RuntimeException(new SQLException("Deadlock", "40001", 1213))));
        assertFalse(Outages.isDeadlock(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(Outages.isDeadlock(new RuntimeException("Deadlock in the text only")));
    }
}
