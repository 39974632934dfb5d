package cymru.llais.concerns.boundary;

import java.time.Instant;

/**
 * Fired inside the transaction that moves a concern to a new status, so that what observes it
 * (notifications) records its news in the same transaction: a status change is never stored without it.
 * {@code statusChangeId} names the new step of the concern's history; {@code status} is a {@code ConcernStatus} name.
 */
public record ConcernStatusChanged(Long concernId, Long statusChangeId, String reference, String status, String wardCode,
                                   boolean sensitive, Instant at) {
}
