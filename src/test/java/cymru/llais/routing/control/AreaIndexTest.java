package cymru.llais.routing.control;

import cymru.llais.shared.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AreaIndexTest {

    private static final String CARDIFF = "W06000015";
    private static final String SWANSEA = "W06000011";

    private static AreaIndex<BoundaryFile.Feature, BoundaryFile.Feature> cardiff;

    @BeforeAll
    static void loadCardiff() {
        cardiff = new AreaIndex<>(GeoData.shapes(GeoData.wards(CARDIFF), Function.identity()),
                GeoData.shapes(GeoData.authorities(), Function.identity()));
    }

    private static Optional<String> ward(double latitude, double longitude) {
        return cardiff.wardAt(new GeoPoint(latitude, longitude)).map(BoundaryFile.Feature::code);
    }

    private static Optional<String> authority(double latitude, double longitude) {
        return cardiff.authorityAt(new GeoPoint(latitude, longitude)).map(BoundaryFile.Feature::code);
    }

    @Test
    void cardiffHas29WardsAndWales22Authorities() {
        assertEquals(29, cardiff.wardCount());
        assertEquals(22, cardiff.authorityCount());
    }

    @Test
    void pointInCathaysIsInCathays() {
        BoundaryFile.Feature cathays = cardiff.wardAt(new GeoPoint(51.4905, -3.1745)).orElseThrow();
        assertEquals("W05000857", cathays.code());
        assertEquals("Cathays", cathays.nameEn());
        assertEquals(Optional.of(CARDIFF), authority(51.4905, -3.1745));
    }

    @Test
    void pointInSplottIsInSplott() {
        BoundaryFile.Feature splott = cardiff.wardAt(new GeoPoint(51.4830, -3.1560)).orElseThrow();
        assertEquals("W05000879", splott.code());
        assertEquals("Y Sblot", splott.nameCy());
    }

    @Test
    void pointInButetownIsInButetown() {
        assertEquals(Optional.of("W05000854"), ward(51.4660, -3.1680));
    }

    @Test
    void pointInTheBristolChannelIsInNoWardAndNoAuthority() {
        assertEquals(Optional.empty(), ward(51.40, -3.10));
        assertEquals(Optional.empty(), authority(51.40, -3.10));
    }

    @Test
    void swanseaCentreIsInSwanseaButInNoCardiffWard() {
        assertEquals(Optional.of(SWANSEA), authority(51.6214, -3.9436));
        assertEquals(Optional.empty(), ward(51.6214, -3.9436));
    }

    @Test
    void londonIsInNoWardAndNoAuthority() {
        assertEquals(Optional.empty(), ward(51.5074, -0.1278));
        assertEquals(Optional.empty(), authority(51.5074, -0.1278));
    }

    @Test
    void emptyIndexFindsNothing() {
        AreaIndex<String, String> empty = new AreaIndex<>(List.of(), List.of());
        assertEquals(Optional.empty(), empty.wardAt(new GeoPoint(51.4905, -3.1745)));
        assertEquals(0, empty.authorityCount());
    }

    @Test
    void pointOnASharedBoundaryBelongsToOneOfTheTwoAreas() {
        AreaIndex<String, String> squares = new AreaIndex<>(List.of(
                new AreaIndex.Shape<>("west", GeoJsonGeometry.parse(square(-3.2, 51.4, 0.1))),
                new AreaIndex.Shape<>("east", GeoJsonGeometry.parse(square(-3.1, 51.4, 0.1)))), List.of());
        assertEquals(Optional.of("west"), squares.wardAt(new GeoPoint(51.45, -3.15)));
        assertEquals(Optional.of("east"), squares.wardAt(new GeoPoint(51.45, -3.05)));
        assertTrue(squares.wardAt(new GeoPoint(51.45, -3.1)).isPresent(), "a point on the shared edge is not lost");
        assertEquals(Optional.empty(), squares.wardAt(new GeoPoint(51.55, -3.15)));
    }

    @Test
    void everyWardInWalesContainsItsOwnInteriorPoint() {
        List<AreaIndex.Shape<BoundaryFile.Feature>> shapes = new ArrayList<>();
        Set<String> authorityFiles = new HashSet<>();
        for (Path file : GeoData.wardFiles()) {
            shapes.addAll(GeoData.shapes(GeoData.read(file, "WD13CD", "WD13NM", "WD13NMW"), Function.identity()));
            authorityFiles.add(file.getFileName().toString());
        }
        assertEquals(22, authorityFiles.size());
        AreaIndex<BoundaryFile.Feature, Object> wales = new AreaIndex<>(shapes, List.of());
        assertEquals(852, wales.wardCount());
        assertEquals(852, shapes.stream().map(s -> s.area().code()).distinct().count(), "ward codes are unique");

        List<String> mismatches = new ArrayList<>();
        for (AreaIndex.Shape<BoundaryFile.Feature> s : shapes) {
            Point inside = s.geometry().getInteriorPoint();
            Optional<String> found = wales.wardAt(new GeoPoint(inside.getY(), inside.getX())).map(BoundaryFile.Feature::code);
            if (!found.equals(Optional.of(s.area().code()))) {
                mismatches.add(s.area().code() + " " + s.area().nameEn() + " at " + inside.getY() + "," + inside.getX()
                        + " → " + found.orElse("no ward"));
            }
        }
        mismatches.forEach(m -> System.out.println("interior point in another ward: " + m));
        assertTrue(mismatches.size() <= shapes.size() / 100,
                mismatches.size() + " of " + shapes.size() + " wards do not contain their interior point: " + mismatches);
    }

    @Test
    void everyWardLiesInTheAuthorityWhoseFileHoldsIt() {
        // a pin is first checked against the authority boundaries ("in Wales?"), then against the wards
        List<String> mismatches = new ArrayList<>();
        int wards = 0;
        for (Path file : GeoData.wardFiles()) {
            String authority = file.getFileName().toString().replace(".json", "");
            for (BoundaryFile.Feature ward : GeoData.read(file, "WD13CD", "WD13NM", "WD13NMW")) {
                wards++;
                Point inside = GeoJsonGeometry.parse(ward.geometry()).getInteriorPoint();
                Optional<String> found = authority(inside.getY(), inside.getX());
                if (!found.equals(Optional.of(authority))) {
                    mismatches.add(ward.code() + " " + ward.nameEn() + " → " + found.orElse("no authority"));
                }
            }
        }
        mismatches.forEach(m -> System.out.println("ward outside its authority: " + m));
        assertEquals(852, wards);
        assertTrue(mismatches.size() <= wards / 100, mismatches.size() + " wards are outside their authority: " + mismatches);
    }

    private static String square(double west, double south, double size) {
        double e = west + size;
        double n = south + size;
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + e + "," + south + "],[" + e + "," + n
                + "],[" + west + "," + n + "],[" + west + "," + south + "]]]}";
    }
}
