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
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(VotingCodes.generate()));
        }
    }
}
