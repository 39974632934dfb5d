package cymru.llais.budgeting.control.counting;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast Equal Shares count gives exactly what the earlier implementation ({@link EqualSharesReference})
 * gives: the same winners in the same order, the same reasons with the same figures, the same total and
 * the same share per voter, with every completion, on many random elections (seeded). Small whole costs and
 * few distinct ballots make ties and equal money left frequent; decimal costs and thresholds are mixed in.
 */
class EqualSharesEquivalenceTest {

    private static final EqualSharesCount.Completion[] FAST = EqualSharesCount.Completion.values();
    private static final EqualSharesReference.Completion[] SLOW = EqualSharesReference.Completion.values();

    @Test
    void manySmallElectionsWithTiesCountExactlyAsBefore() {
        Random random = new Random(20261126L);
        int selectedSomething = 0;
        for (int i = 0; i < 1500; i++) {
            Election e = random(random, 2 + random.nextInt(8), 1 + random.nextInt(40), i % 3 == 0, i % 7 == 0);
            selectedSomething += compare(e, "small election " + i);
        }
        assertTrue(selectedSomething > 1000, "the elections select projects: " + selectedSomething);
    }

    @Test
    void largerElectionsCountExactlyAsBefore() {
        Random random = new Random(6L);
        for (int i = 0; i < 40; i++) {
            compare(random(random, 10 + random.nextInt(30), 200 + random.nextInt(3000), i % 2 == 0, i % 5 == 0),
                    "larger election " + i);
        }
    }

    @Test
    void anElectionShapedLikeTheBenchmarkCountsExactlyAsBefore() {
        // one run only: with the benchmark's budget, add1 over few voters would take hundreds of runs
        Election e = EqualSharesBenchmark.generate(8_000, 100, 2026L);
        assertEquals(EqualSharesReference.count(e, EqualSharesReference.Completion.NONE),
                EqualSharesCount.count(e, EqualSharesCount.Completion.NONE));
    }

    @Test
    void identicalBallotsAndNoBallotsCountExactlyAsBefore() {
        compare(Election.builder(BigDecimal.valueOf(90)).project("a", 30).project("b", 30).project("c", 30)
                .ballots(3, "a", "b").ballots(3, "b", "c").ballots(3, "a", "c").build(), "symmetric");
        compare(Election.builder(BigDecimal.ONE).project("p", 1).ballots(3, "p").build(), "thirds");
        compare(Election.builder(BigDecimal.TEN).project("p", 1).project("q", 0).build(), "no ballots");
        compare(Election.builder(BigDecimal.TEN).project("p", 4).project("q", 0).ballots(2).ballots(2, "q")
                .ballots(1, "p").build(), "empty ballots and a free project");
    }

    /** Counts e both ways with every completion; returns how many of the counts selected something. */
    private static int compare(Election e, String what) {
        int selected = 0;
        for (int c = 0; c < FAST.length; c++) {
            CountResult fast = EqualSharesCount.count(e, FAST[c]);
            CountResult slow = EqualSharesReference.count(e, SLOW[c]);
            assertEquals(slow, fast, what + ", " + FAST[c]);
            if (!fast.selectedInOrder().isEmpty()) {
                selected++;
            }
        }
        return selected > 0 ? 1 : 0;
    }

    private static Election random(Random random, int projects, int voters, boolean decimal, boolean threshold) {
        int budgetUnits = 5 + random.nextInt(60);
        BigDecimal budget = decimal ? BigDecimal.valueOf(budgetUnits * 10L + random.nextInt(10), 1)
                : BigDecimal.valueOf(budgetUnits);
        Election.Builder b = Election.builder(budget);
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            String id = random.nextBoolean() ? Integer.toString(p + 1) : "x" + (char) ('a' + p % 26) + p;
            ids.add(id);
            long units = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(Math.max(1, budgetUnits / 2));
            b.project(id, decimal ? BigDecimal.valueOf(units * 10 + random.nextInt(10), 1) : BigDecimal.valueOf(units));
        }
        // a few ballot shapes repeated, so that many voters share a ballot and ties are common
        List<List<String>> shapes = new ArrayList<>();
        int shapeCount = 1 + random.nextInt(6);
        for (int s = 0; s < shapeCount; s++) {
            List<String> shape = new ArrayList<>();
            for (String id : ids) {
                if (random.nextInt(3) == 0) {
                    shape.add(id);
                }
            }
            shapes.add(shape);
        }
        for (int v = 0; v < voters; v++) {
            if (random.nextInt(4) == 0) {
                List<String> own = new ArrayList<>();
                for (String id : ids) {
                    if (random.nextInt(4) == 0) {
                        own.add(id);
                    }
                }
                b.ballot(own);
            } else {
                b.ballot(shapes.get(random.nextInt(shapes.size())));
            }
        }
        if (threshold) {
            b.threshold(BigDecimal.valueOf(random.nextInt(1 + voters / 4)));
        }
        return b.build();
    }
}
