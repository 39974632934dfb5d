package cymru.llais.budgeting.control.counting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Greedy counting: projects in priority order (higher score, then lower cost, then id); each is funded if it
 * fits the budget that is left. With {@code skip} false, counting stops at the first project that does not
 * fit and every later project loses.
 */
public final class GreedyCount {

    private GreedyCount() {
    }

    public static CountResult count(Election e, boolean skip) {
        int n = e.projectCount();
        Reason[] reasons = new Reason[n];
        boolean[] selected = new boolean[n];
        List<String> order = new ArrayList<>();
        BigDecimal left = e.budget;
        String stoppedAt = null;
        for (int p : byPriority(e)) {
            if (!e.eligible[p]) {
                reasons[p] = Reason.of("budgeting.reason.belowThreshold", new BigDecimal(e.scores[p]), e.threshold);
            } else if (e.scores[p].signum() == 0) {
                reasons[p] = Reason.of("budgeting.reason.noSupport");
            } else if (stoppedAt != null) {
                reasons[p] = Reason.of("budgeting.reason.greedy.stopped", stoppedAt);
            } else if (e.costs[p].compareTo(left) <= 0) {
                reasons[p] = Reason.of("budgeting.reason.greedy.selected", new BigDecimal(e.scores[p]), e.costs[p], left);
                left = left.subtract(e.costs[p]);
                selected[p] = true;
                order.add(e.ids[p]);
            } else {
                reasons[p] = Reason.of("budgeting.reason.greedy.didNotFit", e.costs[p], left);
                if (!skip) {
                    stoppedAt = e.ids[p];
                }
            }
        }
        List<ProjectOutcome> outcomes = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            outcomes.add(new ProjectOutcome(e.ids[p], selected[p], reasons[p]));
        }
        return new CountResult(skip ? Rule.GREEDY : Rule.GREEDY_NO_SKIP, order, outcomes,
                e.budget.subtract(left), Optional.empty());
    }

    static Integer[] byPriority(Election e) {
        Integer[] order = new Integer[e.projectCount()];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
        }
        Arrays.sort(order, Comparator.comparingInt(p -> e.priority[p]));
        return order;
    }
}
