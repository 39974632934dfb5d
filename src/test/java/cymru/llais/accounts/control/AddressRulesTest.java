package cymru.llais.accounts.control;

import cymru.llais.shared.GeoPoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressRulesTest {

    /** Cathays is a box around one point; Wales a bigger one. */
    private static final AddressRules.Places PLACES = new AddressRules.Places() {
        @Override
        public boolean inWales(GeoPoint p) {
            return p.latitude() > 51.3 && p.latitude() < 53.5 && p.longitude() > -5.4 && p.longitude() < -2.6;
        }

        @Override
        public Optional<String> wardAt(GeoPoint p) {
            return Math.abs(p.latitude() - 51.49) < 0.01 && Math.abs(p.longitude() + 3.18) < 0.01 ? Optional.of("W05000857") : Optional.empty();
        }

        @Override
        public boolean wardExists(String code) {
            return code.equals("W05000857") || code.equals("W05000873");
        }
    };

    private static AddressRules.Checked check(String line1, String postcode, String lat, String lon, String ward) {
        return AddressRules.check(new AddressRules.Input(line1, "", "Caerdydd", postcode, lat, lon, ward), PLACES);
    }

    private static List<String> keys(AddressRules.Checked c) {
        return c.errors().stream().map(FieldError::key).toList();
    }

    @Test
    void aMapPointOrAChosenWardDecidesTheWard() {
        AddressRules.Checked byPin = check("12 Heol Enghraifft", "cf244aa", "51.49", "-3.18", "W05000873");
        assertTrue(byPin.ok(), byPin.errors().toString());
        assertEquals("W05000857", byPin.ward(), "the pin wins over the list");
        assertEquals("CF24 4AA", byPin.postcode());
        assertNull(byPin.line2());
        AddressRules.Checked byWard = check("Fflat 3, Tŷ’r Ysgol", "CF24 4AA", "", "", "W05000873");
        assertTrue(byWard.ok(), byWard.errors().toString());
        assertEquals("W05000873", byWard.ward());
    }

    @Test
    void pointsOutsideWalesOrOutsideAnyWardAndUnknownWardsAreRefused() {
        assertEquals(List.of("account.address.error.outsideWales"), keys(check("1 Downing Street", "SW1A 2AA", "51.5034", "-0.1276", "")));
        assertEquals(List.of("account.address.error.noWard"), keys(check("1 Stryd", "LL55 4UR", "53.0", "-4.0", "")));
        assertEquals(List.of("account.address.error.point"), keys(check("1 Stryd", "CF24 4AA", "north", "-3.18", "")));
        assertEquals(List.of("account.address.error.wardRequired"), keys(check("1 Stryd", "CF24 4AA", "", "", "")));
        assertEquals(List.of("account.address.error.wardUnknown"), keys(check("1 Stryd", "CF24 4AA", "", "", "W05999999")));
    }

    @Test
    void linesArePlainBoundedTextAndThePostcodeAUkPostcode() {
        assertEquals(List.of("account.address.error.line1.required"), keys(check("  ", "CF24 4AA", "", "", "W05000857")));
        assertEquals(List.of("account.address.error.characters"), keys(check("=HYPERLINK(\"x\")", "CF24 4AA", "", "", "W05000857")));
        assertEquals(List.of("account.address.error.characters"), keys(check("<script>", "CF24 4AA", "", "", "W05000857")));
        assertEquals(List.of("account.address.error.tooLong"), keys(check("a".repeat(AddressRules.MAX_LINE + 1), "CF24 4AA", "", "", "W05000857")));
        assertEquals(List.of("account.address.error.postcode"), keys(check("1 Stryd", "CF24", "", "", "W05000857")));
        assertEquals("SA1 1AA", AddressRules.postcode(" sa1 1aa "));
        assertEquals("EC1A 1BB", AddressRules.postcode("EC1A1BB"));
        assertNull(AddressRules.postcode("12345"));
        assertNotEquals(null, AddressRules.postcode("NP20 4UR"));
    }

    @Test
    void lettersCodesAreHashedPerAccountAndTypedLoosely() {
        String code = LetterCodes.generate();
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
        assertEquals(LetterCodes.normalise(code), LetterCodes.normalise(code.toLowerCase().replace("-", " ")));
        assertNull(LetterCodes.normalise("ABCD-EFGH-JKM0"));
        assertNull(LetterCodes.normalise("ABCD"));
        String n = LetterCodes.normalise(code);
        assertNotEquals(LetterCodes.hash(1, n), LetterCodes.hash(2, n));
        assertEquals(64, LetterCodes.hash(1, n).length());
    }
}
