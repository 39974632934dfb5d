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

/** Which earlier reports an account claims when its address is verified. */
class ConcernClaimTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final Category ASB = new Category("anti-social-behaviour",
            new BilingualText("Anti-social behaviour", "Ymddygiad gwrthgymdeithasol"), false, 1);

    private static Concern reportedWith(String email) {
        return new Concern(new Reference(2026, 7), ASB, "W05000857", null, null, null,
                "Motorbikes on the pavement every night", Language.CY, email, null, NOW);
    }

    @Test
    void aConcernReportedWithTheSameAddressIsClaimedWhateverTheLetterCase() {
        Concern c = reportedWith("Sian.Jones@Example.org");
        assertTrue(c.isClaimableBy("sian.jones@example.org"));
        assertTrue(c.claimFor(42L, "sian.jones@example.org"));
        assertEquals(42L, c.getReporterAccountId());
    }

    @Test
    void aConcernReportedWithAnotherAddressIsNotClaimed() {
        Concern c = reportedWith("sian.jones@example.org");
        assertFalse(c.claimFor(42L, "sian.jones@example.com"));
        assertFalse(c.claimFor(42L, "jones@example.org"));
        assertNull(c.getReporterAccountId());
    }

    @Test
    void aConcernReportedWithoutAnAddressIsNeverClaimed() {
        Concern c = reportedWith(null);
        assertFalse(c.claimFor(42L, "sian.jones@example.org"));
        assertFalse(c.claimFor(42L, null));
        assertNull(c.getReporterAccountId());
    }

    @Test
    void aConcernThatBelongsToAnAccountIsNotClaimedByAnother() {
        Concern c = reportedWith("sian.jones@example.org");
        assertTrue(c.claimFor(42L, "sian.jones@example.org"));
        assertFalse(c.claimFor(43L, "sian.jones@example.org"));
        assertEquals(42L, c.getReporterAccountId());
    }

    @Test
    void aConcernReportedWhileSignedInBelongsToTheAccountWithItsAddress() {
        Concern c = reportedWith(null);
        c.reportedFromAccount(7L, " Sian@Example.org");
        assertEquals(7L, c.getReporterAccountId());
        assertEquals("sian@example.org", c.getReporterEmail());
        assertFalse(c.isClaimableBy("sian@example.org"), "it already has its account");
        assertThrows(IllegalStateException.class, () -> c.reportedFromAccount(8L, "other@example.org"));
        assertThrows(IllegalArgumentException.class, () -> reportedWith(null).reportedFromAccount(7L, null));
    }
}
