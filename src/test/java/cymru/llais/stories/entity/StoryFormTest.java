package cymru.llais.stories.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryFormTest {

    private static final List<Signification.Question> QUESTIONS = List.of(
            new Signification.Question(10L, SignifierKind.TRIAD, List.of()),
            new Signification.Question(11L, SignifierKind.DYAD, List.of()),
            new Signification.Question(12L, SignifierKind.TRIAD, List.of()),
            new Signification.Question(13L, SignifierKind.CONTEXT, List.of(100L, 101L)));

    private static Map<String, String> fields(String c1, String dyad, String context) {
        return Map.of("triad-1-a", "20", "triad-1-b", "30", "triad-1-c", c1, "dyad-1", dyad,
                "triad-2-a", "100", "triad-2-b", "0", "triad-2-c", "0", "context-1", context);
    }

    @Test
    void validSignificationGivesOneValuePerSignifier() {
        Signification.Result r = Signification.read(QUESTIONS, fields("50", "75", "101"));
        assertTrue(r.ok());
        assertEquals(4, r.values().size());
        assertEquals(new TriadValue(2000, 3000, 5000), r.values().get(0).triad());
        assertEquals(new DyadValue(75), r.values().get(1).dyad());
        assertEquals(new TriadValue(10_000, 0, 0), r.values().get(2).triad());
        assertEquals(101L, r.values().get(3).optionId());
    }

    @Test
    void aWrongSumIsRefusedNotRebalanced() {
        Signification.Result r = Signification.read(QUESTIONS, fields("49", "75", "101"));
        assertFalse(r.ok());
        assertEquals(List.of(new Problem("triad-1-a", "stories.error.triadSum")), r.problems());
        assertTrue(r.values().isEmpty());
    }

    @Test
    void missingOrNonsenseNumbersAndUnknownOptionsAreRefused() {
        assertEquals("stories.error.triadMissing", Signification.read(QUESTIONS, fields("x", "75", "101")).problems().get(0).key());
        assertEquals("stories.error.dyadRange", Signification.read(QUESTIONS, fields("50", "101", "101")).problems().get(0).key());
        assertEquals("stories.error.dyadRange", Signification.read(QUESTIONS, fields("50", "-1", "101")).problems().get(0).key());
        assertEquals("stories.error.dyadMissing", Signification.read(QUESTIONS, fields("50", "", "101")).problems().get(0).key());
        assertEquals("stories.error.contextOption", Signification.read(QUESTIONS, fields("50", "75", "999")).problems().get(0).key());
        assertEquals("stories.error.contextOption", Signification.read(QUESTIONS, fields("50", "75", "abc")).problems().get(0).key());
    }

    @Test
    void aContextQuestionMayBeLeftUnanswered() {
        Signification.Result r = Signification.read(QUESTIONS, fields("50", "75", ""));
        assertTrue(r.ok());
        assertEquals(3, r.values().size());
    }

    @Test
    void aStoryNeedsTitleTextLanguageAndConsent() {
        assertTrue(new StoryDraft("Teitl", "Stori", "cy", true).problems().isEmpty());
        assertEquals(List.of(new Problem("consent", "stories.error.consent")), new StoryDraft("T", "S", "en", false).problems());
        assertEquals(3, new StoryDraft(" ", null, "fr", true).problems().size());
    }

    @Test
    void aCollectionNeedsBothLanguagesAnAreaAndDatesInOrder() {
        assertTrue(new CollectionDetails("WARD:W05000857", "Tell", "Dywedwch", "I agree", "Rwy'n cytuno", "2026-01-01", "2026-02-01")
                .problems().isEmpty());
        List<Problem> p = new CollectionDetails("PLANET:X", "Tell", " ", "I agree", "Rwy'n cytuno", "2026-03-01", "2026-02-01").problems();
        assertEquals(List.of(new Problem("area", "stories.error.area"), new Problem("promptCy", "stories.error.promptCy"),
                new Problem("closesOn", "stories.error.datesOrder")), p);
    }

    @Test
    void aContextQuestionNeedsTheSameOptionsInBothLanguages() {
        assertTrue(new SignifierDetails("CONTEXT", "Age?", "Oed?", null, null, null, null, null, null, "Under 25\n25 to 64\n65+",
                "Dan 25\n25 i 64\n65+").problems().isEmpty());
        assertEquals("stories.error.optionsCount", new SignifierDetails("CONTEXT", "Age?", "Oed?", null, null, null, null, null, null,
                "Under 25\n25 to 64", "Dan 25\n25 i 64\n65+").problems().get(0).key());
        assertEquals(List.of(new Problem("cCy", "stories.error.required")), new SignifierDetails("TRIAD", "Q", "C", "a", "a", "b", "b",
                "c", "", null, null).problems());
        assertTrue(new SignifierDetails("DYAD", "Q", "C", "a", "a", "b", "b", null, null, null, null).problems().isEmpty());
    }
}
