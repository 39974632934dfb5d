package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecountCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Language systemLanguage, String... args) {
        return new RecountCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), systemLanguage).run(args);
    }

    private static Path file(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static final String ROUND = """
            META
            key;value
            budget;100
            rule;equalshares/add1
            PROJECTS
            project_id;cost
            10;60
            9;40
            VOTES
            voter_id;vote
            a;10
            b;10
            c;9
            """;

    @Test
    void printsTheFileATabAndTheSelectedIdsAscending(@TempDir Path dir) throws Exception {
        Path f = file(dir, "round.pb", ROUND);
        assertEquals(0, run(Language.EN, f.toString()));
        assertEquals(f + "\t9,10\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theRuleOptionOverridesTheFilesRule(@TempDir Path dir) throws Exception {
        Path f = file(dir, "round.pb", ROUND.replace("rule;equalshares/add1", "rule;borda"));
        assertEquals(1, run(Language.EN, f.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the rule “borda” in the file's META"));
        assertEquals(0, run(Language.EN, "--rule", "greedy-no-skip", f.toString()));
        assertEquals(f + "\t9,10\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedFileFailsWithTheLineInTheChosenLanguageAndTheOthersAreStillCounted(@TempDir Path dir) throws Exception {
        Path bad = file(dir, "bad.pb", ROUND.replace("c;9", "c;9;extra"));
        Path good = file(dir, "good.pb", ROUND);
        assertEquals(1, run(Language.EN, "--lang", "cy", bad.toString(), good.toString()));
        assertEquals(good + "\t9,10\n", out.toString(StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith(bad + ", llinell 13: Roedd disgwyl 2 maes"), message);
    }

    @Test
    void errorsFollowTheSystemLanguageWithoutTheOption(@TempDir Path dir) {
        assertEquals(1, run(Language.CY, dir.resolve("nowhere.pb").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nid oes modd darllen y ffeil"));
        err.reset();
        assertEquals(1, run(Language.EN, dir.resolve("nowhere.pb").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the file cannot be read"));
    }

    @Test
    void anUnknownRuleIsAUsageError(@TempDir Path dir) throws Exception {
        Path f = file(dir, "round.pb", ROUND);
        assertEquals(2, run(Language.EN, "--rule", "borda", f.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Unknown counting rule “borda”."));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noFilesOrAnUnknownOptionIsAUsageError() {
        assertEquals(2, run(Language.EN));
        assertEquals(2, run(Language.EN, "--colour", "x.pb"));
        assertEquals(2, run(Language.EN, "--lang", "fr", "x.pb"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: java -jar llais-recount.jar"));
    }

    @Test
    void aFileWithoutARuleNeedsTheOption(@TempDir Path dir) throws Exception {
        Path f = file(dir, "round.pb", ROUND.replace("rule;equalshares/add1\n", ""));
        assertEquals(1, run(Language.EN, f.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("give one with --rule"));
    }

    @Test
    void explainSaysWhyEachProjectWonOrLost(@TempDir Path dir) throws Exception {
        Path f = file(dir, "round.pb", ROUND);
        assertEquals(0, run(Language.EN, "--explain", "--rule", "greedy", f.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("  10\tSelected: with a score of 2"), text);
        assertTrue(text.contains("  9\tSelected: with a score of 1"), text);
    }
}
