package cymru.llais.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {

    @Test
    void welshFirstInTheBrowsersListIsChosen() {
        assertEquals(Language.CY, Language.preferred(List.of(Locale.forLanguageTag("cy-GB"), Locale.ENGLISH)));
    }

    @Test
    void englishFirstInTheBrowsersListIsChosenEvenWhenWelshFollows() {
        assertEquals(Language.EN, Language.preferred(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("cy"))));
    }

    @Test
    void languagesThePortalDoesNotSpeakAreSkippedInOrder() {
        assertEquals(Language.CY, Language.preferred(List.of(Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("cy"), Locale.ENGLISH)));
    }

    @Test
    void noLanguageThePortalSpeaksMeansEnglish() {
        assertEquals(Language.EN, Language.preferred(List.of(Locale.FRENCH, Locale.forLanguageTag("ga"))));
        assertEquals(Language.EN, Language.preferred(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cy", "CY", " cy ", "Cy"})
    void welshCodeIsReadWhateverItsCaseAndSpaces(String code) {
        assertEquals(Optional.of(Language.CY), Language.fromCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "EN", "\ten\n"})
    void englishCodeIsReadWhateverItsCaseAndSpaces(String code) {
        assertEquals(Optional.of(Language.EN), Language.fromCode(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "fr", "cym", "en-GB", "cy-GB", "c", "welsh", "e n"})
    void anythingElseIsNoLanguage(String code) {
        assertEquals(Optional.empty(), Language.fromCode(code));
    }

    @Test
    void eachLanguageHasTheOtherAsItsSwitchTarget() {
        assertEquals(Language.EN, Language.CY.other());
        assertEquals(Language.CY, Language.EN.other());
    }

    @Test
    void localeIsMappedToItsLanguageWithEnglishForTheRest() {
        assertEquals(Language.CY, Language.of(Locale.forLanguageTag("cy-GB")));
        assertEquals(Language.EN, Language.of(Locale.FRENCH));
        assertEquals(Language.EN, Language.of(null));
        assertEquals("cy", Language.CY.locale().getLanguage());
    }
}
