package cymru.llais.accounts.boundary;

/**
 * Fired inside the transaction in which a resident (re)follows a concern, so that what observes it (notifications)
 * can undo an earlier "stop e-mails about this concern" of the same address: following again asks for its news.
 */
public record ConcernFollowed(Long concernId, Long residentId, String email) {
}
