package cymru.llais.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes a change committed on one instance of a cluster stale every instance's {@link PublicCache} at once: through
 * the Hazelcast data grid Payara Micro runs for the cluster (JNDI {@code payara/Hazelcast}), an ITopic carries
 * "something changed" messages, at most one per {@value #INTERVAL_MILLIS} ms per instance ({@link ChangeFanOut}); an
 * instance that hears one moves its cache's version on. An instance started with {@code --nohazelcast} (alone: the run
 * command, the benchmarks, the tests' single server) has no data grid: then nothing is sent and nothing fails.
 * The Hazelcast types stay in {@link GridTopic}, loaded only when the grid is there.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClusterChanges {

    /** Where Payara binds its Hazelcast instance when the data grid runs. */
    static final String HAZELCAST_JNDI = "payara/Hazelcast";
    static final String TOPIC = "llais-public-cache-changes";
    static final long INTERVAL_MILLIS = 100;

    private static final Logger LOG = Logger.getLogger(ClusterChanges.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private AutoCloseable subscription;

    @PostConstruct
    void start() {
        Object grid = lookupGrid();
        try {
            GridTopic topic = grid == null ? null : GridTopic.join(grid, TOPIC, PublicCache::changedElsewhere);
            if (topic == null) {
                LOG.info("Llais: no data grid (the portal runs alone); the public cache sees the changes of this instance only");
                return;
            }
            ChangeFanOut fanOut = new ChangeFanOut(INTERVAL_MILLIS, System::currentTimeMillis,
                    (task, delay) -> scheduler.schedule(task, delay, TimeUnit.MILLISECONDS), topic::publish);
            subscription = topic;
            PublicCache.fanOutTo(fanOut::changed);
            LOG.info("Llais: the public cache hears of the changes of every instance of the cluster (topic " + TOPIC + ")");
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Llais: could not join the data grid's topic; the public cache sees the changes of "
                    + "this instance only and those of the others within its time to live", e);
        }
    }

    @PreDestroy
    void stop() {
        PublicCache.fanOutTo(null);
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "leaving the topic", e);
            }
        }
    }

    /** Payara's Hazelcast instance, or null when the server runs without a data grid. */
    private static Object lookupGrid() {
        try {
            return new InitialContext().lookup(HAZELCAST_JNDI);
        } catch (NamingException | RuntimeException e) {
            return null;
        }
    }
}
