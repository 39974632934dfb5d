package cymru.llais.notify.boundary;

import cymru.llais.shared.BilingualText;

import java.time.Instant;

/**
 * News about a concern that its reporters and followers (and, when public, its ward's subscribers) are told
 * of by e-mail. Status changes come from the concerns capability; another capability (outcomes) fires
 * {@link Kind#OUTCOME_PUBLISHED} inside the transaction that publishes, with {@code eventId} naming the outcome
 * (one e-mail per recipient and event, ever) and its text in both languages.
 */
public record ConcernNews(Kind kind, Long concernId, long eventId, BilingualText text, Instant at) {

    public enum Kind { STATUS_CHANGED, OUTCOME_PUBLISHED }
}
