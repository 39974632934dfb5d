package cymru.llais.concerns.control;

import cymru.llais.shared.GeoPoint;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcernRulesTest {

    private static final String CATHAYS = "W05000857";
    private static final String SPLOTT = "W05000879";
    private static final String DESCRIPTION = "Motorbikes race along the lane every night.";

    /** Wales is a box here; Cathays covers its south-east corner and nothing else has a ward. */
    private static final ConcernRules.Places PLACES = new ConcernRules.Places() {
        @Override
        public boolean inWales(GeoPoint p) {
            return p.latitude() > 51.3 && p.latitude() < 53.5 && p.longitude() > -5.4 && p.longitude() < -2.6;
        }

        @Override
        public Optional<String> wardAt(GeoPoint p) {
            return p.latitude() < 51.6 && p.longitude() > -3.3 ? Optional.of(CATHAYS) : Optional.empty();
        }

        @Override
        public boolean wardExists(String code) {
            return Set.of(CATHAYS, SPLOTT).contains(code);
        }
    };

    private static final Predicate<String> CATEGORIES = Set.of("anti-social-behaviour", "fly-tipping")::contains;

    private static ConcernRules.Input input(String latitude, String longitude, String ward, String description,
                                            String language, String email) {
        return new ConcernRules.Input("fly-tipping", latitude, longitude, ward, null, description, language, email);
    }

    private static ConcernRules.Input withWard(String description) {
        return input(null, null, SPLOTT, description, "en", null);
    }

    private static ConcernRules.Checked check(ConcernRules.Input in) {
        return ConcernRules.check(in, CATEGORIES, PLACES);
    }

    private static List<String> keys(ConcernRules.Checked checked) {
        return checked.violations().stream().map(Violation::key).toList();
    }

    private static void assertOnly(String field, String key, ConcernRules.Checked checked) {
        assertEquals(List.of(key), keys(checked));
        assertEquals(field, checked.violations().get(0).field());
        assertFalse(checked.ok());
    }

    @Test
    void completeReportWithAChosenWardPasses() {
        ConcernRules.Checked c = check(new ConcernRules.Input(" fly-tipping ", "", " ", " " + SPLOTT + " ",
                "  Lane behind Crwys Road ", "  " + DESCRIPTION + "\n", "cy", " name@example.com "));
        assertTrue(c.ok(), () -> keys(c).toString());
        assertEquals("fly-tipping", c.category());
        assertEquals(SPLOTT, c.ward());
        assertNull(c.pin());
        assertEquals("Lane behind Crwys Road", c.locationText());
        assertEquals(DESCRIPTION, c.description());
        assertEquals(Language.CY, c.language());
        assertEquals("name@example.com", c.email());
    }

    @Test
    void emptyReportBreaksEveryRequiredRuleAtOnce() {
        ConcernRules.Checked c = check(new ConcernRules.Input(null, null, null, null, null, null, null, null));
        assertEquals(List.of("concerns.error.category.required", "concerns.error.place.required",
                "concerns.error.description.required", "concerns.error.language.unknown"), keys(c));
        assertEquals(List.of("category", "place", "description", "language"),
                c.violations().stream().map(Violation::field).toList());
    }

    @Test
    void blankCategoryIsRequired() {
        assertOnly("category", "concerns.error.category.required", check(new ConcernRules.Input(" \t", null, null, SPLOTT,
                null, DESCRIPTION, "en", null)));
    }

    @Test
    void categoryNotInTheListIsRefused() {
        assertOnly("category", "concerns.error.category.unknown", check(new ConcernRules.Input("burglary", null, null, SPLOTT,
                null, DESCRIPTION, "en", null)));
    }

    @Test
    void pinInAWardSetsTheWardFromThePinNotFromTheChosenWard() {
        ConcernRules.Checked c = check(input(" 51.4905 ", "-3.1745", SPLOTT, DESCRIPTION, "en", null));
        assertTrue(c.ok(), () -> keys(c).toString());
        assertEquals(new GeoPoint(51.4905, -3.1745), c.pin());
        assertEquals(CATHAYS, c.ward());
    }

    @Test
    void pinOutsideWalesIsRefused() {
        ConcernRules.Checked c = check(input("51.5074", "-0.1278", SPLOTT, DESCRIPTION, "en", null));
        assertOnly("place", "concerns.error.place.outsideWales", c);
        assertNull(c.pin());
        assertNull(c.ward());
    }

    @Test
    void pinInWalesButInNoWardIsRefused() {
        ConcernRules.Checked c = check(input("53.2", "-4.1", null, DESCRIPTION, "en", null));
        assertOnly("place", "concerns.error.place.noWard", c);
        assertNull(c.ward());
    }

    @ParameterizedTest
    @ValueSource(strings = {"north", "NaN", "Infinity", "51,49", "91"})
    void pinThatIsNotANumberOnEarthIsRefused(String latitude) {
        assertOnly("place", "concerns.error.place.notNumber", check(input(latitude, "-3.17", null, DESCRIPTION, "en", null)));
    }

    @Test
    void pinWithOnlyOneCoordinateIsRefusedEvenWhenAWardIsChosen() {
        assertOnly("place", "concerns.error.place.notNumber", check(input("51.49", null, SPLOTT, DESCRIPTION, "en", null)));
        assertOnly("place", "concerns.error.place.notNumber", check(input(" ", "-3.17", SPLOTT, DESCRIPTION, "en", null)));
    }

    @Test
    void withoutPinTheChosenWardIsUsed() {
        ConcernRules.Checked c = check(input(null, "", SPLOTT, DESCRIPTION, "en", null));
        assertTrue(c.ok());
        assertEquals(SPLOTT, c.ward());
        assertNull(c.pin());
    }

    @Test
    void unknownWardIsRefused() {
        assertOnly("place", "concerns.error.ward.unknown", check(input(null, null, "W05999999", DESCRIPTION, "en", null)));
    }

    @Test
    void neitherPinNorWardIsRefused() {
        assertOnly("place", "concerns.error.place.required", check(input("", " ", "  ", DESCRIPTION, "en", null)));
    }

    @Test
    void descriptionOfExactlyTenCharactersIsAccepted() {
        assertTrue(check(withWard("abcdefghij")).ok());
    }

    @Test
    void descriptionShorterThanTenCharactersIsRefused() {
        ConcernRules.Checked c = check(withWard("abcdefghi"));
        assertOnly("description", "concerns.error.description.tooShort", c);
        assertEquals(List.of(10), c.violations().get(0).arguments());
    }

    @Test
    void emojiCountsAsOneCharacter() {
        String tenFaces = "😠".repeat(10);
        assertEquals(20, tenFaces.length());
        assertTrue(check(withWard(tenFaces)).ok());
        assertOnly("description", "concerns.error.description.tooShort", check(withWard("😠".repeat(9))));
    }

    @Test
    void descriptionOfExactly4000CharactersIsAccepted() {
        assertTrue(check(withWard("a".repeat(4000))).ok());
        assertTrue(check(withWard("🚲".repeat(4000))).ok());
    }

    @Test
    void descriptionLongerThan4000CharactersIsRefusedWithItsLength() {
        ConcernRules.Checked c = check(withWard("🚲".repeat(4001)));
        assertOnly("description", "concerns.error.description.tooLong", c);
        assertEquals(List.of(4000, 4001), c.violations().get(0).arguments());
    }

    @Test
    void blankDescriptionIsRequired() {
        assertOnly("description", "concerns.error.description.required", check(withWard(" \n\t ")));
    }

    @Test
    void controlCharactersAreStrippedBeforeCounting() {
        ConcernRules.Checked c = check(withWard("abc\u0000def\u0007gh\u001Bi\u007F\u0085"));
        assertOnly("description", "concerns.error.description.tooShort", c);
        ConcernRules.Checked ok = check(withWard("Cars\u0000 speed\u0008\r\nevery\tday\u200B\uFFFF"));
        assertTrue(ok.ok());
        assertEquals("Cars speed\nevery\tday\u200B", ok.description());
    }

    @Test
    void lineEndsAreNormalisedAndTabsKept() {
        assertEquals("one\ntwo\nthree\tfour", check(withWard("one\r\ntwo\rthree\tfour")).description());
    }

    @Test
    void loneSurrogateIsStripped() {
        assertEquals("Graffiti on the bridge", check(withWard("Graffiti on\uD800 the bridge")).description());
    }

    @Test
    void controlCharactersAreStrippedFromTheLocationText() {
        ConcernRules.Checked c = check(new ConcernRules.Input("fly-tipping", null, null, SPLOTT, "\u0001Crwys\u0002 Road\u0003 ",
                DESCRIPTION, "en", null));
        assertEquals("Crwys Road", c.locationText());
    }

    @Test
    void locationTextOfExactly200CharactersIsAccepted() {
        assertTrue(check(new ConcernRules.Input("fly-tipping", null, null, SPLOTT, "ŵ".repeat(200), DESCRIPTION, "en", null)).ok());
    }

    @Test
    void locationTextLongerThan200CharactersIsRefused() {
        ConcernRules.Checked c = check(new ConcernRules.Input("fly-tipping", null, null, SPLOTT, "x".repeat(201), DESCRIPTION, "en", null));
        assertOnly("locationText", "concerns.error.locationText.tooLong", c);
        assertEquals(List.of(200), c.violations().get(0).arguments());
    }

    @Test
    void blankLocationTextBecomesNone() {
        assertNull(check(new ConcernRules.Input("fly-tipping", null, null, SPLOTT, " \u0000 ", DESCRIPTION, "en", null)).locationText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"name@example.com", "a.b+c@sub.example.cymru", "o'neill@example.co.uk", "x@a-b.example"})
    void wellFormedEmailIsAccepted(String email) {
        ConcernRules.Checked c = check(input(null, null, SPLOTT, DESCRIPTION, "en", email));
        assertTrue(c.ok(), () -> keys(c).toString());
        assertEquals(email, c.email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "name@", "@example.com", "name@example", "na me@example.com", "name@-example.com",
            "name@example-.com", "name@@example.com", "name@example..com", "name@exa_mple.com", "name@exam ple.com"})
    void malformedEmailIsRefused(String email) {
        assertOnly("email", "concerns.error.email.invalid", check(input(null, null, SPLOTT, DESCRIPTION, "en", email)));
    }

    @Test
    void emailOf254CharactersIsAcceptedAnd255Refused() {
        String domain = "@example.com";
        assertTrue(check(input(null, null, SPLOTT, DESCRIPTION, "en", "a".repeat(254 - domain.length()) + domain)).ok());
        assertOnly("email", "concerns.error.email.invalid",
                check(input(null, null, SPLOTT, DESCRIPTION, "en", "a".repeat(255 - domain.length()) + domain)));
    }

    @Test
    void blankEmailIsNone() {
        ConcernRules.Checked c = check(input(null, null, SPLOTT, DESCRIPTION, "en", "   "));
        assertTrue(c.ok());
        assertNull(c.email());
    }

    @Test
    void reportCanBeWrittenInWelshOrEnglish() {
        assertEquals(Language.CY, check(input(null, null, SPLOTT, DESCRIPTION, "cy", null)).language());
        assertEquals(Language.EN, check(input(null, null, SPLOTT, DESCRIPTION, "EN", null)).language());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "", "cymraeg", "en-GB"})
    void anyOtherLanguageIsRefused(String language) {
        assertOnly("language", "concerns.error.language.unknown", check(input(null, null, SPLOTT, DESCRIPTION, language, null)));
    }
}
