package cymru.llais.budgeting.entity;

import java.util.Locale;

/**
 * How residents vote: approve up to a number of projects; choose projects whose costs fit in the budget
 * (knapsack); or share a number of points among projects (cumulative).
 */
public enum BallotType {
    APPROVAL, KNAPSACK, CUMULATIVE;

    public String key() {
        return "budgeting.ballotType." + name().toLowerCase(Locale.ROOT);
    }
}
