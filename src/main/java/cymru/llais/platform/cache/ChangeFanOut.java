package cymru.llais.platform.cache;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns this instance's committed changes into "something changed" messages to the other instances of a cluster,
 * coalesced: a burst of commits (hundreds a second under load) sends one message at once and then at most one per
 * interval, never one per commit. Never misses a change: a commit that happens before a message is sent is covered by
 * that message (the receivers only move their version on, so one message stands for any number of changes), and a
 * commit that happens after the last message was taken out of the queue schedules another one.
 */
public final class ChangeFanOut {

    /** Runs a task once after a delay (a single daemon thread, see ClusterChanges; a hand-driven one in the tests). */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, long delayMillis);
    }

    private static final Logger LOG = Logger.getLogger(ChangeFanOut.class.getName());
    private static final long QUIET_LOG_MILLIS = 60_000;

    private final long intervalMillis;
    private final LongSupplier clock;
    private final Scheduler scheduler;
    private final Runnable publish;
    /** A message is scheduled and has not started yet: a change now is covered by it. */
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastSentMillis;
    private volatile boolean sentBefore;
    private volatile long lastFailureLoggedMillis;
    private volatile boolean failureLogged;

    public ChangeFanOut(long intervalMillis, LongSupplier clock, Scheduler scheduler, Runnable publish) {
        this.intervalMillis = intervalMillis;
        this.clock = clock;
        this.scheduler = scheduler;
        this.publish = publish;
    }

    /** A change committed on this instance: the other instances hear of it at once, or one interval after the last message. */
    public void changed() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        long delay = sentBefore ? Math.max(0, lastSentMillis + intervalMillis - clock.getAsLong()) : 0;
        try {
            scheduler.schedule(this::send, delay);
        } catch (RejectedExecutionException e) {
            // the server is stopping: nothing to tell anyone; let a later change try again
            pending.set(false);
        }
    }

    private void send() {
        // the time first, then the flag: a change that finds the flag down computes its delay from this message
        lastSentMillis = clock.getAsLong();
        sentBefore = true;
        pending.set(false);
        try {
            publish.run();
        } catch (RuntimeException e) {
            // the data grid is leaving or partitioned: the other instances see the change within their time to live
            long now = clock.getAsLong();
            if (!failureLogged || now - lastFailureLoggedMillis >= QUIET_LOG_MILLIS) {
                failureLogged = true;
                lastFailureLoggedMillis = now;
                LOG.log(Level.WARNING, "Could not tell the other instances that public data changed (they see it when "
                        + "their cached entries expire): {0}", e.toString());
            }
        }
    }
}
