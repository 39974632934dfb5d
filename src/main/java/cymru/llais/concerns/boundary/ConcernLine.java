package cymru.llais.concerns.boundary;

import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.shared.BilingualText;

import java.time.Instant;

/**
 * A concern in a resident's own lists ("my concerns", "my subscriptions"): what it is, where, and how far
 * it has come. Never its text or pin, so a sensitive concern can be listed for its reporter too.
 */
public record ConcernLine(String reference, BilingualText categoryName, BilingualText wardName, boolean sensitive,
                          ConcernStatus status, Instant createdAt, Instant updatedAt) {
}
