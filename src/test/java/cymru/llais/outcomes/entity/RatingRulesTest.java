package cymru.llais.outcomes.entity;

import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-26T10:00:00Z");

    private static List<String> keys(RatingInput input) {
        return input.problems().stream().map(Problem::key).toList();
    }

    @Test
    void aRatingNeedsOneOfTheThreeAnswers() {
        assertEquals(List.of("outcomes.rating.error.choice"), keys(new RatingInput(null, "fine")));
        assertEquals(List.of("outcomes.rating.error.choice"), keys(new RatingInput("  ", null)));
        assertEquals(List.of("outcomes.rating.error.unknownChoice"), keys(new RatingInput("FIXED", null)));
        assertTrue(new RatingInput("not_resolved", null).problems().isEmpty(), "any case");
        assertEquals(Rating.PARTLY_RESOLVED, new RatingInput(" PARTLY_RESOLVED ", null).rating());
    }

    @Test
    void theCommentIsOptionalAndLimitedInLength() {
        assertNull(new RatingInput("RESOLVED", "   ").comment(), "blank is no comment");
        assertEquals("Still there.", new RatingInput("RESOLVED", "  Still there. ").comment());
        assertTrue(new RatingInput("RESOLVED", "a".repeat(RatingInput.MAX_COMMENT)).problems().isEmpty());
        List<Problem> tooLong = new RatingInput("RESOLVED", "a".repeat(RatingInput.MAX_COMMENT + 1)).problems();
        assertEquals(1, tooLong.size());
        assertEquals("comment", tooLong.get(0).field());
        assertEquals("outcomes.rating.error.tooLong", tooLong.get(0).key());
        assertEquals(List.of("outcomes.rating.error.choice", "outcomes.rating.error.tooLong"),
                keys(new RatingInput("", "b".repeat(RatingInput.MAX_COMMENT + 1))));
    }

    @Test
    void notResolvedFromAReporterReopensTheirConcernsButNotFromAnyoneElse() {
        OutcomeRating reporters = new OutcomeRating(1L, 10L, NOW);
        assertTrue(reporters.rate(new RatingInput("NOT_RESOLVED", "Still dumped there."), true, true, NOW));
        OutcomeRating neighbours = new OutcomeRating(1L, 11L, NOW);
        assertFalse(neighbours.rate(new RatingInput("NOT_RESOLVED", "Still dumped there."), false, true, NOW));
        OutcomeRating happy = new OutcomeRating(1L, 12L, NOW);
        assertFalse(happy.rate(new RatingInput("RESOLVED", null), true, true, NOW));
        assertFalse(new OutcomeRating(1L, 13L, NOW).rate(new RatingInput("PARTLY_RESOLVED", null), true, true, NOW));
    }

    @Test
    void ratingAgainChangesTheRatingAndTheSameAnswerSentTwiceDoesNotReopenAgain() {
        OutcomeRating r = new OutcomeRating(1L, 10L, NOW);
        assertFalse(r.rate(new RatingInput("RESOLVED", null), true, true, NOW));
        assertTrue(r.rate(new RatingInput("NOT_RESOLVED", "It came back."), true, true, LATER), "changed to not resolved");
        assertEquals(Rating.NOT_RESOLVED, r.getRating());
        assertEquals("It came back.", r.getComment());
        assertEquals(NOW, r.getCreatedAt());
        assertEquals(LATER, r.getUpdatedAt());
        assertFalse(r.rate(new RatingInput("NOT_RESOLVED", " It came back. "), true, true, LATER), "the same answer again");
        assertTrue(r.rate(new RatingInput("NOT_RESOLVED", "And again tonight."), true, true, LATER), "a new comment is news");
        assertFalse(r.rate(new RatingInput("RESOLVED", null), true, true, LATER));
        assertNull(r.getComment(), "rating again replaces the comment too");
    }

    @Test
    void aRatingIsCheckedBeforeItIsRecordedAndBelongsToAnOutcomeAndAnAccount() {
        OutcomeRating r = new OutcomeRating(1L, 10L, NOW);
        assertThrows(IllegalArgumentException.class, () -> r.rate(new RatingInput(null, null), true, true, NOW));
        assertNull(r.getRating());
        assertThrows(IllegalArgumentException.class, () -> new OutcomeRating(null, 10L, NOW));
        assertThrows(IllegalArgumentException.class, () -> new OutcomeRating(1L, null, NOW));
    }

    @Test
    void theRatingOfAReporterOfASensitiveConcernIsKeptFromThePublicCounts() {
        OutcomeRating r = new OutcomeRating(1L, 10L, NOW);
        r.rate(new RatingInput("NOT_RESOLVED", null), true, false, NOW);
        assertFalse(r.isCountsPublicly());
        assertTrue(r.isReporter());
    }

    @Test
    void thePublicCountsUseEveryWelshPluralForm() {
        Messages m = Messages.get();
        String key = "outcomes.rating.count.resolved";
        assertEquals("Does neb wedi dweud bod hyn wedi datrys y broblem.", m.format(Language.CY, key, 0));
        assertEquals("Dywedodd un preswylydd fod hyn wedi datrys y broblem.", m.format(Language.CY, key, 1));
        assertEquals("Dywedodd dau breswylydd fod hyn wedi datrys y broblem.", m.format(Language.CY, key, 2));
        assertEquals("Dywedodd tri phreswylydd fod hyn wedi datrys y broblem.", m.format(Language.CY, key, 3));
        assertEquals("Dywedodd 4 o breswylwyr fod hyn wedi datrys y broblem.", m.format(Language.CY, key, 4));
        assertEquals("Dywedodd chwe phreswylydd fod hyn wedi datrys y broblem.", m.format(Language.CY, key, 6));
        assertEquals("Dywedodd 11 o breswylwyr nad oedd hyn wedi datrys y broblem.", m.format(Language.CY, "outcomes.rating.count.notResolved", 11));
        assertEquals("One resident said it partly resolved the problem.", m.format(Language.EN, "outcomes.rating.count.partly", 1));
        assertEquals("3 residents said it did not resolve the problem.", m.format(Language.EN, "outcomes.rating.count.notResolved", 3));
    }
}
