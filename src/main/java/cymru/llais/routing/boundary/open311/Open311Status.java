package cymru.llais.routing.boundary.open311;

import cymru.llais.concerns.entity.ConcernStatus;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Open311 knows two statuses: a closed concern is {@code closed}; every other status is {@code open}. */
final class Open311Status {

    static final String OPEN = "open";
    static final String CLOSED = "closed";

    /** What a {@code status} filter asks for: only open ones, only closed ones, or both. */
    enum Filter {
        OPEN, CLOSED, ANY;

        /** For the concerns query: true for open, false for closed, null for both. */
        Boolean open() {
            return this == ANY ? null : this == OPEN;
        }
    }

    private Open311Status() {
    }

    static String of(ConcernStatus status) {
        return status.isOpen() ? OPEN : CLOSED;
    }

    /**
     * Reads a {@code status} parameter: {@code open}, {@code closed}, or both separated by commas;
     * absent or blank means both. Empty when it names anything else.
     */
    static Optional<Filter> filter(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.of(Filter.ANY);
        }
        Set<String> asked = new HashSet<>();
        for (String part : parameter.split(",", -1)) {
            String s = part.strip().toLowerCase(Locale.ROOT);
            if (!s.equals(OPEN) && !s.equals(CLOSED)) {
                return Optional.empty();
            }
            asked.add(s);
        }
        if (asked.size() == 2) {
            return Optional.of(Filter.ANY);
        }
        return Optional.of(asked.contains(OPEN) ? Filter.OPEN : Filter.CLOSED);
    }
}
