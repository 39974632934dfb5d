package cymru.llais.budgeting.entity;

import java.util.Locale;

/** Where a round stands: before it opens, then its five phases in order. */
public enum Phase {
    UPCOMING, IDEAS, REVIEW, VOTING, RESULTS, DELIVERY;

    public String key() {
        return "budgeting.phase." + name().toLowerCase(Locale.ROOT);
    }
}
