package cymru.llais.budgeting.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetingRulesTest {

    private static RoundDetails details(String type, String max, String points) {
        return new RoundDetails("WARD:W05000857", "Safer Cathays", "Cathays mwy diogel", "Ideas for the ward", "Syniadau i''r ward",
                "£10,000", type, max, points, "GREEDY", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01");
    }

    private static Round round(String type, String max, String points) {
        return new Round(details(type, max, points), Instant.EPOCH);
    }

    @Test
    void thePhaseFollowsTheStartDaysEachPhaseEndingTheDayBeforeTheNext() {
        Round r = round("KNAPSACK", null, null);
        assertEquals(Phase.UPCOMING, r.phaseOn(LocalDate.parse("2025-12-31")));
        assertEquals(Phase.IDEAS, r.phaseOn(LocalDate.parse("2026-01-01")));
        assertEquals(Phase.IDEAS, r.phaseOn(LocalDate.parse("2026-01-31")));
        assertEquals(Phase.REVIEW, r.phaseOn(LocalDate.parse("2026-02-01")));
        assertEquals(Phase.VOTING, r.phaseOn(LocalDate.parse("2026-03-01")));
        assertEquals(Phase.VOTING, r.phaseOn(LocalDate.parse("2026-03-31")));
        assertEquals(Phase.RESULTS, r.phaseOn(LocalDate.parse("2026-04-01")));
        assertEquals(Phase.DELIVERY, r.phaseOn(LocalDate.parse("2027-01-01")));
    }

    @Test
    void aRoundNeedsBothLanguagesABudgetItsBallotsNumberAndDatesInOrder() {
        assertTrue(details("KNAPSACK", null, null).problems().isEmpty());
        assertTrue(details("APPROVAL", null, null).problems().stream().anyMatch(p -> p.field().equals("maxProjects")));
        assertTrue(details("CUMULATIVE", null, "0").problems().stream().anyMatch(p -> p.field().equals("points")));
        RoundDetails bad = new RoundDetails("WARD:nonsense", "T", "", "D", "D", "-5", "KNAPSACK", null, null, "NONE",
                "2026-01-01", "2026-01-01", "not a date", "2026-04-01", "2026-03-01");
        var fields = bad.problems().stream().map(Problem::field).toList();
        assertTrue(fields.containsAll(java.util.List.of("area", "titleCy", "budget", "rule", "reviewFrom", "votingFrom", "deliveryFrom")),
                fields.toString());
    }

    @Test
    void aKnapsackBallotFitsInTheBudget() {
        Round r = round("KNAPSACK", null, null);
        Map<Long, Long> costs = Map.of(1L, 6000L, 2L, 4000L, 3L, 1L);
        assertEquals(Optional.empty(), r.check(Map.of(1L, 1, 2L, 1), costs));
        assertEquals(Optional.of("budgeting.vote.error.overBudget"), r.check(Map.of(1L, 1, 2L, 1, 3L, 1), costs));
        assertEquals(Optional.of("budgeting.vote.error.empty"), r.check(Map.of(), costs));
        assertEquals(Optional.of("budgeting.vote.error.project"), r.check(Map.of(9L, 1), costs));
        assertEquals(Optional.of("budgeting.vote.error.points"), r.check(Map.of(1L, 2), costs));
    }

    @Test
    void anApprovalBallotHasAtMostItsMaximumAndACumulativeOneAtMostItsPoints() {
        Map<Long, Long> costs = Map.of(1L, 9000L, 2L, 9000L, 3L, 9000L);
        Round approval = round("APPROVAL", "2", null);
        assertEquals(Optional.empty(), approval.check(Map.of(1L, 1, 2L, 1), costs));
        assertEquals(Optional.of("budgeting.vote.error.tooMany"), approval.check(Map.of(1L, 1, 2L, 1, 3L, 1), costs));
        Round cumulative = round("CUMULATIVE", null, "10");
        assertEquals(Optional.empty(), cumulative.check(Map.of(1L, 7, 2L, 3), costs));
        assertEquals(Optional.of("budgeting.vote.error.tooManyPoints"), cumulative.check(Map.of(1L, 7, 2L, 4), costs));
        assertEquals(Optional.of("budgeting.vote.error.points"), cumulative.check(Map.of(1L, -1, 2L, 4), costs));
    }

    @Test
    void onceVotingHasBegunTheBudgetAndBallotStay() {
        Round r = round("KNAPSACK", null, null);
        RoundDetails bigger = new RoundDetails("WARD:W05000857", "Safer Cathays", "Cathays mwy diogel", "Ideas", "Syniadau",
                "20000", "KNAPSACK", null, null, "GREEDY", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01");
        assertEquals(Optional.of("budgeting.error.ballotLocked"), r.change(bigger, LocalDate.parse("2026-03-02")));
        assertEquals(10_000, r.getBudget());
        assertEquals(Optional.empty(), r.change(bigger, LocalDate.parse("2026-02-02")));
        assertEquals(20_000, r.getBudget());
    }

    @Test
    void aProposalHasOneLanguageButGoesOnTheBallotOnlyWithBothAndANotFeasibleOneNeedsItsReasonInBoth() {
        ProjectDetails welshOnly = new ProjectDetails(null, "Goleuadau yn y parc", null, "Goleuadau newydd ar y llwybr", "1500", null);
        assertTrue(welshOnly.problems().isEmpty());
        assertTrue(new ProjectDetails("Lights", null, null, null, "1500", null).problems().stream()
                .anyMatch(p -> p.field().equals("descriptionEn")));
        assertTrue(new ProjectDetails("Lights", null, "New lights", null, "0", null).problems().stream()
                .anyMatch(p -> p.field().equals("cost")));
        Project p = new Project(1L, welshOnly, null, Instant.EPOCH);
        assertEquals("budgeting.project.error.bothLanguages", p.decide(Feasibility.FEASIBLE, null, null));
        assertEquals("budgeting.project.error.reason", p.decide(Feasibility.NOT_FEASIBLE, "Too dear", " "));
        assertNull(p.decide(Feasibility.NOT_FEASIBLE, "Too dear", "Rhy ddrud"));
        assertEquals(Feasibility.NOT_FEASIBLE, p.getStatus());
        assertEquals("Goleuadau yn y parc", p.title(cymru.llais.shared.Language.EN));
        assertEquals(cymru.llais.shared.Language.CY, p.textLanguage(cymru.llais.shared.Language.EN));
    }
}
