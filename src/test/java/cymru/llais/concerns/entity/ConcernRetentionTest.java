package cymru.llais.concerns.entity;

import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcernRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static Concern reported() {
        Category c = new Category("fly-tipping", new BilingualText("Fly-tipping", "Tipio anghyfreithlon"), false, 1);
        return new Concern(new Reference(2026, 7), c, "W05000857", 51.49, -3.17, "Crwys Road",
                "A sofa dumped in the lane again.", Language.EN, "resident@example.org", "form:abcdefghijklmnop", NOW);
    }

    @Test
    void anOpenConcernKeepsItsReportersData() {
        Concern c = reported();
        assertThrows(IllegalStateException.class, () -> c.anonymise(NOW));
        assertEquals("resident@example.org", c.getReporterEmail());
    }

    @Test
    void aClosedConcernLosesTheReportersDataButKeepsItsPublicRecord() {
        Concern c = reported();
        c.changeStatus(ConcernStatus.CLOSED, NOW);
        c.anonymise(NOW.plusSeconds(60));
        assertNull(c.getReporterEmail());
        assertEquals(NOW.plusSeconds(60), c.getAnonymisedAt());
        assertEquals("A sofa dumped in the lane again.", c.getDescription());
        assertEquals(ConcernStatus.CLOSED, c.getStatus());
    }

    @Test
    void aClosedConcernNoLongerBelongsToTheAccountThatReportedIt() {
        Concern c = reported();
        assertTrue(c.claimFor(42L, "resident@example.org"));
        assertEquals(42L, c.getReporterAccountId());
        c.changeStatus(ConcernStatus.CLOSED, NOW);
        c.anonymise(NOW.plusSeconds(60));
        assertNull(c.getReporterAccountId());
        assertFalse(c.isClaimableBy("resident@example.org"), "and no account can claim it again by the old address");
    }

    @Test
    void aClosedConcernLosesTheOriginalThatACouncillorEditedPersonalDataOutOf() {
        Concern c = reported();
        c.redact("A sofa dumped in the lane.", "The lane", NOW);
        c.changeStatus(ConcernStatus.CLOSED, NOW);
        c.anonymise(NOW.plusSeconds(60));
        assertNull(c.getOriginalDescription());
        assertNull(c.getOriginalLocationText());
        assertEquals("A sofa dumped in the lane.", c.getDescription(), "the public, edited text stays");
    }
}
