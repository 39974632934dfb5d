package cymru.llais.budgeting.entity;

import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposalRulesTest {

    private static ProposalDetails welsh(String cost) {
        return new ProposalDetails(Language.CY, "Mainc yn y parc", "Mainc newydd wrth y llwybr", cost, "Parc y Rhath", null, false);
    }

    private static List<String> fields(ProposalDetails d) {
        return d.problems().stream().map(Problem::field).toList();
    }

    @Test
    void aProposalNeedsItsLanguageTitleDescriptionAndAPositiveBoundedCost() {
        assertTrue(welsh("1500").problems().isEmpty());
        assertTrue(welsh("£1,500").problems().isEmpty());
        assertEquals(List.of("cost"), fields(welsh("0")));
        assertEquals(List.of("cost"), fields(welsh("-5")));
        assertEquals(List.of("cost"), fields(welsh("lots")));
        assertEquals(List.of("cost"), fields(welsh("10000001")));
        assertTrue(welsh("10000000").problems().isEmpty());
        assertEquals(List.of("language", "title", "description"),
                fields(new ProposalDetails(null, " ", null, "100", null, null, false)));
    }

    @Test
    void tooLongTextsAndAPhotoWithoutItsDescriptionAreRefused() {
        String longTitle = "a".repeat(RoundDetails.MAX_TITLE + 1);
        String longText = "a".repeat(RoundDetails.MAX_TEXT + 1);
        String longPlace = "a".repeat(ProjectDetails.MAX_PLACE + 1);
        ProposalDetails d = new ProposalDetails(Language.EN, longTitle, longText, "100", longPlace, null, true);
        assertEquals(List.of("title", "description", "place", "photoAlt"), fields(d));
        assertEquals("budgeting.proposal.error.titleTooLong", d.problems().get(0).key());
        assertEquals("budgeting.proposal.error.photoAlt", d.problems().get(3).key());
        assertEquals(List.of("photoAlt"), fields(new ProposalDetails(Language.EN, "Bench", "A bench", "100", null,
                "b".repeat(ProposalDetails.MAX_ALT + 1), true)));
        assertTrue(new ProposalDetails(Language.EN, "Bench", "A bench", "100", null, "A bench by the path", true).problems().isEmpty());
    }

    @Test
    void aProposalIsStoredInItsWritersLanguageOnlyAndHeldUntilApproved() {
        Project p = Project.proposal(1L, welsh("1500"), 7L, List.of(), Instant.EPOCH);
        assertEquals(Feasibility.HELD, p.getStatus());
        assertFalse(p.getStatus().isPublic());
        assertEquals(List.of(Project.NEW_PROPOSAL), p.heldFor());
        assertEquals(Language.CY, p.proposedIn().orElseThrow());
        assertEquals("Mainc yn y parc", p.title(Language.EN));
        assertEquals(Language.CY, p.textLanguage(Language.EN));
        assertNull(p.details().titleEn());
        assertEquals(1500, p.getCost());
        assertEquals(7L, p.getProposerId());

        Project found = Project.proposal(1L, welsh("1500"), 7L, List.of("PHONE", "WORD:twpsyn"), Instant.EPOCH);
        assertEquals(List.of("PHONE", "WORD:twpsyn"), found.heldFor());
    }

    @Test
    void aHeldOrHiddenProposalCannotBeFoundFeasibleAndApprovalMakesItPublic() {
        Project p = Project.proposal(1L, welsh("1500"), 7L, List.of(), Instant.EPOCH);
        p.write(new ProjectDetails("Bench in the park", "Mainc yn y parc", "A new bench by the path", "Mainc newydd wrth y llwybr", "1800", null));
        assertEquals("budgeting.proposal.error.notApproved", p.decide(Feasibility.FEASIBLE, null, null));
        assertEquals("budgeting.project.error.decision", p.decide(Feasibility.HELD, null, null));
        assertEquals(Feasibility.HELD, p.getStatus());

        assertNull(p.approve());
        assertEquals(Feasibility.PROPOSED, p.getStatus());
        assertTrue(p.getStatus().isPublic());
        assertEquals("budgeting.proposal.error.notHeld", p.approve());
        assertNull(p.decide(Feasibility.FEASIBLE, null, null));
        assertEquals(Feasibility.FEASIBLE, p.getStatus());
        assertEquals(1800, p.getCost());
    }

    @Test
    void hidingNeedsTheReasonInBothLanguagesAndTakesAProposalOffTheBallot() {
        Project p = Project.proposal(1L, welsh("1500"), 7L, List.of(), Instant.EPOCH);
        assertEquals("budgeting.proposal.error.hideReason", p.hide("Personal details", " "));
        assertEquals(Feasibility.HELD, p.getStatus());
        assertNull(p.hide("It names a private person.", "Mae'n enwi person preifat."));
        assertEquals(Feasibility.HIDDEN, p.getStatus());
        assertEquals("Mae'n enwi person preifat.", p.hiddenReason(Language.CY));
        assertEquals("budgeting.proposal.error.notApproved", p.decide(Feasibility.NOT_FEASIBLE, "Too dear", "Rhy ddrud"));
        assertNull(p.approve());
        assertNull(p.hiddenReason(Language.EN));
    }

    @Test
    void aWelshProposalIsAProjectWithOnlyTheWelshFields() {
        ProjectDetails d = welsh("1500").asProject();
        assertNull(d.titleEn());
        assertNull(d.descriptionEn());
        assertEquals("Mainc yn y parc", d.titleCy());
        ProjectDetails e = new ProposalDetails(Language.EN, "Bench", "A bench", "100", null, null, false).asProject();
        assertEquals("Bench", e.titleEn());
        assertNull(e.titleCy());
    }
}
