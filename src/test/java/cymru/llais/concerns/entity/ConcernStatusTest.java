package cymru.llais.concerns.entity;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cymru.llais.concerns.entity.ConcernStatus.ACKNOWLEDGED;
import static cymru.llais.concerns.entity.ConcernStatus.CLOSED;
import static cymru.llais.concerns.entity.ConcernStatus.IN_PROGRESS;
import static cymru.llais.concerns.entity.ConcernStatus.RECEIVED;
import static cymru.llais.concerns.entity.ConcernStatus.REFERRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcernStatusTest {

    private static final Map<ConcernStatus, Set<ConcernStatus>> ALLOWED = Map.of(
            RECEIVED, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, REFERRED, CLOSED),
            ACKNOWLEDGED, EnumSet.of(IN_PROGRESS, REFERRED, CLOSED),
            IN_PROGRESS, EnumSet.of(REFERRED, CLOSED),
            REFERRED, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, CLOSED),
            CLOSED, EnumSet.of(IN_PROGRESS));

    @Test
    void everyMoveIsAllowedOrRefusedExactlyAsAgreed() {
        for (ConcernStatus from : ConcernStatus.values()) {
            for (ConcernStatus to : ConcernStatus.values()) {
                assertEquals(ALLOWED.get(from).contains(to), from.canBecome(to), from + " → " + to);
            }
            assertEquals(ALLOWED.get(from), from.next(), "next() of " + from);
        }
    }

    @Test
    void noStatusCanBecomeItself() {
        for (ConcernStatus s : ConcernStatus.values()) {
            assertFalse(s.canBecome(s), s.name());
        }
    }

    @Test
    void nothingGoesBackToReceived() {
        for (ConcernStatus s : ConcernStatus.values()) {
            assertFalse(s.canBecome(RECEIVED), s.name());
        }
    }

    @Test
    void closedConcernCanOnlyBeReopenedAsInProgress() {
        assertTrue(CLOSED.canBecome(IN_PROGRESS));
        assertFalse(CLOSED.canBecome(ACKNOWLEDGED));
        assertFalse(CLOSED.canBecome(REFERRED));
    }

    @Test
    void bundleKeyIsTheLowerCaseName() {
        assertEquals("concerns.status.received", RECEIVED.key());
        assertEquals("concerns.status.in_progress", IN_PROGRESS.key());
        assertEquals("concerns.status.closed", CLOSED.key());
    }

    @Test
    void onlyClosedIsNotOpen() {
        assertFalse(CLOSED.isOpen());
        for (ConcernStatus s : EnumSet.complementOf(EnumSet.of(CLOSED))) {
            assertTrue(s.isOpen(), s.name());
        }
    }
}
