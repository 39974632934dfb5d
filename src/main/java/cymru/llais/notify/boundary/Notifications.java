package cymru.llais.notify.boundary;

import cymru.llais.accounts.boundary.ConcernFollowed;
import cymru.llais.concerns.boundary.ConcernMerged;
import cymru.llais.concerns.boundary.ConcernStatusChanged;
import cymru.llais.notify.control.NotifyMail;
import cymru.llais.notify.control.UnsubscribeTokens;
import cymru.llais.outcomes.boundary.OutcomePublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mail notifications as the rest of the portal sees them: news of a concern is recorded in the transaction
 * that made it, and once that has committed its e-mails go into the durable outbox (the notification job
 * picks up whatever an instance that died left behind). Also the unsubscribe links' requests.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
    private static final int BATCH = 50;

    @Inject
    NotifyStore store;

    @Inject
    StatusChangesOfTransaction changesOfTransaction;

    void onStatusChanged(@Observes ConcernStatusChanged e) {
        try {
            changesOfTransaction.add(e.concernId(), e.statusChangeId());
        } catch (ContextNotActiveException outsideATransaction) {
            // nothing published in the same transaction can take its place
        }
        store.record(NotifyMail.STATUS_CHANGED, e.concernId(), e.statusChangeId(), e.wardCode(), e.status(),
                !e.sensitive() && "CLOSED".equals(e.status()), null, e.at());
    }

    void onNews(@Observes ConcernNews news) {
        store.recordNews(news);
    }

    /**
     * An outcome is news of every concern it answers, told once to each person however many of them are theirs
     * (see {@link NotifyStore#dispatchPending}); the status changes its publishing made in this transaction are
     * told by its e-mail, not by one of their own each.
     */
    void onOutcomePublished(@Observes OutcomePublished e) {
        for (Long concernId : e.concernIds()) {
            store.recordNews(new ConcernNews(ConcernNews.Kind.OUTCOME_PUBLISHED, concernId, e.outcomeId(), e.done(), e.at()));
        }
        store.supersede(e.outcomeId(), changesOfTransaction.of(e.concernIds()));
    }

    /** A concern merged into another: its reporter and followers (as they are now, before they move) are told. */
    void onMerged(@Observes ConcernMerged e) {
        store.recordMerge(e.mergedId(), e.keptId(), e.at());
    }

    void afterMerged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConcernMerged e) {
        dispatch();
    }

    /** Following a concern again, after stopping its e-mails, asks for its news: the address's opt-out of it ends. */
    void onFollowed(@Observes ConcernFollowed e) {
        store.optBackIn(e.email(), "concern:" + e.concernId());
    }

    void afterOutcomePublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutcomePublished e) {
        dispatch();
    }

    void afterStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConcernStatusChanged e) {
        dispatch();
    }

    void afterNews(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConcernNews news) {
        dispatch();
    }

    /** Puts the e-mails of all recorded news into the outbox; a failure only leaves them for the job. */
    public void dispatch() {
        try {
            while (store.dispatchPending(BATCH) == BATCH) {
                // more waiting
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Llais: notifications left for the next round: {0}", e.getMessage());
        }
    }

    /** What an unsubscribe link asks for, as the page describes it. */
    public record Request(String scope, String concernReference, String wardCode) implements java.io.Serializable {

        public boolean all() {
            return "all".equals(scope);
        }
    }

    /** The request of a genuine link; empty for a forged, changed or cut one. */
    public Optional<Request> read(String token) {
        return verify(token).map(c -> {
            if (c.scope().startsWith("concern:")) {
                return new Request(c.scope(), store.reference(Long.parseLong(c.scope().substring(8))).orElse(null), null);
            }
            if (c.scope().startsWith("ward:")) {
                return new Request(c.scope(), null, c.scope().substring(5));
            }
            return new Request(c.scope(), null, null);
        });
    }

    /** Stops the e-mails the link names (or, with {@code all}, every notification) to its address; false for a bad link. */
    public boolean unsubscribe(String token, boolean all) {
        Optional<UnsubscribeTokens.Claim> claim = verify(token);
        claim.ifPresent(c -> store.optOut(c.addressKey(), all ? "all" : c.scope()));
        return claim.isPresent();
    }

    private Optional<UnsubscribeTokens.Claim> verify(String token) {
        return store.tokens().verify(token);
    }

    public NotifyStore store() {
        return store;
    }
}
