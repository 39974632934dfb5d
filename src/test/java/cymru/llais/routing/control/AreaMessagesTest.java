package cymru.llais.routing.control;

import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import's messages exist in Welsh and English and read as whole sentences with their arguments. */
class AreaMessagesTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Pattern AREAS_KEY = Pattern.compile("\"(areas\\.[A-Za-z0-9_.]+)\"");

    @Test
    void everyAreasKeyNamedInTheJavaCodeIsInBothBundles() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = AREAS_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertTrue(named.size() > 30, "the keys were found: " + named);
        Set<String> missing = new TreeSet<>();
        for (String key : named) {
            for (Language language : Language.values()) {
                if (Messages.get().text(language, key).startsWith("???")) {
                    missing.add(language.code() + " " + key);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyWayAFeatureCanBeWrongHasAMessageThatNamesTheFileAndFeature() {
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[-3.2,51.4],[-3.1,51.4],[-3.1,51.5],[-3.2,51.5],[-3.2,51.4]]]}";
        List<String> bad = List.of(
                "[{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"},\"geometry\":" + square + "}, 7]",
                "[{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"},\"geometry\":" + square + "},"
                        + "{\"type\":\"Feature\",\"properties\":{\"WD13NM\":\"Ely\"},\"geometry\":" + square + "}]",
                "[{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\"},\"geometry\":" + square + "}]",
                "[{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"}}]",
                "[{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[]}}]",
                "[{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[\"x\",3],[4,5],[1,2]]]}}]",
                "[{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[181,3],[4,5],[1,2]]]}}]",
                "[{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3,4],[1,2]]]}}]",
                "[{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3,4],[4,5],[1,3]]]}}]",
                "[{\"type\":\"Feature\",\"properties\":{\"WD13CD\":\"W1\",\"WD13NM\":\"Ely\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[]}}]");
        List<String> expected = List.of("areas.error.notAFeature", "areas.error.missingCode", "areas.error.missingName",
                "areas.error.noGeometry", "areas.error.geometryType", "areas.error.badPosition", "areas.error.positionOutOfRange",
                "areas.error.ringTooShort", "areas.error.ringNotClosed", "areas.error.emptyGeometry");
        for (int i = 0; i < bad.size(); i++) {
            String file = "{\"type\":\"FeatureCollection\",\"features\":" + bad.get(i) + "}";
            BoundaryException e = org.junit.jupiter.api.Assertions.assertThrows(BoundaryException.class,
                    () -> BoundaryFile.read(new StringReader(file), BoundaryFile.Kind.WARDS));
            AreaProblem p = AreaImport.problem("wardiau-abertawe.json", BoundaryFile.Kind.WARDS, e);
            assertEquals(expected.get(i), p.key(), file);
            for (Language language : Language.values()) {
                String text = Messages.get().format(language, p.key(), p.arguments().toArray());
                assertTrue(text.contains("wardiau-abertawe.json"), text);
                assertTrue(text.matches("(?i).*\\b(feature|nodwedd) [12]\\b.*"), text);
                assertFalse(text.contains("{") || text.contains("???"), text);
            }
        }
    }

    @Test
    void aMissingCodeReadsWellInWelshAndEnglish() {
        AreaProblem p = AreaProblem.of("areas.error.missingCode", "W06000011.json", 3, "WD13CD");
        assertEquals("Feature 3 in the file W06000011.json has no code: its property WD13CD is missing or empty.",
                Messages.get().format(Language.EN, p.key(), p.arguments().toArray()));
        assertEquals("Does dim cod gan nodwedd 3 yn y ffeil W06000011.json: mae ei phriodwedd WD13CD ar goll neu’n wag.",
                Messages.get().format(Language.CY, p.key(), p.arguments().toArray()));
    }

    @Test
    void bigNumbersAreWrittenWithSeparatorsAndFileNamesAsTheyAre() {
        String text = Messages.get().format(Language.EN, "areas.error.notJson", "ward's file {1}.json", 12345L, 7L);
        assertEquals("The file ward's file {1}.json is not valid JSON: the error is at line 12,345, column 7.", text);
    }
}
