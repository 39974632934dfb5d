package cymru.llais.budgeting.control.counting;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountingRulesTest {

    private static CountResult count(Election e, Rule rule) {
        return Counting.count(e, rule);
    }

    @Test
    void greedySkipsAProjectThatNoLongerFitsAndTakesACheaperOneBelowIt() {
        Election e = Election.builder(BigDecimal.valueOf(100))
                .project("A", 70).project("B", 50).project("C", 30)
                .ballots(10, "A").ballots(8, "B").ballots(5, "C").build();
        CountResult r = count(e, Rule.GREEDY);
        assertEquals(List.of("A", "C"), r.selectedInOrder());
        assertEquals(new BigDecimal("100"), r.totalCost());
        Reason b = r.outcome("B").reason();
        assertEquals("budgeting.reason.greedy.didNotFit", b.key());
        assertEquals(List.of(BigDecimal.valueOf(50), BigDecimal.valueOf(30)), b.args());
    }

    @Test
    void greedyWithoutSkippingStopsAtTheFirstProjectThatDoesNotFit() {
        Election e = Election.builder(BigDecimal.valueOf(100))
                .project("A", 70).project("B", 50).project("C", 30)
                .ballots(10, "A").ballots(8, "B").ballots(5, "C").build();
        CountResult r = count(e, Rule.GREEDY_NO_SKIP);
        assertEquals(List.of("A"), r.selectedInOrder());
        assertEquals("budgeting.reason.greedy.didNotFit", r.outcome("B").reason().key());
        assertEquals("budgeting.reason.greedy.stopped", r.outcome("C").reason().key());
        assertEquals(List.of("B"), r.outcome("C").reason().args());
    }

    @Test
    void greedyTiesGoToTheCheaperProjectThenToTheLowerId() {
        Election e = Election.builder(BigDecimal.valueOf(100))
                .project("10", 60).project("9", 60).project("x", 60).project("y", 50)
                .ballots(3, "10", "9", "x", "y").build();
        // all have 3 votes: y is cheapest; then 9 before 10 (numeric ids, by value) before x (text)
        assertEquals(List.of("y"), count(e, Rule.GREEDY).selectedInOrder());
        Election withoutY = Election.builder(BigDecimal.valueOf(100))
                .project("10", 60).project("9", 60).project("x", 60)
                .ballots(3, "10", "9", "x").build();
        assertEquals(List.of("9"), count(withoutY, Rule.GREEDY).selectedInOrder());
        assertEquals(List.of("9", "10", "x"), List.of("x", "10", "9").stream().sorted(ProjectIds.ORDER).toList());
    }

    @Test
    void aProjectDearerThanTheWholeBudgetNeverWins() {
        Election e = Election.builder(BigDecimal.valueOf(100))
                .project("big", 101).project("small", 10)
                .ballots(50, "big").ballots(10, "small").build();
        for (Rule rule : Rule.values()) {
            CountResult r = count(e, rule);
            assertFalse(r.outcome("big").selected(), rule.name());
            // without skipping, counting stops at "big"
            assertEquals(rule != Rule.GREEDY_NO_SKIP, r.outcome("small").selected(), rule.name());
        }
    }

    @Test
    void decimalCostsAddUpExactly() {
        Election e = Election.builder(new BigDecimal("0.3"))
                .project("a", new BigDecimal("0.1")).project("b", new BigDecimal("0.2"))
                .ballots(2, "a").ballots(1, "b").build();
        assertEquals(List.of("a", "b"), count(e, Rule.GREEDY).selectedInOrder());
        // a third each, exactly: the three supporters can afford the project with nothing to spare
        Election thirds = Election.builder(BigDecimal.ONE).project("p", 1).ballots(3, "p").build();
        assertEquals(List.of("p"), count(thirds, Rule.EQUAL_SHARES_WITHOUT_COMPLETION).selectedInOrder());
    }

    @Test
    void projectsBelowTheScoreThresholdCannotWin() {
        Election e = Election.builder(BigDecimal.valueOf(100)).threshold(BigDecimal.valueOf(3))
                .project("a", 10).project("b", 10).ballots(3, "a").ballots(2, "b").build();
        CountResult r = count(e, Rule.GREEDY);
        assertEquals(List.of("a"), r.selectedInOrder());
        assertEquals("budgeting.reason.belowThreshold", r.outcome("b").reason().key());
    }

    @Test
    void equalSharesTextbookExample() {
        // equalshares.net: v1, v2 approve p1 (100); v1 approves p2 (50); v3 approves p3 (50); budget 150
        Election e = Election.builder(BigDecimal.valueOf(150))
                .project("p1", 100).project("p2", 50).project("p3", 50)
                .ballot("p1", "p2").ballot("p1").ballot("p3").build();
        CountResult r = count(e, Rule.EQUAL_SHARES);
        assertEquals(List.of("p1", "p3"), r.selectedInOrder());
        Reason p2 = r.outcome("p2").reason();
        assertEquals("budgeting.reason.equalShares.unaffordable", p2.key());
        assertEquals(List.of(new Reason.SupporterShare(1, new BigDecimal("0.00"))), p2.supporters());
    }

    @Test
    void equalSharesGivesAMinorityItsShareWhereGreedyDoesNot() {
        Election e = Election.builder(BigDecimal.valueOf(100))
                .project("A1", 50).project("A2", 50).project("B1", 40)
                .ballots(60, "A1", "A2").ballots(40, "B1").build();
        assertEquals(List.of("A1", "A2"), count(e, Rule.GREEDY).selectedAscending());
        CountResult mes = count(e, Rule.EQUAL_SHARES);
        assertEquals(List.of("A1", "B1"), mes.selectedInOrder());
        Reason a2 = mes.outcome("A2").reason();
        assertEquals("budgeting.reason.equalShares.unaffordable", a2.key());
        // 60 supporters with 1/6 each left: 10 between them, less than 50
        assertEquals(List.of(60, new BigDecimal("10.00"), BigDecimal.valueOf(50)), a2.args());
        assertEquals(List.of(new Reason.SupporterShare(60, new BigDecimal("0.17"))), a2.supporters());
        assertEquals(List.of(60, new BigDecimal("0.83"), 1), mes.outcome("A1").reason().args());
    }

    @Test
    void add1RaisesEachVotersShareUntilTheLeftoverIsSpent() {
        Election e = Election.builder(BigDecimal.valueOf(100))
                .project("P1", 60).project("P2", 40)
                .ballots(5, "P1").ballots(5, "P2").build();
        // 10 each: P1's five supporters have 50 < 60
        assertEquals(List.of("P2"), count(e, Rule.EQUAL_SHARES_WITHOUT_COMPLETION).selectedInOrder());
        CountResult add1 = count(e, Rule.EQUAL_SHARES);
        // at 12 each P1 is affordable and the outcome costs exactly the budget
        assertEquals(List.of("P1", "P2"), add1.selectedAscending());
        assertEquals(Rational.of(12), add1.perVoterBudget().orElseThrow());
    }

    @Test
    void add1KeepsTheLastOutcomeWithinTheBudget() {
        Election e = Election.builder(BigDecimal.valueOf(100))
                .project("A1", 50).project("A2", 50).project("B1", 50)
                .ballots(60, "A1", "A2").ballots(40, "B1").build();
        // 1 each: only A1. 2 each would buy A1, A2 and B1 (150 > 100), so add1 keeps A1 alone
        CountResult add1 = count(e, Rule.EQUAL_SHARES);
        assertEquals(List.of("A1"), add1.selectedInOrder());
        assertEquals(Rational.of(1), add1.perVoterBudget().orElseThrow());
        // the greedy completion then spends what is left in greedy order
        CountResult completed = count(e, Rule.EQUAL_SHARES_THEN_GREEDY);
        assertEquals(List.of("A1", "A2"), completed.selectedInOrder());
        assertEquals("budgeting.reason.completion.selected", completed.outcome("A2").reason().key());
    }

    @Test
    void equalSharesTiesGoToMoreVotesThenLowerCostThenId() {
        // both cost each supporter the same share of its cost: the cheaper one wins the tie
        Election e = Election.builder(BigDecimal.valueOf(10))
                .project("b", 8).project("a", 10)
                .ballots(5, "a", "b").build();
        assertEquals(List.of("b"), count(e, Rule.EQUAL_SHARES_WITHOUT_COMPLETION).selectedInOrder());
        Election same = Election.builder(BigDecimal.valueOf(10))
                .project("b", 10).project("a", 10)
                .ballots(5, "a", "b").build();
        assertEquals(List.of("a"), count(same, Rule.EQUAL_SHARES_WITHOUT_COMPLETION).selectedInOrder());
    }

    @Test
    void cumulativeBallotsScoreByTheSumOfTheirPoints() throws Exception {
        String pb = """
                META
                key;value
                budget;100
                vote_type;cumulative
                rule;greedy
                PROJECTS
                project_id;cost
                1;60
                2;60
                VOTES
                voter_id;vote;points
                a;1,2;1,4
                b;1;2
                """;
        Election e = Election.of(new PabulibReader().read(pb));
        assertEquals(List.of("2"), count(e, Rule.GREEDY).selectedInOrder());
        assertEquals(new java.math.BigInteger("4"), e.score(1));
    }

    @Test
    void rulesAreKnownByTheirPabulibNames() {
        assertEquals(Rule.EQUAL_SHARES, Rule.fromName("equalshares/add1").orElseThrow());
        assertEquals(Rule.EQUAL_SHARES, Rule.fromName("equalshares").orElseThrow());
        assertEquals(Rule.GREEDY_NO_SKIP, Rule.fromName("greedy-no-skip").orElseThrow());
        assertTrue(Rule.fromName("borda").isEmpty());
    }
}
