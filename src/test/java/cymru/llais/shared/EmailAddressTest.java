package cymru.llais.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressTest {

    @Test
    void addressesAreTheSameWhateverTheLetterCaseAndSurroundingSpaces() {
        assertTrue(EmailAddress.same("Sian.Jones@Example.org", " sian.jones@example.ORG "));
        assertEquals("sian.jones@example.org", EmailAddress.normalise(" Sian.Jones@Example.ORG"));
    }

    @Test
    void differentOrMissingAddressesAreNotTheSame() {
        assertFalse(EmailAddress.same("sian@example.org", "sian@example.com"));
        assertFalse(EmailAddress.same("sian@example.org", "sian+llais@example.org"));
        assertFalse(EmailAddress.same(null, "sian@example.org"));
        assertFalse(EmailAddress.same("sian@example.org", null));
        assertFalse(EmailAddress.same(" ", " "));
    }

    @Test
    void onlyAddressesThePortalCanWriteToAreValid() {
        assertTrue(EmailAddress.isValid("sian@example.org"));
        assertTrue(EmailAddress.isValid(" sian@example.org "));
        assertFalse(EmailAddress.isValid("sian@example"));
        assertFalse(EmailAddress.isValid("sian example.org"));
        assertFalse(EmailAddress.isValid(null));
        assertFalse(EmailAddress.isValid("a".repeat(250) + "@example.org"));
    }
}
