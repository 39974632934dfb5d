package cymru.llais.insight.control;

import cymru.llais.platform.Database;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rolls the insight rows' changes up into the month cells ({@link MonthCells}) every {@code llais.insight.rollup-seconds},
 * outside every request's transaction. A database that is down, or a schema not migrated yet, only delays it: the
 * dashboards read the months it has not rolled up from the rows meanwhile.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InsightRollup {

    private static final Logger LOG = Logger.getLogger(InsightRollup.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "llais.insight.rollup-seconds", defaultValue = "60")
    int everySeconds;

    @Inject
    @ConfigProperty(name = "llais.insight.rollup-margin-seconds", defaultValue = "600")
    int marginSeconds;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile String lastFailure;

    @PostConstruct
    void schedule() {
        long every = Math.max(1, everySeconds) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("insight-rollup", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void rollUp() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            MonthCells.Result r = MonthCells.rollUp(c, Duration.ofSeconds(Math.max(0, marginSeconds)), 0);
            if (lastFailure != null) {
                LOG.info("Llais: the insight roll-up works again");
                lastFailure = null;
            }
            if (r.ran() && !r.months().isEmpty()) {
                LOG.log(Level.FINE, "Llais: insight months rolled up: {0}", r.months());
            }
        } catch (SQLException | RuntimeException e) {
            String message = e.getMessage();
            if (!Objects.equals(message, lastFailure)) {
                LOG.log(Level.WARNING, "Llais: the insight roll-up did not run (the dashboards read the rows meanwhile): {0}", message);
            }
            lastFailure = message == null ? "" : message;
        } finally {
            running.set(false);
        }
    }
}
