package cymru.llais.outcomes.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static OutcomeText complete(OutcomeKind kind) {
        return new OutcomeText(kind, "We heard you.", "Fe glywson ni chi.", "Speed cameras were put up.",
                "Gosodwyd camerâu cyflymder.", "No budget left.", "Dim cyllideb ar ôl.", "2026-11-20");
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aCompleteOutcomeInBothLanguagesMayBePublished() {
        assertTrue(complete(OutcomeKind.ACTION_TAKEN).problems(TODAY, true).isEmpty());
    }

    @Test
    void aDraftMayLackTheWelshButPublishingIsRefusedFieldByField() {
        OutcomeText noWelsh = new OutcomeText(OutcomeKind.ACTION_TAKEN, "We heard you.", " ", "Cameras.", null, null, null,
                "2026-11-20");
        assertTrue(noWelsh.problems(TODAY, false).isEmpty());
        List<Problem> problems = noWelsh.problems(TODAY, true);
        assertEquals(List.of("responseCy", "outcomeCy"), fields(problems));
        assertEquals("outcomes.error.responseCy", problems.get(0).key());
    }

    @Test
    void noActionPossibleNeedsItsReasonInBothLanguages() {
        OutcomeText noReason = new OutcomeText(OutcomeKind.NO_ACTION, "r", "r", "o", "o", "Private land.", "", "2026-11-20");
        assertEquals(List.of("reasonCy"), fields(noReason.problems(TODAY, true)));
        assertTrue(complete(OutcomeKind.NO_ACTION).problems(TODAY, true).isEmpty());
    }

    @Test
    void aReasonIsDroppedForKindsThatDoNotTakeOne() {
        assertNull(complete(OutcomeKind.ACTION_TAKEN).reasonEn());
        assertEquals("No budget left.", complete(OutcomeKind.NO_ACTION).reasonEn());
    }

    @Test
    void theDateIsARealDateNotInTheFutureAndNeededToPublish() {
        OutcomeText future = new OutcomeText(OutcomeKind.ACTION_TAKEN, "r", "r", "o", "o", null, null, "2026-11-26");
        assertEquals(List.of(new Problem("doneOn", "outcomes.error.dateFuture")), future.problems(TODAY, false));
        OutcomeText bad = new OutcomeText(OutcomeKind.ACTION_TAKEN, "r", "r", "o", "o", null, null, "2026-02-30");
        assertEquals(List.of(new Problem("doneOn", "outcomes.error.dateInvalid")), bad.problems(TODAY, true));
        OutcomeText none = new OutcomeText(OutcomeKind.ACTION_TAKEN, "r", "r", "o", "o", null, null, null);
        assertTrue(none.problems(TODAY, false).isEmpty());
        assertEquals(List.of(new Problem("doneOn", "outcomes.error.dateRequired")), none.problems(TODAY, true));
        OutcomeText today = new OutcomeText(OutcomeKind.ACTION_TAKEN, "r", "r", "o", "o", null, null, "2026-11-25");
        assertTrue(today.problems(TODAY, true).isEmpty());
    }

    @Test
    void textsAreLimitedInLengthAndAKindIsRequired() {
        String tooLong = "a".repeat(OutcomeText.MAX_LENGTH + 1);
        OutcomeText t = new OutcomeText(null, tooLong, "r", "o", "o", null, null, null);
        assertEquals(List.of(new Problem("kind", "outcomes.error.kind"), new Problem("responseEn", "outcomes.error.tooLong")),
                t.problems(TODAY, false));
    }

    @Test
    void onlyPartOfAWiderPlanKeepsTheConcernsOpen() {
        assertTrue(OutcomeKind.ACTION_TAKEN.closesConcerns());
        assertTrue(OutcomeKind.REFERRED.closesConcerns());
        assertTrue(OutcomeKind.NO_ACTION.closesConcerns());
        assertFalse(OutcomeKind.WIDER_PLAN.closesConcerns());
        assertEquals(OutcomeKind.WIDER_PLAN, OutcomeKind.parse(" wider_plan ").orElseThrow());
        assertTrue(OutcomeKind.parse("DELETE").isEmpty());
    }

    @Test
    void theEntityRefusesToPublishAnIncompleteOutcomeOrOneAnsweringNothing() {
        Outcome draft = new Outcome(1L, 2L, NOW);
        draft.write(new OutcomeText(OutcomeKind.ACTION_TAKEN, "r", null, "o", null, null, null, "2026-11-20"), 2L, NOW);
        draft.answer(List.of(new LinkedConcern(10L, "W05000857", "speeding", false)));
        assertThrows(IllegalStateException.class, () -> draft.publish(NOW, TODAY));
        assertFalse(draft.isPublished());

        Outcome nothing = new Outcome(1L, 2L, NOW);
        nothing.write(complete(OutcomeKind.ACTION_TAKEN), 2L, NOW);
        assertThrows(IllegalStateException.class, () -> nothing.publish(NOW, TODAY));
        assertThrows(IllegalArgumentException.class, () -> nothing.answer(List.of()));
    }

    @Test
    void oneOutcomeAnswersManyConcernsOnceEachAndIsNotChangedOncePublished() {
        Outcome o = new Outcome(1L, 2L, NOW);
        o.write(complete(OutcomeKind.ACTION_TAKEN), 2L, NOW);
        o.answer(List.of(new LinkedConcern(10L, "W05000857", "speeding", false), new LinkedConcern(11L, "W05000857", "speeding", false),
                new LinkedConcern(10L, "W05000857", "speeding", false)));
        assertEquals(2, o.getConcerns().size());
        o.publish(NOW, TODAY);
        assertTrue(o.isPublished());
        assertEquals(NOW, o.getPublishedAt());
        assertEquals(LocalDate.of(2026, 11, 20), o.getDoneOn());
        assertThrows(IllegalStateException.class, () -> o.write(complete(OutcomeKind.NO_ACTION), 2L, NOW));
        assertThrows(IllegalStateException.class, () -> o.answer(List.of(new LinkedConcern(12L, "W05000857", "speeding", false))));
        assertThrows(IllegalStateException.class, () -> o.publish(NOW, TODAY));
    }
}
