package cymru.llais.outcomes.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A resident's answer to "did this fix the problem?". Only "not resolved" from a reporter sends a concern back. */
public enum Rating {
    RESOLVED, PARTLY_RESOLVED, NOT_RESOLVED;

    public String key() {
        return "outcomes.rating.choice." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Rating> parse(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(value.strip())).findFirst();
    }
}
