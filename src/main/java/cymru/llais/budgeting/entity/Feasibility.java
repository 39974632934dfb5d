package cymru.llais.budgeting.entity;

import java.util.Locale;

/**
 * Where a project stands: not yet reviewed, feasible (on the ballot), or not feasible (with a public reason); a
 * resident's proposal is first HELD for a councillor, who approves it (then PROPOSED) or makes it HIDDEN with a
 * public reason. Held and hidden projects are never public and never on the ballot.
 */
public enum Feasibility {
    PROPOSED, FEASIBLE, NOT_FEASIBLE, HELD, HIDDEN;

    /** Whether the public may see the project (held and hidden ones are for moderators and staff only). */
    public boolean isPublic() {
        return this != HELD && this != HIDDEN;
    }

    public String key() {
        return "budgeting.feasibility." + name().toLowerCase(Locale.ROOT);
    }
}
