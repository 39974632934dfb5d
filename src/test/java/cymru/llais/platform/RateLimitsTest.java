package cymru.llais.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimitsTest {

    @Test
    void aClientGetsItsAllowancePerWindowAndNoMore() {
        RateLimits.Window w = new RateLimits.Window(3, Duration.ofMinutes(1));
        long t = 60_000L * 1000;
        assertTrue(w.allow("203.0.113.1", t));
        assertTrue(w.allow("203.0.113.1", t + 1));
        assertTrue(w.allow("203.0.113.1", t + 2));
        assertFalse(w.allow("203.0.113.1", t + 3));
        assertFalse(w.allow("203.0.113.1", t + 59_000));
    }

    @Test
    void otherClientsAreNotAffected() {
        RateLimits.Window w = new RateLimits.Window(1, Duration.ofMinutes(1));
        assertTrue(w.allow("203.0.113.1", 0));
        assertFalse(w.allow("203.0.113.1", 1));
        assertTrue(w.allow("203.0.113.2", 1));
    }

    @Test
    void aNewWindowStartsAfresh() {
        RateLimits.Window w = new RateLimits.Window(1, Duration.ofMinutes(1));
        assertTrue(w.allow("203.0.113.1", 0));
        assertFalse(w.allow("203.0.113.1", 59_999));
        assertTrue(w.allow("203.0.113.1", 60_000));
    }
}
