package cymru.llais.outcomes.entity;

import java.util.Locale;

/** A draft is seen by its partner's staff only; a published outcome is public and is not changed again. */
public enum OutcomeStatus {
    DRAFT, PUBLISHED;

    public String key() {
        return "outcomes.status." + name().toLowerCase(Locale.ROOT);
    }
}
