package cymru.llais.concerns.boundary;

import java.time.Instant;

/**
 * Fired inside the transaction that stores a new concern, so that whatever observes it (routing)
 * happens in the same transaction: a concern is never stored without being routed.
 */
public record ConcernReported(Long concernId, String reference, String categoryCode, String wardCode,
                              boolean sensitive, Instant at) {
}
