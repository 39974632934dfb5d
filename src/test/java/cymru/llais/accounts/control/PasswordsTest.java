package cymru.llais.accounts.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {

    @Test
    void aHashVerifiesItsOwnPasswordOnly() {
        String hash = PasswordHashing.hash("Cyfrinair-hir-iawn".toCharArray());
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
        assertTrue(PasswordHashing.verify("Cyfrinair-hir-iawn".toCharArray(), hash));
        assertFalse(PasswordHashing.verify("Cyfrinair-hir-iawN".toCharArray(), hash));
        assertFalse(PasswordHashing.verify("".toCharArray(), hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHashing.hash("same-password-12".toCharArray()), PasswordHashing.hash("same-password-12".toCharArray()));
    }

    @Test
    void aStoredIterationCountIsHonoured() {
        String lighter = PasswordHashing.hash("older-password-1".toCharArray(), 1000);
        assertTrue(PasswordHashing.verify("older-password-1".toCharArray(), lighter));
    }

    @Test
    void malformedOrMissingHashesNeverVerify() {
        assertFalse(PasswordHashing.verify("x".toCharArray(), null));
        assertFalse(PasswordHashing.verify("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:abc:!!:!!"));
        assertFalse(PasswordHashing.verify("x".toCharArray(), "MD5:1:a:b"));
    }

    @Test
    void passwordRulesNameWhatIsWrong() {
        assertEquals(Optional.of("accounts.error.password.tooShort"), PasswordRules.check("short-pass1", "a@b.cy"));
        assertEquals(Optional.of("accounts.error.password.tooLong"), PasswordRules.check("a1b2c3".repeat(40), "a@b.cy"));
        assertEquals(Optional.of("accounts.error.password.isEmail"), PasswordRules.check("longname@example.org", "LongName@example.org"));
        assertEquals(Optional.of("accounts.error.password.tooSimple"), PasswordRules.check("aaaaaaaaaaaaab", "a@b.cy"));
        assertEquals(Optional.empty(), PasswordRules.check("Llais-demo-2026!", "a@b.cy"));
    }
}
