package cymru.llais.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoPointTest {

    @Test
    void twoNumbersInRangeAreAPoint() {
        assertEquals(Optional.of(new GeoPoint(51.4905, -3.1745)), GeoPoint.parse("51.4905", "-3.1745"));
    }

    @Test
    void spacesAroundTheNumbersAreIgnored() {
        assertEquals(Optional.of(new GeoPoint(51.4905, -3.1745)), GeoPoint.parse("  51.4905\t", "\n-3.1745 "));
    }

    @Test
    void theEdgesOfTheEarthArePoints() {
        assertEquals(Optional.of(new GeoPoint(90, 180)), GeoPoint.parse("90", "180"));
        assertEquals(Optional.of(new GeoPoint(-90, -180)), GeoPoint.parse("-90", "-180"));
    }

    // '|' stands for a missing text (null)
    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "|", value = {
            "NaN; -3.17", "51.48; NaN", "Infinity; -3.17", "51.48; -Infinity", "1e400; 0",
            "fifty-one; -3.17", "51.48; west", "51,48; -3,17", "51.48 -3.17; 0", "0x; 0",
            "''; -3.17", "51.48; ''", "'   '; -3.17", "51.48; '  '", "|; -3.17", "51.48; |", "|; |",
            "90.0001; 0", "-90.0001; 0", "0; 180.0001", "0; -180.0001", "-3.17; 251.48"})
    void anythingThatIsNotTwoNumbersOnTheEarthIsNoPoint(String latitude, String longitude) {
        assertEquals(Optional.empty(), GeoPoint.parse(latitude, longitude));
    }

    @Test
    void aPointCannotBeMadeOffTheEarth() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, -181));
        assertTrue(GeoPoint.parse("0", "0").isPresent());
    }
}
