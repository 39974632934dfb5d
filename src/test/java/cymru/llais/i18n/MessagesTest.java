package cymru.llais.i18n;

import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    private final Messages messages = Messages.get();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "0; Does dim pryderon yn cyfateb.",
            "1; Un pryder",
            "2; Dau bryder",
            "3; Tri phryder",
            "6; Chwe phryder",
            "4; 4 o bryderon",
            "5; 5 o bryderon",
            "7; 7 o bryderon",
            "20; 20 o bryderon"})
    void welshCountOfConcernsFollowsTheSixCldrForms(int count, String expected) {
        assertEquals(expected, messages.format(Language.CY, "concerns.list.count", count));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "0; No concerns match.",
            "1; 1 concern",
            "2; 2 concerns",
            "3; 3 concerns",
            "1000; '1,000 concerns'"})
    void englishCountOfConcernsHasOneAndOther(int count, String expected) {
        assertEquals(expected, messages.format(Language.EN, "concerns.list.count", count));
    }

    @Test
    void welshSensitiveCountUsesTheDualForm() {
        assertEquals("Nid yw dau adroddiad mewn categorïau sensitif yn y ward hon yn cael eu dangos, er mwyn cadw pobl yn ddiogel.",
                messages.format(Language.CY, "concerns.list.sensitiveCount", 2));
    }

    @Test
    void positionalArgumentsAreFilledIn() {
        assertEquals("Your reference is LL-2026-000123.", messages.format(Language.EN, "concerns.view.thanks.reference", "LL-2026-000123"));
        assertEquals("Tudalen 2 o 7", messages.format(Language.CY, "concerns.list.pageOf", 2, 7));
        assertEquals("The description must be 4,000 characters or fewer. It has 4,001.",
                messages.format(Language.EN, "concerns.error.description.tooLong", 4000, 4001));
    }

    @Test
    void textWithoutArgumentsComesOutAsWritten() {
        assertEquals("Neidio i’r prif gynnwys", messages.format(Language.CY, "site.skip"));
        assertEquals("Skip to main content", messages.text(Language.EN, "site.skip"));
    }

    @Test
    void missingKeyShowsItselfMarked() {
        assertEquals("???concerns.no.such.key???", messages.text(Language.CY, "concerns.no.such.key"));
        assertFalse(messages.has("concerns.no.such.key"));
        assertTrue(messages.has("concerns.list.count"));
    }
}
