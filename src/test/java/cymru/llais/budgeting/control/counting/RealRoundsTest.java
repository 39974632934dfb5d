package cymru.llais.budgeting.control.counting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Real rounds from pabulib: counting by the file's META rule gives exactly the projects the city selected. */
class RealRoundsTest {

    static final Path PABULIB = Path.of(System.getProperty("llais.shared.dir", "../shared"), "data", "pabulib");

    static Stream<Path> filesWithSelectedColumn() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(PABULIB)) {
            files = s.filter(f -> f.toString().endsWith(".pb")).sorted().toList();
        }
        PabulibReader reader = new PabulibReader();
        return files.stream().filter(f -> {
            try {
                PbInstance i = reader.read(f);
                return !i.projects().isEmpty() && i.projects().get(0).attributes().containsKey("selected");
            } catch (IOException | PabulibFormatException e) {
                throw new AssertionError(f + ": " + e.getMessage(), e);
            }
        });
    }

    @Test
    void theSharedDirectoryHoldsRoundsWithKnownOutcomes() throws IOException {
        assertFalse(filesWithSelectedColumn().toList().isEmpty(), "no pabulib file with a selected column in " + PABULIB);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesWithSelectedColumn")
    void countingByTheFilesRuleSelectsWhatTheCitySelected(Path file) throws Exception {
        PbInstance instance = new PabulibReader().read(file);
        Rule rule = Rule.fromName(instance.rule().orElseThrow()).orElseThrow();
        List<String> expected = instance.projects().stream()
                .filter(p -> "1".equals(p.attribute("selected").trim()))
                .map(PbProject::id).sorted(ProjectIds.ORDER).toList();
        CountResult result = Counting.count(Election.of(instance), rule);
        assertEquals(expected, result.selectedAscending(), file.getFileName().toString());
    }
}
