package cymru.llais.platform.cache;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeFanOutTest {

    private final AtomicLong now = new AtomicLong(5_000_000);
    private final AtomicInteger sent = new AtomicInteger();
    /** Scheduled tasks with the time they are due, run by hand. */
    private final List<long[]> due = new ArrayList<>();
    private final List<Runnable> tasks = new ArrayList<>();
    private final ChangeFanOut fanOut = new ChangeFanOut(100, now::get, (task, delay) -> {
        due.add(new long[]{now.get() + delay});
        tasks.add(task);
    }, sent::incrementAndGet);

    /** Runs every task due by now, in order. */
    private void runDue() {
        for (int i = 0; i < tasks.size(); i++) {
            if (due.get(i)[0] <= now.get()) {
                Runnable task = tasks.remove(i);
                due.remove(i);
                task.run();
                i = -1;
            }
        }
    }

    @Test
    void aSingleChangeIsSentAtOnce() {
        fanOut.changed();
        assertEquals(0, due.get(0)[0] - now.get());
        runDue();
        assertEquals(1, sent.get());
    }

    @Test
    void aBurstOfThreeHundredCommitsSendsOneMessageAndAtMostOneMoreAnIntervalLater() {
        for (int i = 0; i < 300; i++) {
            fanOut.changed();
            if (i == 0) {
                runDue();
            }
            now.addAndGet(i % 10 == 0 ? 1 : 0);
        }
        assertEquals(1, sent.get(), "the first commit's message went at once");
        assertEquals(1, tasks.size(), "the 299 others wait for one message");
        assertEquals(5_000_000 + 100, due.get(0)[0], "an interval after the first");
        runDue();
        assertEquals(1, sent.get(), "not before it is due");
        now.set(5_000_100);
        runDue();
        assertEquals(2, sent.get());
        assertEquals(0, tasks.size(), "nothing more to send");
    }

    @Test
    void aChangeCommittedWhileTheMessageIsBeingSentGetsAMessageOfItsOwn() {
        List<Runnable> queued = new ArrayList<>();
        AtomicInteger publishes = new AtomicInteger();
        ChangeFanOut[] fanOuts = new ChangeFanOut[1];
        fanOuts[0] = new ChangeFanOut(100, now::get, (task, delay) -> queued.add(task), () -> {
            if (publishes.incrementAndGet() == 1) {
                fanOuts[0].changed(); // another commit, after the message was taken: it may not be in this message's past
            }
        });
        fanOuts[0].changed();
        queued.remove(0).run();
        assertEquals(1, queued.size(), "the change made during the send is scheduled again, not lost");
        queued.remove(0).run();
        assertEquals(2, publishes.get());
    }

    @Test
    void changesComingWhileAMessageIsScheduledAreCoveredByIt() {
        fanOut.changed();
        fanOut.changed();
        fanOut.changed();
        assertEquals(1, tasks.size());
        runDue();
        assertEquals(1, sent.get());
        now.addAndGet(500);
        fanOut.changed();
        assertEquals(0, due.get(0)[0] - now.get(), "long after the last message: sent at once");
        runDue();
        assertEquals(2, sent.get());
    }

    @Test
    void aFailedSendOrAStoppingSchedulerDoesNotStopLaterMessages() {
        AtomicInteger attempts = new AtomicInteger();
        List<Runnable> queued = new ArrayList<>();
        boolean[] reject = {true};
        ChangeFanOut failing = new ChangeFanOut(100, now::get, (task, delay) -> {
            if (reject[0]) {
                throw new RejectedExecutionException("stopping");
            }
            queued.add(task);
        }, () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("grid left");
        });
        failing.changed();
        assertEquals(0, queued.size());
        reject[0] = false;
        failing.changed();
        assertEquals(1, queued.size(), "a rejected schedule leaves nothing pending");
        queued.remove(0).run();
        assertEquals(1, attempts.get());
        now.addAndGet(100);
        failing.changed();
        queued.remove(0).run();
        assertEquals(2, attempts.get(), "a failed send does not stop the next");
    }
}
