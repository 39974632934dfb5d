package cymru.llais.routing.control;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import's reading and checking rules, without a database. */
class AreaImportTest {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[-3.2,51.4],[-3.1,51.4],[-3.1,51.5],[-3.2,51.5],[-3.2,51.4]]]}";

    private static AreaImport.Source text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static AreaImport.Source bytes(String name, byte[] content) {
        return new AreaImport.Source(name, () -> new ByteArrayInputStream(content));
    }

    private static String ward(String code, String name) {
        return "{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"" + code + "\",\"WD13NM\":\"" + name + "\",\"WD13NMW\":\"" + name
                + "\"},\"geometry\":" + SQUARE + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static AreaImport.Source realWards(String authority) {
        return AreaImport.Source.of(GeoData.DIRECTORY.resolve("wards_by_lad").resolve(authority + ".json"));
    }

    private static AreaImport.Source realAuthorities() {
        return AreaImport.Source.of(GeoData.DIRECTORY.resolve("local_authorities.json"));
    }

    private static List<AreaProblem> problems(List<AreaImport.Source> authorities, List<AreaImport.Source> wards) {
        return AreaImport.read(authorities, wards).problems();
    }

    private static AreaProblem onlyProblem(List<AreaImport.Source> authorities, List<AreaImport.Source> wards) {
        List<AreaProblem> problems = problems(authorities, wards);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void allTwentyTwoAuthoritiesAndAll852WardsAreReadWithoutAProblem() {
        long start = System.nanoTime();
        List<AreaImport.Source> wardFiles = GeoData.wardFiles().stream().map(AreaImport.Source::of).toList();
        AreaImport.Reading reading = AreaImport.read(List.of(realAuthorities()), wardFiles);
        System.out.printf("read and checked 23 files (22 authorities, 852 wards) in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(List.of(), reading.problems());
        assertEquals(22, reading.authorities().size());
        assertEquals(852, reading.wards().size());
        AreaImport.Area canton = reading.wards().stream().filter(w -> w.code().equals("W05000856")).findFirst().orElseThrow();
        assertEquals("Treganna", canton.nameCy());
        assertTrue(canton.file().endsWith("W06000015.json"), canton.file());
    }

    @Test
    void everyWardIsAssignedToItsOwnAuthorityByGeometry() {
        List<AreaImport.Source> wardFiles = GeoData.wardFiles().stream().map(AreaImport.Source::of).toList();
        AreaImport.Reading reading = AreaImport.read(List.of(realAuthorities()), wardFiles);
        Map<String, Geometry> authorities = new HashMap<>();
        reading.authorities().forEach(a -> authorities.put(a.code(), a.shape()));
        Map<String, String> authorityOf = new HashMap<>();
        assertEquals(List.of(), AreaImport.assign(reading.wards(), new WardAuthorities(authorities), authorityOf));
        assertEquals(852, authorityOf.size());
        assertEquals("W06000015", authorityOf.get("W05000857"));
        for (AreaImport.Area w : reading.wards()) {
            assertTrue(w.file().endsWith(authorityOf.get(w.code()) + ".json"), w.code() + " → " + authorityOf.get(w.code()));
        }
    }

    @Test
    void aWardInNoKnownAuthorityIsAProblemNamingTheWardFeature() {
        AreaImport.Reading reading = AreaImport.read(List.of(realAuthorities()), List.of(realWards("W06000011")));
        Map<String, Geometry> onlyCardiff = new HashMap<>();
        reading.authorities().stream().filter(a -> a.code().equals("W06000015")).forEach(a -> onlyCardiff.put(a.code(), a.shape()));
        List<AreaProblem> outside = AreaImport.assign(reading.wards(), new WardAuthorities(onlyCardiff), new HashMap<>());
        assertEquals(36, outside.size());
        AreaProblem gower = outside.get(0);
        assertEquals("areas.error.wardOutsideAuthorities", gower.key());
        assertTrue(gower.arguments().get(0).toString().endsWith("W06000011.json"));
        assertEquals(List.of(1, "W05000524", "Gower"), gower.arguments().subList(1, 4));
    }

    @Test
    void aFeatureMissingItsCodeNamesTheFileTheFeatureAndTheProperty() {
        String broken = collection(ward("W05000001", "Un"), ward("W05000002", "Dau"),
                "{\"type\":\"Feature\",\"properties\":{\"WD13NM\":\"Nowhere\"},\"geometry\":" + SQUARE + "}");
        AreaProblem p = onlyProblem(List.of(), List.of(text("wards-swansea.json", broken)));
        assertEquals("areas.error.missingCode", p.key());
        assertEquals(List.of("wards-swansea.json", 3, "WD13CD"), p.arguments());
    }

    @Test
    void aRealFileWithOneFeatureMissingWd13cdIsRefusedAtThatFeature() throws Exception {
        String swansea = Files.readString(GeoData.DIRECTORY.resolve("wards_by_lad/W06000011.json"));
        String broken = swansea.replaceFirst("\"WD13CD\": ?\"W05000525\",", "");
        assertTrue(broken.length() < swansea.length(), "the code was taken out");
        AreaProblem p = onlyProblem(List.of(), List.of(text("W06000011.json", broken)));
        assertEquals("areas.error.missingCode", p.key());
        assertEquals("W06000011.json", p.arguments().get(0));
        assertEquals("WD13CD", p.arguments().get(2));
    }

    @Test
    void brokenJsonNamesTheFileLineAndColumn() {
        AreaProblem p = onlyProblem(List.of(), List.of(text("broken.json", "{\"type\":\"FeatureCollection\",\n\"features\":[ oops ]}")));
        assertEquals("areas.error.notJson", p.key());
        assertEquals("broken.json", p.arguments().get(0));
        assertEquals(2L, p.arguments().get(1));
    }

    @Test
    void everyFileIsCheckedAndEachBadOneIsNamed() {
        List<AreaProblem> problems = problems(List.of(text("lads.json", "not json")),
                List.of(realWards("W06000015"), text("empty.json", ""), text("point.json", collection(
                        "{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"},"
                                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-3.2,51.4]}}"))));
        assertEquals(List.of("areas.error.notJson", "areas.error.notJson", "areas.error.geometryType"),
                problems.stream().map(AreaProblem::key).toList());
        assertEquals(List.of("lads.json", "empty.json", "point.json"), problems.stream().map(p -> p.arguments().get(0)).toList());
        assertEquals(List.of("point.json", 1, "W1", "Point"), problems.get(2).arguments());
    }

    @Test
    void aWardFileGivenAsTheAuthoritiesFileIsRecognised() {
        assertEquals("areas.error.noAuthorityCodes", onlyProblem(List.of(realWards("W06000015")), List.of()).key());
        assertEquals("areas.error.noWardCodes", onlyProblem(List.of(), List.of(realAuthorities())).key());
    }

    @Test
    void aCodeInTwoFilesIsNamedWithBothPlaces() {
        AreaProblem p = onlyProblem(List.of(), List.of(text("a.json", collection(ward("W05000001", "Un"))),
                text("b.json", collection(ward("W05000002", "Dau"), ward("W05000001", "Un eto")))));
        assertEquals("areas.error.duplicateCode", p.key());
        assertEquals(List.of("b.json", 2, "W05000001", "a.json", 1), p.arguments());
    }

    @Test
    void codesAndNamesMustFitTheDatabase() {
        List<AreaProblem> problems = problems(List.of(), List.of(text("w.json", collection(
                ward("W0500000001", "Too long a code"), ward("W05 0001", "Space"), ward("W05000003", "N".repeat(151)),
                ward("W05000004", "N".repeat(150))))));
        assertEquals(List.of("areas.error.badCode", "areas.error.badCode", "areas.error.nameTooLong"),
                problems.stream().map(AreaProblem::key).toList());
        assertEquals(List.of("w.json", 3, "W05000003", 150), problems.get(2).arguments());
    }

    @Test
    void coordinatesInBritishNationalGridAreRefusedForTheirSystem() {
        String bng = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::27700\"}},"
                + "\"features\":[" + ward("W05000001", "Un") + "]}";
        AreaProblem p = onlyProblem(List.of(), List.of(text("bng.json", bng)));
        assertEquals(List.of("bng.json", "urn:ogc:def:crs:EPSG::27700"), p.arguments());
        assertEquals("areas.error.wrongCrs", p.key());
    }

    @Test
    void positionsOutOfRangeNameTheFeatureAndThePosition() {
        String bngNumbers = collection("{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[317000,176000],[318000,176000],[318000,177000],[317000,176000]]]}}");
        AreaProblem p = onlyProblem(List.of(), List.of(text("w.json", bngNumbers)));
        assertEquals("areas.error.positionOutOfRange", p.key());
        assertEquals(List.of("w.json", 1, "W1", "317000", "176000"), p.arguments());
    }

    @Test
    void aByteOrderMarkAndNewerOnsPropertiesAreAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String wd22 = collection("{\"type\":\"Feature\",\"properties\":{\"WD22CD\":\"W05001500\",\"WD22NM\":\"Canton\",\"WD22NMW\":\"Treganna\","
                + "\"LAD22CD\":\"W06000015\"},\"geometry\":" + SQUARE + "}");
        byte[] content = new byte[bom.length + wd22.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(wd22.getBytes(StandardCharsets.UTF_8), 0, content, 3, content.length - 3);
        AreaImport.Reading reading = AreaImport.read(List.of(), List.of(bytes("wd22.json", content)));
        assertEquals(List.of(), reading.problems());
        assertEquals("Treganna", reading.wards().get(0).nameCy());
        assertEquals("W05001500", reading.wards().get(0).code());
    }

    @Test
    void aFileThatCannotBeOpenedIsNamed() {
        AreaImport.Source missing = AreaImport.Source.of(Path.of("no-such-folder", "wards.json"));
        AreaProblem p = onlyProblem(List.of(), List.of(missing));
        assertEquals("areas.error.unreadable", p.key());
    }

    @Test
    void boundariesAreComparedByTheMd5ThatMariaDbComputesToo() {
        // MariaDB's MD5() of a utf8mb4 text: lower-case hex of the MD5 of its UTF-8 bytes
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", AreaImport.md5(""));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", AreaImport.md5("abc"));
    }
}
