package cymru.llais.routing.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundaryFileTest {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[-3.2,51.4],[-3.1,51.4],[-3.1,51.5],[-3.2,51.5],[-3.2,51.4]]]}";

    private static List<BoundaryFile.Feature> read(String json) {
        return BoundaryFile.read(new StringReader(json), "WD13CD", "WD13NM", "WD13NMW");
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    private static String ward(String code) {
        return feature("{\"WD13CD\":\"" + code + "\",\"WD13NM\":\"Ward " + code + "\",\"WD13NMW\":\"Ward " + code + "\"}", SQUARE);
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static IllegalArgumentException refused(String json) {
        return assertThrows(IllegalArgumentException.class, () -> read(json));
    }

    private static void assertRefusedNaming(String json, String... parts) {
        String message = refused(json).getMessage();
        for (String part : parts) {
            assertTrue(message.contains(part), "\"" + message + "\" should mention \"" + part + "\"");
        }
    }

    @Test
    void cardiffWardsAreReadWithCodesAndBothNames() {
        List<BoundaryFile.Feature> wards = GeoData.wards("W06000015");
        assertEquals(29, wards.size());
        BoundaryFile.Feature cathays = wards.stream().filter(w -> w.code().equals("W05000857")).findFirst().orElseThrow();
        assertEquals("Cathays", cathays.nameEn());
        assertEquals("Cathays", cathays.nameCy());
        BoundaryFile.Feature canton = wards.stream().filter(w -> w.code().equals("W05000856")).findFirst().orElseThrow();
        assertEquals("Canton", canton.nameEn());
        assertEquals("Treganna", canton.nameCy());
        Geometry shape = GeoJsonGeometry.parse(cathays.geometry());
        assertTrue(shape.isValid());
        assertTrue(shape.getArea() > 0);
    }

    @Test
    void authoritiesAreReadWithTheirOwnProperties() {
        List<BoundaryFile.Feature> authorities = GeoData.authorities();
        assertEquals(22, authorities.size());
        BoundaryFile.Feature anglesey = authorities.get(0);
        assertEquals("W06000001", anglesey.code());
        assertEquals("Isle of Anglesey", anglesey.nameEn());
        assertEquals("Ynys Mon", anglesey.nameCy());
        assertEquals("MultiPolygon", GeoJsonGeometry.parse(anglesey.geometry()).getGeometryType());
    }

    @Test
    void welshNameFallsBackToEnglishWhenMissingBlankOrNotText() {
        List<BoundaryFile.Feature> wards = read(collection(
                feature("{\"WD13CD\":\"W1\",\"WD13NM\":\"Heath\"}", SQUARE),
                feature("{\"WD13CD\":\"W2\",\"WD13NM\":\"Ely\",\"WD13NMW\":\"  \"}", SQUARE),
                feature("{\"WD13CD\":\"W3\",\"WD13NM\":\"Radyr\",\"WD13NMW\":null}", SQUARE),
                feature("{\"WD13CD\":\"W4\",\"WD13NM\":\"Splott\",\"WD13NMW\":7}", SQUARE)));
        assertEquals(List.of("Heath", "Ely", "Radyr", "Splott"), wards.stream().map(BoundaryFile.Feature::nameCy).toList());
    }

    @Test
    void codesAndNamesAreTrimmed() {
        BoundaryFile.Feature f = read(collection(feature(
                "{\"WD13CD\":\" W05000864 \",\"WD13NM\":\" Heath\\n\",\"WD13NMW\":\"\\tY Mynydd Bychan \"}", SQUARE))).get(0);
        assertEquals("W05000864", f.code());
        assertEquals("Heath", f.nameEn());
        assertEquals("Y Mynydd Bychan", f.nameCy());
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is not JSON", "", "{\"type\":\"FeatureCollection\",", "[1,2,3]", "\"FeatureCollection\"", "null"})
    void fileThatIsNotAJsonObjectIsRefused(String json) {
        refused(json);
    }

    @Test
    void fileThatIsNotAFeatureCollectionIsRefused() {
        assertRefusedNaming("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + SQUARE + "}", "FeatureCollection");
        assertRefusedNaming("{\"features\":[" + ward("W1") + "]}", "FeatureCollection");
    }

    @Test
    void collectionWithoutFeaturesIsRefused() {
        refused("{\"type\":\"FeatureCollection\",\"features\":[]}");
        refused("{\"type\":\"FeatureCollection\"}");
    }

    @Test
    void featuresThatAreNotAListAreRefused() {
        refused("{\"type\":\"FeatureCollection\",\"features\":\"none\"}");
        refused("{\"type\":\"FeatureCollection\",\"features\":{\"a\":1}}");
    }

    @Test
    void featureThatIsNotAnObjectIsRefusedByNumber() {
        assertRefusedNaming(collection(ward("W1"), "42"), "feature 2");
    }

    @Test
    void featureMissingItsCodeIsRefusedByNumber() {
        assertRefusedNaming(collection(ward("W1"), ward("W2"),
                feature("{\"WD13NM\":\"Nowhere\",\"WD13NMW\":\"Unman\"}", SQUARE)), "feature 3", "WD13CD");
    }

    @Test
    void featureWithABlankOrNumericCodeIsRefused() {
        assertRefusedNaming(collection(feature("{\"WD13CD\":\" \",\"WD13NM\":\"Heath\"}", SQUARE)), "feature 1", "WD13CD");
        assertRefusedNaming(collection(feature("{\"WD13CD\":5,\"WD13NM\":\"Heath\"}", SQUARE)), "feature 1", "WD13CD");
    }

    @Test
    void featureMissingItsEnglishNameIsRefused() {
        assertRefusedNaming(collection(feature("{\"WD13CD\":\"W1\",\"WD13NMW\":\"Y Mynydd Bychan\"}", SQUARE)), "feature 1", "WD13NM");
    }

    @Test
    void featureWithoutPropertiesOrGeometryIsRefused() {
        assertRefusedNaming(collection(ward("W1"), "{\"type\":\"Feature\",\"geometry\":" + SQUARE + "}"), "feature 2");
        assertRefusedNaming(collection(ward("W1"), feature("{\"WD13CD\":\"W2\",\"WD13NM\":\"Ely\"}", "null")), "feature 2");
        assertRefusedNaming(collection("{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W2\",\"WD13NM\":\"Ely\"}}"), "feature 1", "geometry");
    }

    @Test
    void pointGeometryIsRefused() {
        assertRefusedNaming(collection(ward("W1"), feature("{\"WD13CD\":\"W2\",\"WD13NM\":\"Ely\"}",
                "{\"type\":\"Point\",\"coordinates\":[-3.2,51.4]}")), "feature 2", "Point");
    }

    @Test
    void coordinateOutOfRangeIsRefused() {
        assertRefusedNaming(collection(feature("{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[-3.2,51.4],[200,51.4],[-3.1,51.5],[-3.2,51.4]]]}")), "feature 1", "out of range");
        assertRefusedNaming(collection(ward("W1"), ward("W2"), ward("W3"), feature("{\"WD13CD\":\"W4\",\"WD13NM\":\"Ely\"}",
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[-3.2,51.4],[-3.1,-91],[-3.1,51.5],[-3.2,51.4]]]]}")), "feature 4");
    }

    @Test
    void ringThatIsNotClosedOrTooShortIsRefused() {
        assertRefusedNaming(collection(feature("{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[-3.2,51.4],[-3.1,51.4],[-3.1,51.5],[-3.2,51.5]]]}")), "feature 1");
        assertRefusedNaming(collection(feature("{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[-3.2,51.4],[-3.1,51.4],[-3.2,51.4]]]}")), "feature 1");
    }

    @Test
    void positionThatIsNotTwoNumbersIsRefused() {
        assertRefusedNaming(collection(feature("{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[-3.2,51.4],[-3.1],[-3.1,51.5],[-3.2,51.4]]]}")), "feature 1");
        assertRefusedNaming(collection(feature("{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[\"-3.2\",\"51.4\"],[-3.1,51.4],[-3.1,51.5],[-3.2,51.4]]]}")), "feature 1");
        assertRefusedNaming(collection(feature("{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"}",
                "{\"type\":\"Polygon\",\"coordinates\":[]}")), "feature 1");
    }

    @Test
    void geometryIsKeptAsGeoJsonText() {
        BoundaryFile.Feature f = read(collection(ward("W1"))).get(0);
        assertEquals(0.01, GeoJsonGeometry.parse(f.geometry()).getArea(), 1e-9);
    }
}
