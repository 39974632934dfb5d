package cymru.llais.concerns.boundary;

import java.time.Instant;

/**
 * Fired inside the transaction that merges one concern into another, so that whatever is attached to a
 * concern elsewhere (flags, followers) moves or closes with it in the same transaction.
 */
public record ConcernMerged(Long mergedId, Long keptId, Instant at) {
}
