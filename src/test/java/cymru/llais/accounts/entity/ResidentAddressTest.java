package cymru.llais.accounts.entity;

import cymru.llais.accounts.control.LetterCodes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentAddressTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static ResidentAddress address() {
        return new ResidentAddress(5L, "12 Heol Enghraifft", null, "Caerdydd", "CF24 4AA", "W05000857", NOW);
    }

    private static String hash(String code) {
        return LetterCodes.hash(5L, LetterCodes.normalise(code));
    }

    @Test
    void anAddressIsVerifiedByTheCodeInItsLetterOnce() {
        ResidentAddress a = address();
        assertEquals(ResidentAddress.Status.AWAITING_LETTER, a.getStatus());
        assertEquals(ResidentAddress.CodeResult.NO_LETTER, a.enterCode(hash("ABCD-EFGH-JKMN"), NOW));
        assertTrue(a.letterPrinted(hash("ABCD-EFGH-JKMN"), NOW));
        assertFalse(a.letterPrinted(hash("ABCD-EFGH-JKMP"), NOW), "one letter per address until it is used up");
        assertEquals(ResidentAddress.Status.LETTER_SENT, a.getStatus());
        assertEquals(NOW.plus(ResidentAddress.CODE_VALIDITY), a.getCodeExpiresAt());
        assertEquals(ResidentAddress.CodeResult.WRONG, a.enterCode(hash("ABCD-EFGH-JKMP"), NOW));
        assertEquals(ResidentAddress.CodeResult.WRONG, a.enterCode(null, NOW));
        assertFalse(a.isVerified());
        assertEquals(ResidentAddress.CodeResult.VERIFIED, a.enterCode(hash("abcd efgh jkmn"), NOW.plusSeconds(60)));
        assertTrue(a.isVerified());
        assertEquals(NOW.plusSeconds(60), a.getVerifiedAt());
        assertEquals(ResidentAddress.CodeResult.USED, a.enterCode(hash("ABCD-EFGH-JKMN"), NOW.plusSeconds(120)));
    }

    @Test
    void aCodeExpiresAndWrongTriesAreLimitedThenANewLetterCanBeAskedFor() {
        ResidentAddress a = address();
        a.letterPrinted(hash("ABCD-EFGH-JKMN"), NOW);
        assertFalse(a.askForNewLetter(NOW), "the letter still works");
        Instant late = NOW.plus(ResidentAddress.CODE_VALIDITY);
        assertEquals(ResidentAddress.CodeResult.EXPIRED, a.enterCode(hash("ABCD-EFGH-JKMN"), late));
        assertTrue(a.letterUnusable(late));
        assertTrue(a.askForNewLetter(late));
        assertEquals(ResidentAddress.Status.AWAITING_LETTER, a.getStatus());

        a.letterPrinted(hash("QRST-UVWX-YZ23"), NOW);
        for (int i = 1; i < ResidentAddress.MAX_WRONG_CODES; i++) {
            assertEquals(ResidentAddress.CodeResult.WRONG, a.enterCode(hash("ABCD-EFGH-JKMN"), NOW));
        }
        assertEquals(ResidentAddress.CodeResult.TOO_MANY, a.enterCode(hash("ABCD-EFGH-JKMN"), NOW));
        assertEquals(ResidentAddress.CodeResult.TOO_MANY, a.enterCode(hash("QRST-UVWX-YZ23"), NOW), "even the right code, once too many were wrong");
        assertFalse(a.isVerified());
        assertTrue(a.askForNewLetter(NOW));
    }

    @Test
    void changingTheAddressRemovesItsVerification() {
        ResidentAddress a = address();
        a.letterPrinted(hash("ABCD-EFGH-JKMN"), NOW);
        a.enterCode(hash("ABCD-EFGH-JKMN"), NOW);
        assertTrue(a.isVerified());
        a.change("3 Heol Arall", "Fflat 2", "Caerdydd", "CF24 4AB", "W05000873", NOW.plus(Duration.ofDays(1)));
        assertFalse(a.isVerified());
        assertNull(a.getVerifiedAt());
        assertEquals(ResidentAddress.Status.AWAITING_LETTER, a.getStatus());
        assertEquals(ResidentAddress.CodeResult.NO_LETTER, a.enterCode(hash("ABCD-EFGH-JKMN"), NOW), "the old letter's code is useless");
        assertEquals("W05000873", a.getWardCode());
    }
}
