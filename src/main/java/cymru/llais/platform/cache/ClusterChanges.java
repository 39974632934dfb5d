package cymru.llais.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes a change committed on one instance of a cluster stale every instance's {@link PublicCache} at once: through
 * the Hazelcast data grid Payara Micro runs for the cluster (JNDI {@code payara/Hazelcast}), an ITopic carries
 * "something changed" messages, at most one per {@value #INTERVAL_MILLIS} ms per instance ({@link ChangeFanOut}); an
 * instance that hears one moves its cache's version on. An instance started with {@code --nohazelcast} (alone: the run
 * command, the image, the benchmarks) has no data grid: then nothing is sent and nothing fails (the Arquillian tests'
 * single Payara runs a one-member grid: its messages come back only to itself, which ignores them).
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

    private AutoCloseable subscription;
    /**
     * One plain daemon thread sends the messages. Not the container's managed scheduler: that one captures the
     * caller's component context with each task, and a change is committed in any component (the start-up singleton
     * loading the demo data, an EJB timer): its entity managers were then closed twice, which failed the deployment.
     * Sending a message needs no context.
     */
    private ScheduledExecutorService sender;

    @PostConstruct
    void start() {
        Object grid = lookupGrid();
        try {
            GridTopic topic = grid == null ? null : GridTopic.join(grid, TOPIC, PublicCache::changedElsewhere);
            if (topic == null) {
                LOG.info("Llais: no data grid (the portal runs alone); the public cache sees the changes of this instance only");
                return;
            }
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread t = new Thread(task, "llais-public-cache-changes");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            sender = executor;
            ScheduledExecutorService out = executor;
            ChangeFanOut fanOut = new ChangeFanOut(INTERVAL_MILLIS, System::currentTimeMillis,
                    (task, delay) -> out.schedule(task, delay, TimeUnit.MILLISECONDS), topic::publish);
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
        if (sender != null) {
            sender.shutdownNow();
        }
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
