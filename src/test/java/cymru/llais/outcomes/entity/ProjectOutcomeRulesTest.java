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

/** A budgeting project's progress update as an outcome: no concern, the project and its wards instead. */
class ProjectOutcomeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static ProjectLink link() {
        return new ProjectLink(3L, 9L, "Lights", "Goleuadau", "Safer lanes", "Lonydd diogelach");
    }

    private static OutcomeText update(OutcomeKind kind) {
        return new OutcomeText(kind, "Residents chose it.", "Dewisodd preswylwyr ef.", "Ordered.", "Wedi’u harchebu.",
                null, null, "2026-11-25");
    }

    @Test
    void aProjectsUpdateIsPublishedWithoutAConcernAndNamesItsProjectAndWards() {
        Outcome o = Outcome.ofProject(1L, 2L, NOW, link(), List.of("W05000857", "W05000857", "W05000873"));
        o.write(update(OutcomeKind.PROGRESS), 2L, NOW);
        o.publish(NOW, TODAY);
        assertTrue(o.isPublished() && o.isOfProject());
        assertTrue(o.getConcerns().isEmpty());
        assertEquals(List.of("W05000857", "W05000873"), o.getWards());
        assertEquals(9L, o.getProject().getProjectId());
        assertEquals("Lonydd diogelach", o.getProject().getRoundTitleCy());
    }

    @Test
    void aProjectsUpdateAnswersNoConcernAndNeedsAWard() {
        Outcome o = Outcome.ofProject(1L, 2L, NOW, link(), List.of("W05000857"));
        assertThrows(IllegalStateException.class, () -> o.answer(List.of(new LinkedConcern(5L, "W05000857", "fly-tipping", false))));
        assertThrows(IllegalArgumentException.class, () -> Outcome.ofProject(1L, 2L, NOW, link(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ProjectLink(3L, 9L, "Lights", " ", "Safer lanes", "Lonydd diogelach"));
    }

    @Test
    void anOutcomeAnsweringConcernsIsNoProgressUpdateAndStillNeedsAConcern() {
        assertFalse(OutcomeKind.PROGRESS.answersConcerns());
        Outcome o = new Outcome(1L, 2L, NOW);
        assertThrows(IllegalArgumentException.class, () -> o.write(update(OutcomeKind.PROGRESS), 2L, NOW));
        o.write(update(OutcomeKind.ACTION_TAKEN), 2L, NOW);
        assertThrows(IllegalStateException.class, () -> o.publish(NOW, TODAY));
        assertNull(o.getProject());
        assertTrue(o.getWards().isEmpty());
    }

    @Test
    void bothLanguagesAreRequiredForAProjectsUpdateToo() {
        Outcome o = Outcome.ofProject(1L, 2L, NOW, link(), List.of("W05000857"));
        o.write(new OutcomeText(OutcomeKind.PROGRESS, "Residents chose it.", "Dewisodd preswylwyr ef.", "Ordered.", null, null, null,
                "2026-11-25"), 2L, NOW);
        assertThrows(IllegalStateException.class, () -> o.publish(NOW, TODAY));
        assertFalse(o.isPublished());
    }
}
