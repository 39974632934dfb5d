package cymru.llais.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway and, when asked to, loads the demo data. If the
 * database is not reachable at start the portal still starts (readiness stays DOWN) and tries
 * again every few seconds, so a database that comes up later is picked up without a restart.
 */
@Singleton
@jakarta.ejb.Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());
    private static final long RETRY_MILLIS = 5_000;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    DemoData demoData;

    @Inject
    @ConfigProperty(name = "llais.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    private volatile boolean ready;

    @PostConstruct
    void start() {
        if (!tryToPrepare()) {
            timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig("prepare", false));
        }
    }

    @Timeout
    void retry(jakarta.ejb.Timer timer) {
        if (tryToPrepare()) {
            timer.cancel();
        }
    }

    private synchronized boolean tryToPrepare() {
        if (ready) {
            return true;
        }
        try {
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    // branches merge with their own version numbers (V5 after V7 and V8): a database that already has the
                    // later ones takes an earlier one it lacks instead of refusing to start
                    .outOfOrder(true)
                    .load()
                    .migrate();
            if (demoEnabled) {
                demoData.loadIfEmpty();
            }
            ready = true;
            LOG.info("Llais: database schema is up to date; the portal is ready");
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Llais: database not ready yet, will try again: {0}", rootMessage(e));
            return false;
        }
    }

    public boolean isReady() {
        return ready;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
