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

    @Test
    void signUpsAndResetsHaveHourlyAllowancesOfTheirOwn() {
        java.util.Map<RateLimits.Kind, RateLimits.Window> w = RateLimits.windows(30, 20, 2, 1, 3);
        long t = 3_600_000L * 500;
        assertTrue(w.get(RateLimits.Kind.SIGN_UP).allow("203.0.113.1", t));
        assertTrue(w.get(RateLimits.Kind.SIGN_UP).allow("203.0.113.1", t + 1));
        assertFalse(w.get(RateLimits.Kind.SIGN_UP).allow("203.0.113.1", t + 2), "the third sign-up in the hour");
        assertTrue(w.get(RateLimits.Kind.RESET).allow("203.0.113.1", t + 3), "resets are counted apart from sign-ups");
        assertFalse(w.get(RateLimits.Kind.RESET).allow("203.0.113.1", t + 4));
        assertTrue(w.get(RateLimits.Kind.SIGN_IN).allow("203.0.113.1", t + 5), "and sign-ins apart from both");
        assertFalse(w.get(RateLimits.Kind.SIGN_UP).allow("203.0.113.1", t + 59 * 60_000), "still the same hour");
        assertTrue(w.get(RateLimits.Kind.SIGN_UP).allow("203.0.113.1", t + 3_600_000), "a new hour");
        assertTrue(w.get(RateLimits.Kind.RESET).allow("203.0.113.1", t + 3_600_000));
    }

    @Test
    void everyKindHasAWindow() {
        java.util.Map<RateLimits.Kind, RateLimits.Window> w = RateLimits.windows(1, 1, 1, 1, 1);
        for (RateLimits.Kind kind : RateLimits.Kind.values()) {
            assertTrue(w.containsKey(kind), kind.name());
        }
    }

    @Test
    void unknownVotingCodesAreCountedPerClientAndAFullWindowIsSeenWithoutCounting() {
        java.util.Map<RateLimits.Kind, RateLimits.Window> w = RateLimits.windows(30, 20, 2, 1, 2);
        RateLimits.Window codes = w.get(RateLimits.Kind.UNKNOWN_VOTING_CODE);
        long t = 3_600_000L * 700;
        assertFalse(codes.exhausted("203.0.113.9", t));
        assertTrue(codes.allow("203.0.113.9", t));
        assertTrue(codes.allow("203.0.113.9", t + 1));
        assertTrue(codes.exhausted("203.0.113.9", t + 2));
        assertFalse(codes.exhausted("203.0.113.10", t + 2), "another client");
        assertFalse(codes.exhausted("203.0.113.9", t + 3_600_000), "a new hour");
    }
}
