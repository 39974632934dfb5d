package cymru.llais.moderation.control;

import cymru.llais.moderation.control.FreeTextCheck.Finding;
import cymru.llais.moderation.control.FreeTextCheck.Kind;
import cymru.llais.moderation.control.FreeTextCheck.ListedWord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreeTextCheckTest {

    private static final FreeTextCheck NO_WORDS = new FreeTextCheck(List.of());
    private static final FreeTextCheck WITH_WORDS = new FreeTextCheck(List.of(
            new ListedWord("twpsyn", "cy"), new ListedWord("cachu", "cy"), new ListedWord("scumbag", "en"),
            new ListedWord("pen bandit", "cy")));

    private static List<Kind> kinds(FreeTextCheck check, String text) {
        return check.check(text).stream().map(Finding::kind).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Email me at jo.bloggs@example.org about it",
            "Cysylltwch â siân.jones@enghraifft.cymru",
            "ME@EXAMPLE.CO.UK",
            "(address: a+b@mail.example.com)",
    })
    void emailAddressesAreFound(String text) {
        assertEquals(List.of(Kind.EMAIL), kinds(NO_WORDS, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ring 07700900123",
            "ring 07700 900123 tonight",
            "ffoniwch 07700 900 123",
            "call 029 2087 2087",
            "call 02920872087.",
            "call (029) 2087 2087",
            "call 029-2087-2087",
            "0121 496 0000",
            "01632 960123",
            "0300 123 4567",
            "+44 7700 900123",
            "+447700900123",
            "+44 (0)29 2087 2087",
            "0044 29 2087 2087",
            "rhif: 07700.900.123",
    })
    void ukPhoneNumbersAreFoundWithOrWithoutSpaces(String text) {
        assertEquals(List.of(Kind.PHONE), kinds(NO_WORDS, text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It has been like this since 2019 and got worse in 2026.",
            "Concern LL-2026-000123 was about the same lane.",
            "See LL-2025-012345, LL-2026-000001 and LL-2026-999999.",
            "About 300 people live on the street; 15 houses, 2,000 bags.",
            "On 01/02/2026 at 23:45 and again on 07.03.2026.",
            "Bus 27 at 0730 every morning, 12 minutes late.",
            "Cost £0.10 a bag; the bin is 1.5 m wide.",
            "Postcode CF24 4HQ, house number 07.",
            "Order number 123456789012345 from the council.",
            "The Sunday 7 pm match, 2-1 to Cardiff.",
            "Mae'r bobl ifanc yn gwneud sŵn tan 2 y bore @ y parc.",
            "Live Fear Free helpline on the poster",
            "Roedd y siop ar gau; the shop was closed.",
    })
    void ordinaryTextIsNotHeld(String text) {
        assertEquals(List.of(), WITH_WORDS.check(text), text);
    }

    @Test
    void listedWordsAreFoundAsWholeWordsInAnyCase() {
        assertEquals(List.of(new Finding(Kind.WORD, "scumbag")), WITH_WORDS.check("What a SCUMBAG, honestly."));
        assertEquals(List.of(), WITH_WORDS.check("scumbags are not listed, nor is scumbaggery"));
        assertEquals(List.of(), NO_WORDS.check("What a scumbag."));
    }

    @Test
    void welshWordsAreFoundInTheirMutatedForms() {
        assertEquals(List.of(new Finding(Kind.WORD, "twpsyn")), WITH_WORDS.check("Mae e'n dwpsyn llwyr."));
        assertEquals(List.of(new Finding(Kind.WORD, "twpsyn")), WITH_WORDS.check("Fy nhwpsyn i!"));
        assertEquals(List.of(new Finding(Kind.WORD, "twpsyn")), WITH_WORDS.check("ei thwpsyn hi"));
        assertEquals(List.of(new Finding(Kind.WORD, "cachu")), WITH_WORDS.check("Llawn gachu ci ar y palmant."));
        assertEquals(List.of(new Finding(Kind.WORD, "cachu")), WITH_WORDS.check("yng Nghachu"));
        assertEquals(List.of(new Finding(Kind.WORD, "pen bandit")), WITH_WORDS.check("Y Mhen Bandit eto"));
        assertEquals(List.of(), WITH_WORDS.check("Mae'r gath yn y dwr"), "other words starting alike are not held");
    }

    @Test
    void englishWordsAreNotMutated() {
        FreeTextCheck check = new FreeTextCheck(List.of(new ListedWord("cad", "en")));
        assertEquals(List.of(new Finding(Kind.WORD, "cad")), check.check("a cad"));
        assertEquals(List.of(), check.check("a gad, a chad"));
    }

    @Test
    void everyFindingIsReportedOnceWhateverTheText() {
        List<Finding> found = WITH_WORDS.check("Twpsyn! email x@y.example or 07700 900123, twpsyn", "dwpsyn at 029 2087 2087");
        assertEquals(List.of(new Finding(Kind.EMAIL, null), new Finding(Kind.PHONE, null), new Finding(Kind.WORD, "twpsyn")), found);
        assertEquals(List.of("EMAIL", "PHONE", "WORD:twpsyn"), found.stream().map(Finding::code).toList());
        assertTrue(WITH_WORDS.check((String) null).isEmpty());
    }
}
