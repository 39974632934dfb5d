package cymru.llais.concerns.boundary;

import java.time.Instant;

/**
 * Fired inside the transaction that merges one concern into another, so that whatever is attached to a
 * concern elsewhere (flags, followers) moves or closes with it in the same transaction. It is fired before the
 * merged concern's reporters and followers move to the kept one, so observers can still see whom it had.
 */
public record ConcernMerged(Long mergedId, Long keptId, Instant at) {
}
