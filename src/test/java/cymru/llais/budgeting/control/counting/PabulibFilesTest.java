package cymru.llais.budgeting.control.counting;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PabulibFilesTest {

    private static final String GOOD = """
            META
            key;value
            description;"A round; with a semicolon
            and a line break"
            budget;100
            vote_type;approval
            rule;greedy
            PROJECTS
            project_id;cost;votes;name
            1;60;2;"Benches ""for all""\"
            2;50;1;Trees
            VOTES
            voter_id;vote;age;sex
            x7;1,2;34;F
            q2;1;71;M
            """;

    private static PabulibFormatException malformed(String text) {
        return assertThrows(PabulibFormatException.class, () -> new PabulibReader().read(text));
    }

    @Test
    void readsQuotedFieldsWithSemicolonsQuotesAndLineBreaks() throws Exception {
        PbInstance i = new PabulibReader().read(GOOD.replace("\n", "\r\n"));
        assertEquals("A round; with a semicolon\nand a line break", i.meta().get("description"));
        assertEquals("Benches \"for all\"", i.projects().get(0).attribute("name"));
        assertEquals(List.of("1", "2"), i.ballots().get(0).projectIds());
        assertEquals(VoteType.APPROVAL, i.voteType());
        assertEquals("greedy", i.rule().orElseThrow());
    }

    @Test
    void aMalformedFileNamesTheLine() {
        // the quoted description spans lines 3 and 4, so the VOTES rows are lines 14 and 15
        PabulibFormatException e = malformed(GOOD.replace("q2;1;71;M", "q2;1;71"));
        assertEquals(15, e.line());
        assertEquals("budgeting.pabulib.fieldCount", e.key());
        assertEquals(List.of(4, 3), e.args());
        assertTrue(e.getMessage().startsWith("line 15: "), e.getMessage());

        e = malformed(GOOD.replace("x7;1,2;34;F", "x7;1,3;34;F"));
        assertEquals(14, e.line());
        assertEquals("budgeting.pabulib.unknownProject", e.key());
        assertEquals(List.of("3"), e.args());

        e = malformed(GOOD.replace("2;50;1;Trees", "2;fifty;1;Trees"));
        assertEquals(11, e.line());
        assertEquals("budgeting.pabulib.badNumber", e.key());

        e = malformed(GOOD.replace("2;50;1;Trees", "1;50;1;Trees"));
        assertEquals("budgeting.pabulib.duplicateProject", e.key());

        e = malformed(GOOD.replace("q2;1;71;M", "x7;1;71;M"));
        assertEquals("budgeting.pabulib.duplicateVoter", e.key());
        assertEquals(15, e.line());

        e = malformed(GOOD.substring(0, GOOD.indexOf("VOTES")));
        assertEquals("budgeting.pabulib.missingSection", e.key());
        assertEquals(List.of("VOTES"), e.args());

        e = malformed(GOOD.replace("budget;100\n", ""));
        assertEquals("budgeting.pabulib.missingMeta", e.key());

        e = malformed(GOOD.replace("2;50;1;Trees", "2;50;1;\"Trees\" x"));
        assertEquals("budgeting.pabulib.textAfterQuote", e.key());
        assertEquals(11, e.line());

        e = malformed(GOOD.replace("2;50;1;Trees", "2;50;1;\"Trees"));
        assertEquals("budgeting.pabulib.unclosedQuote", e.key());
        assertEquals(11, e.line());

        e = malformed("PROJECTS\n");
        assertEquals("budgeting.pabulib.expectedSection", e.key());
        assertEquals(1, e.line());

        e = malformed("\n\n");
        assertEquals("budgeting.pabulib.empty", e.key());
    }

    @Test
    void theWriterAnonymisesVotersAndTheReaderReadsItBack() throws Exception {
        PbInstance original = new PabulibReader().read(GOOD);
        StringWriter out = new StringWriter();
        new PabulibWriter().write(original, out);
        String text = out.toString();
        assertFalse(text.contains("x7") || text.contains("q2") || text.contains(";34;") || text.contains("age"), text);

        PbInstance back = new PabulibReader().read(text);
        assertEquals(original.projects(), back.projects());
        assertEquals(original.meta().get("description"), back.meta().get("description"));
        assertEquals("2", back.meta().get("num_votes"));
        assertEquals(List.of("voter_id", "vote"), List.copyOf(headerOfVotes(text)));
        // ballots sorted by content, numbered 1, 2, ...
        assertEquals(List.of(new PbBallot("1", List.of("1"), List.of()), new PbBallot("2", List.of("1", "2"), List.of())),
                back.ballots());
    }

    @Test
    void aRealRoundSurvivesTheRoundTripWithItsOutcome() throws Exception {
        Path file = RealRoundsTest.PABULIB.resolve("Poland_Gdansk_2020_Matarnia.pb");
        PbInstance original = new PabulibReader().read(file);
        StringWriter out = new StringWriter();
        new PabulibWriter().write(original, out);
        PbInstance back = new PabulibReader().read(out.toString());
        assertEquals(original.ballots().size(), back.ballots().size());
        assertEquals(VoteType.CUMULATIVE, back.voteType());
        for (Rule rule : List.of(Rule.GREEDY, Rule.EQUAL_SHARES)) {
            assertEquals(Counting.count(Election.of(original), rule).selectedAscending(),
                    Counting.count(Election.of(back), rule).selectedAscending());
        }
        assertFalse(out.toString().contains("sex"));
    }

    private static List<String> headerOfVotes(String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("VOTES")) {
                return List.of(lines[i + 1].split(";"));
            }
        }
        return List.of();
    }
}
