package cymru.llais.routing.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute, concerns not acknowledged within their partner's service level go to the team lead. */
@Singleton
public class Escalations {

    private static final Logger LOG = Logger.getLogger(Escalations.class.getName());

    @Inject
    Inbox inbox;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void escalate() {
        try {
            int n = inbox.escalateOverdue();
            if (n > 0) {
                LOG.info(() -> "Llais: escalated " + n + " overdue concern(s) to their team leads");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Llais: escalation round failed: {0}", e.getMessage());
        }
    }
}
