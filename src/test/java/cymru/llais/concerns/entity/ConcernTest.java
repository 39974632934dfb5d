package cymru.llais.concerns.entity;

import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcernTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final Category ASB = new Category("anti-social-behaviour",
            new BilingualText("Anti-social behaviour", "Ymddygiad gwrthgymdeithasol"), false, 1);
    private static final Category DOMESTIC_ABUSE = new Category("domestic-abuse",
            new BilingualText("Domestic abuse", "Cam-drin domestig"), true, 9);

    private static Concern concern(Category category, Double latitude, Double longitude) {
        return new Concern(new Reference(2026, 42), category, "W05000857", latitude, longitude, "Crwys Road",
                "Motorbikes on the pavement every night", Language.CY, null, "token-token-token-1", NOW);
    }

    @Test
    void newConcernIsReceivedWithOneStepOfHistory() {
        Concern c = concern(ASB, 51.4905, -3.1745);
        assertEquals(ConcernStatus.RECEIVED, c.getStatus());
        assertEquals(1, c.getHistory().size());
        assertEquals(ConcernStatus.RECEIVED, c.getHistory().get(0).getStatus());
        assertEquals(NOW, c.getHistory().get(0).getChangedAt());
        assertEquals(NOW, c.getCreatedAt());
        assertEquals(NOW, c.getUpdatedAt());
        assertEquals("LL-2026-000042", c.getReference());
        assertEquals(Language.CY, c.getLanguage());
    }

    @Test
    void concernInASensitiveCategoryIsSensitive() {
        assertTrue(concern(DOMESTIC_ABUSE, null, null).isSensitive());
        assertFalse(concern(ASB, null, null).isSensitive());
    }

    @Test
    void pinWithOnlyOneCoordinateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> concern(ASB, 51.4905, null));
        assertThrows(IllegalArgumentException.class, () -> concern(ASB, null, -3.1745));
    }

    @Test
    void concernWithoutPinHasNone() {
        Concern c = concern(ASB, null, null);
        assertFalse(c.hasPin());
        assertNull(c.getLatitude());
        assertNull(c.getLongitude());
    }

    @Test
    void pinIsKeptToSixDecimalPlaces() {
        Concern c = concern(ASB, 51.49051249, -3.17450051);
        assertTrue(c.hasPin());
        assertEquals(51.490512, c.getLatitude());
        assertEquals(-3.174501, c.getLongitude());
    }

    @Test
    void concernWithoutItsRequiredPartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Concern(new Reference(2026, 1), null, "W05000857",
                null, null, null, "Something is happening here", Language.EN, null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Concern(new Reference(2026, 1), ASB, null,
                null, null, null, "Something is happening here", Language.EN, null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Concern(new Reference(2026, 1), ASB, "W05000857",
                null, null, null, null, Language.EN, null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Concern(new Reference(2026, 1), ASB, "W05000857",
                null, null, null, "Something is happening here", null, null, null, NOW));
    }

    @Test
    void allowedStatusChangeIsRecordedInTheHistory() {
        Concern c = concern(ASB, null, null);
        Instant later = NOW.plusSeconds(3600);
        c.changeStatus(ConcernStatus.ACKNOWLEDGED, later);
        c.changeStatus(ConcernStatus.CLOSED, later.plusSeconds(60));
        assertEquals(ConcernStatus.CLOSED, c.getStatus());
        assertEquals(later.plusSeconds(60), c.getUpdatedAt());
        assertEquals(NOW, c.getCreatedAt());
        assertEquals(List.of(ConcernStatus.RECEIVED, ConcernStatus.ACKNOWLEDGED, ConcernStatus.CLOSED),
                c.getHistory().stream().map(StatusChange::getStatus).toList());
    }

    @Test
    void illegalStatusChangeIsRefusedAndChangesNothing() {
        Concern c = concern(ASB, null, null);
        c.changeStatus(ConcernStatus.IN_PROGRESS, NOW.plusSeconds(10));
        assertThrows(IllegalStateException.class, () -> c.changeStatus(ConcernStatus.ACKNOWLEDGED, NOW.plusSeconds(20)));
        assertThrows(IllegalStateException.class, () -> c.changeStatus(ConcernStatus.IN_PROGRESS, NOW.plusSeconds(20)));
        assertThrows(IllegalStateException.class, () -> c.changeStatus(ConcernStatus.RECEIVED, NOW.plusSeconds(20)));
        assertEquals(ConcernStatus.IN_PROGRESS, c.getStatus());
        assertEquals(NOW.plusSeconds(10), c.getUpdatedAt());
        assertEquals(2, c.getHistory().size());
    }

    @Test
    void historyCannotBeChangedFromOutside() {
        Concern c = concern(ASB, null, null);
        assertThrows(UnsupportedOperationException.class, () -> c.getHistory().clear());
    }
}
