package cymru.llais.outcomes.boundary;

import cymru.llais.shared.BilingualText;

import java.time.Instant;
import java.util.List;

/**
 * Fired inside the transaction that publishes an outcome, after the concerns it answers have been moved on,
 * so that what observes it (notifications) records its news in the same transaction. {@code done} is what was
 * done, in both languages; {@code concernIds} every concern it answers, sensitive ones included.
 */
public record OutcomePublished(Long outcomeId, List<Long> concernIds, BilingualText done, Instant at) {

    public OutcomePublished {
        concernIds = List.copyOf(concernIds);
    }
}
