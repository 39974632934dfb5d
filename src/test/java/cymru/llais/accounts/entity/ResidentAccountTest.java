package cymru.llais.accounts.entity;

import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentAccountTest {

    private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

    @Test
    void theAddressIsKeptInLowerCaseWithoutSpaces() {
        ResidentAccount a = new ResidentAccount("  Siân.Jones@Example.ORG ", "hash", Language.CY, null, NOW);
        assertEquals("siân.jones@example.org", a.getEmail());
        assertEquals(Language.CY, a.getLanguage());
    }

    @Test
    void aNewAccountIsNotVerifiedUntilItsAddressIsProvenOnce() {
        ResidentAccount a = new ResidentAccount("a@example.org", "hash", Language.EN, "  ", NOW);
        assertFalse(a.isVerified());
        assertNull(a.getDisplayName(), "a blank name is no name");
        assertTrue(a.verify(NOW.plusSeconds(60)));
        assertTrue(a.isVerified());
        assertFalse(a.verify(NOW.plusSeconds(120)), "verified once only");
        assertEquals(NOW.plusSeconds(60), a.getVerifiedAt());
    }

    @Test
    void theLanguageAndNameCanChangeButNotToNothing() {
        ResidentAccount a = new ResidentAccount("a@example.org", "hash", Language.EN, "Siân", NOW);
        a.changeLanguage(Language.CY);
        a.rename(" Siân Jones ");
        assertEquals(Language.CY, a.getLanguage());
        assertEquals("Siân Jones", a.getDisplayName());
        assertThrows(IllegalArgumentException.class, () -> a.changeLanguage(null));
        assertThrows(IllegalArgumentException.class, () -> a.rename("x".repeat(121)));
    }
}
