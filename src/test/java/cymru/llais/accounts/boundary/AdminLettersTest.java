package cymru.llais.accounts.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdminLettersTest {

    @Test
    void lettersFieldsAreQuotedWhenNeededAndNeverStartAFormula() {
        assertEquals("12 Heol Enghraifft", AdminLetters.csv("12 Heol Enghraifft"));
        assertEquals("\"Fflat 2, Tŷ Coch\"", AdminLetters.csv("Fflat 2, Tŷ Coch"));
        assertEquals("\"Siân \"\"Sue\"\" Jones\"", AdminLetters.csv("Siân \"Sue\" Jones"));
        assertEquals("'=SUM(A1)", AdminLetters.csv("=SUM(A1)"));
        assertEquals("'@Siân", AdminLetters.csv("@Siân"));
        assertEquals("", AdminLetters.csv(null));
    }
}
