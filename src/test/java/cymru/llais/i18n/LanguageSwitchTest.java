package cymru.llais.i18n;

import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageSwitchTest {

    private static final String PAGE = "/concerns/index.xhtml";

    @Test
    void pageWithoutQueryGetsOnlyTheLanguage() {
        assertEquals(PAGE + "?lang=cy", LanguageSwitch.link(PAGE, null, Language.CY));
    }

    @Test
    void emptyQueryIsTreatedAsNone() {
        assertEquals(PAGE + "?lang=en", LanguageSwitch.link(PAGE, "", Language.EN));
    }

    @Test
    void otherParametersAreKeptInTheirOrderBeforeTheLanguage() {
        assertEquals(PAGE + "?ward=W05000857&category=asb&page=2&lang=cy",
                LanguageSwitch.link(PAGE, "ward=W05000857&category=asb&page=2", Language.CY));
    }

    @Test
    void existingLanguageParameterIsReplacedNotRepeated() {
        assertEquals(PAGE + "?ward=W05000857&page=2&lang=cy",
                LanguageSwitch.link(PAGE, "ward=W05000857&lang=en&page=2", Language.CY));
        assertEquals(PAGE + "?lang=en", LanguageSwitch.link(PAGE, "lang=cy", Language.EN));
    }

    @Test
    void everyLanguageParameterIsDroppedIncludingEmptyAndBareOnes() {
        assertEquals(PAGE + "?ref=LL-2026-000123&lang=cy",
                LanguageSwitch.link(PAGE, "lang&ref=LL-2026-000123&lang=&lang=fr", Language.CY));
        assertEquals(PAGE + "?lang=en", LanguageSwitch.link(PAGE, "lang", Language.EN));
    }

    @Test
    void parametersThatOnlyStartWithLangAreKept() {
        assertEquals(PAGE + "?language=x&langx=1&lang=cy", LanguageSwitch.link(PAGE, "language=x&langx=1", Language.CY));
    }

    @Test
    void emptyPairsFromStrayAmpersandsAreDropped() {
        assertEquals(PAGE + "?a=1&b=2&lang=en", LanguageSwitch.link(PAGE, "&a=1&&b=2&", Language.EN));
    }

    @Test
    void encodedValuesAreKeptAsTheyCame() {
        assertEquals(PAGE + "?q=caf%C3%A9%26more&lang=cy", LanguageSwitch.link(PAGE, "q=caf%C3%A9%26more", Language.CY));
    }
}
