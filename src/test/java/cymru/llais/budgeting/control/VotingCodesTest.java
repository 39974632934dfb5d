package cymru.llais.budgeting.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VotingCodesTest {

    @Test
    void codesAreTypedLooselyAndHashedPerRound() {
        String code = VotingCodes.generate();
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
        String typed = " " + code.toLowerCase().replace("-", " ") + " ";
        assertEquals(code.replace("-", ""), VotingCodes.normalise(typed));
        assertNull(VotingCodes.normalise("ABCD-EFGH-IJK0"));
        assertNull(VotingCodes.normalise("short"));
        String n = VotingCodes.normalise(code);
        assertEquals(64, VotingCodes.hash(1, n).length());
        assertNotEquals(VotingCodes.hash(1, n), VotingCodes.hash(2, n));
    }

    @Test
    void theStoredHashIsSha256OfTheRoundAndTheCodeEveryTime() {
        // the form stored for codes already printed: hashing must never change it
        for (int i = 0; i < 3; i++) {
            assertEquals("f03c1fe5622f6bd9850412714eb5ab9070f577ec201ce054e7e1c4da15c380fa", VotingCodes.hash(7, "ABCDEFGHJKMN"));
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(VotingCodes.generate()));
        }
    }
}
