package cymru.llais.notify.boundary;

import cymru.llais.shared.BilingualText;

import java.time.Instant;

/**
 * News about a concern that its reporters and followers (and, when public, its ward's subscribers) are told
 * of by e-mail. Status changes come from the concerns capability; {@link Kind#OUTCOME_PUBLISHED} is recorded for
 * each concern an outcome answers when the outcomes capability fires its {@code OutcomePublished}, with
 * {@code eventId} naming the outcome (one e-mail per recipient and outcome, ever) and what was done in both languages.
 */
public record ConcernNews(Kind kind, Long concernId, long eventId, BilingualText text, Instant at) {

    public enum Kind { STATUS_CHANGED, OUTCOME_PUBLISHED }
}
