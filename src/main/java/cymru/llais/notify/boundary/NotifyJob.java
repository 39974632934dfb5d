package cymru.llais.notify.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code llais.notify.check-seconds}: puts into the outbox the e-mails of news that an instance recorded
 * but could not dispatch, and sends the daily and weekly ward digests that are due (never an empty one).
 * Several instances may run it: rows are claimed with SKIP LOCKED and every e-mail has an event key.
 */
@Singleton
@Startup
public class NotifyJob {

    private static final Logger LOG = Logger.getLogger(NotifyJob.class.getName());
    private static final int BATCH = 100;

    @Resource
    TimerService timers;

    @Inject
    Notifications notifications;

    @Inject
    NotifyStore store;

    @Inject
    @ConfigProperty(name = "llais.notify.check-seconds", defaultValue = "300")
    int checkSeconds;

    @PostConstruct
    void schedule() {
        long every = Duration.ofSeconds(Math.max(1, checkSeconds)).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("notifications", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            notifications.dispatch();
            while (store.sendDigests("DAILY", Duration.ofDays(1), BATCH) == BATCH) {
                // more due
            }
            while (store.sendDigests("WEEKLY", Duration.ofDays(7), BATCH) == BATCH) {
                // more due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Llais: notification round failed: {0}", e.getMessage());
        }
    }
}
