package cymru.llais.routing.control;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WardAuthoritiesTest {

    private static Geometry square(double west, double south, double size) {
        double e = west + size;
        double n = south + size;
        return GeoJsonGeometry.parse("{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + e + "," + south + "],["
                + e + "," + n + "],[" + west + "," + n + "],[" + west + "," + south + "]]]}");
    }

    private static Geometry ring(double west, double south, double size, double wall) {
        double e = west + size;
        double n = south + size;
        double iw = west + wall, is = south + wall, ie = e - wall, in = n - wall;
        return GeoJsonGeometry.parse("{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + e + "," + south + "],["
                + e + "," + n + "],[" + west + "," + n + "],[" + west + "," + south + "]],[[" + iw + "," + is + "],[" + iw + "," + in + "],["
                + ie + "," + in + "],[" + ie + "," + is + "],[" + iw + "," + is + "]]]}");
    }

    private static final WardAuthorities TWO_SQUARES = new WardAuthorities(Map.of(
            "W06000015", square(-3.3, 51.4, 0.2),
            "W06000014", square(-3.5, 51.4, 0.2)));

    @Test
    void aWardGoesToTheAuthorityThatContainsIt() {
        assertEquals(Optional.of("W06000015"), TWO_SQUARES.authorityOf(square(-3.25, 51.45, 0.05)));
        assertEquals(Optional.of("W06000014"), TWO_SQUARES.authorityOf(square(-3.45, 51.45, 0.05)));
    }

    @Test
    void aWardStraddlingTwoAuthoritiesGoesToTheOneHoldingItsInteriorPoint() {
        // mostly in the eastern square, a sliver over the border into the western one
        Geometry ward = GeoJsonGeometry.parse("{\"type\":\"Polygon\",\"coordinates\":[[[-3.31,51.45],[-3.15,51.45],[-3.15,51.5],"
                + "[-3.31,51.5],[-3.31,51.45]]]}");
        assertEquals(Optional.of("W06000015"), TWO_SQUARES.authorityOf(ward));
    }

    @Test
    void aWardWhoseCentreIsOutsideItStillGoesToItsAuthority() {
        // a ring-shaped ward: its centroid is in the hole, in another authority; its interior point is not
        WardAuthorities withIsland = new WardAuthorities(Map.of(
                "OUTER", ring(-3.5, 51.3, 0.4, 0.05),
                "ISLAND", square(-3.45, 51.35, 0.3)));
        Geometry ward = ring(-3.5, 51.3, 0.4, 0.05);
        assertEquals("ISLAND", withIsland.authorityOf(GeoJsonGeometry.FACTORY.createPoint(ward.getCentroid().getCoordinate()))
                .orElseThrow(), "the centroid would pick the wrong authority");
        assertEquals(Optional.of("OUTER"), withIsland.authorityOf(ward));
    }

    @Test
    void aWardOutsideEveryAuthorityHasNone() {
        assertEquals(Optional.empty(), TWO_SQUARES.authorityOf(square(-0.2, 51.5, 0.05)));
        assertEquals(Optional.empty(), new WardAuthorities(Map.of()).authorityOf(square(-3.25, 51.45, 0.05)));
    }

    @Test
    void whereAuthoritiesOverlapTheLowestCodeWinsWhateverTheOrder() {
        Map<String, Geometry> one = new LinkedHashMap<>();
        one.put("W06000022", square(-3.3, 51.4, 0.2));
        one.put("W06000005", square(-3.3, 51.4, 0.2));
        Map<String, Geometry> other = new LinkedHashMap<>();
        other.put("W06000005", square(-3.3, 51.4, 0.2));
        other.put("W06000022", square(-3.3, 51.4, 0.2));
        Geometry ward = square(-3.25, 51.45, 0.05);
        assertEquals(Optional.of("W06000005"), new WardAuthorities(one).authorityOf(ward));
        assertEquals(Optional.of("W06000005"), new WardAuthorities(other).authorityOf(ward));
    }

    @Test
    void everyOneOfThe852WelshWardsGoesToTheAuthorityWhoseFileHoldsIt() {
        Map<String, Geometry> authorities = new LinkedHashMap<>();
        GeoData.authorities().forEach(a -> authorities.put(a.code(), a.shape()));
        WardAuthorities rule = new WardAuthorities(authorities);
        List<String> mismatches = new ArrayList<>();
        int wards = 0;
        for (Path file : GeoData.wardFiles()) {
            String authority = file.getFileName().toString().replace(".json", "");
            for (BoundaryFile.Feature ward : GeoData.read(file, "WD13CD", "WD13NM", "WD13NMW")) {
                wards++;
                Optional<String> found = rule.authorityOf(ward.shape());
                if (!found.equals(Optional.of(authority))) {
                    mismatches.add(ward.code() + " " + ward.nameEn() + " in " + authority + " → " + found.orElse("none"));
                }
            }
        }
        assertEquals(852, wards);
        assertTrue(mismatches.isEmpty(), mismatches.toString());
    }
}
