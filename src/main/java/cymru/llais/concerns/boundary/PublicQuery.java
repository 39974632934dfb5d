package cymru.llais.concerns.boundary;

import java.time.Instant;
import java.util.Set;

/**
 * Which public concerns to list, for feeds and open APIs: by references, by categories, open or
 * closed, reported between two instants (both included), newest first, at most {@code limit}.
 * An empty set or a null part does not filter; sensitive concerns are never listed, whatever is asked.
 */
public record PublicQuery(Set<String> references, Set<String> categoryCodes, Boolean open, Instant from, Instant to,
                          int limit) {

    public PublicQuery {
        references = references == null ? Set.of() : Set.copyOf(references);
        categoryCodes = categoryCodes == null ? Set.of() : Set.copyOf(categoryCodes);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more");
        }
    }
}
