package cymru.llais.budgeting.entity;

import java.util.Locale;

/** Staff's decision on a project: not yet reviewed, feasible (on the ballot), or not feasible (with a public reason). */
public enum Feasibility {
    PROPOSED, FEASIBLE, NOT_FEASIBLE;

    public String key() {
        return "budgeting.feasibility." + name().toLowerCase(Locale.ROOT);
    }
}
