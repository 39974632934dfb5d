package cymru.llais.concerns.boundary;

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

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The retention setting: the personal data of concerns closed more than {@code llais.retention.closed-days}
 * ago is removed, checked every {@code llais.retention.check-minutes}. Several instances may run it:
 * each concern is anonymised once, in a transaction of its batch.
 */
@Singleton
@Startup
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    private static final int BATCH = 500;

    @Resource
    TimerService timers;

    @Inject
    Concerns concerns;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "llais.retention.closed-days", defaultValue = "365")
    int closedDays;

    @Inject
    @ConfigProperty(name = "llais.retention.check-minutes", defaultValue = "60")
    int checkMinutes;

    @PostConstruct
    void schedule() {
        long every = Duration.ofMinutes(Math.max(1, checkMinutes)).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("retention", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            int total = 0;
            int n;
            do {
                n = concerns.anonymiseClosedBefore(clock.instant().minus(Duration.ofDays(closedDays)), BATCH);
                total += n;
            } while (n == BATCH);
            if (total > 0) {
                int done = total;
                LOG.info(() -> "Llais: retention removed the personal data of " + done + " closed concern(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Llais: retention round failed: {0}", e.getMessage());
        }
    }
}
