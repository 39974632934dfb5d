package cymru.llais.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WelshMutationsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "pen, pen ben mhen phen",
            "tad, tad dad nhad thad",
            "cachu, cachu gachu nghachu chachu",
            "bara, bara fara mara",
            "drws, drws ddrws nrws",
            "gardd, gardd ardd ngardd",
            "llais, llais lais",
            "mam, mam fam",
            "rhwyd, rhwyd rwyd",
            "ardal, ardal hardal",
            "ŵyn, ŵyn hŵyn",
            "chwarae, chwarae",
            "thrwy, thrwy",
            "nain, nain",
            "sach, sach",
            "Twpsyn, twpsyn dwpsyn nhwpsyn thwpsyn",
    })
    void aWordAndItsMutatedForms(String word, String expected) {
        assertEquals(new TreeSet<>(Arrays.asList(expected.split(" "))), new TreeSet<>(WelshMutations.forms(word)));
    }

    @Test
    void aShortGWordDoesNotLoseItsOnlyOtherLetter() {
        Set<String> forms = WelshMutations.forms("go");
        assertTrue(forms.contains("ngo"));
        assertTrue(!forms.contains("o"), "dropping g would leave a single letter that matches everywhere");
    }

    @Test
    void nothingForNothing() {
        assertTrue(WelshMutations.forms(" ").isEmpty());
        assertTrue(WelshMutations.forms(null).isEmpty());
    }
}
