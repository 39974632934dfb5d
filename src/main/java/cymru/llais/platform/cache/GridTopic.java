package cymru.llais.platform.cache;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

import java.util.UUID;

/**
 * The cluster's "public data changed" topic in Payara's Hazelcast. A message holds only the sending instance's own
 * random identity (no data, nothing personal), so an instance ignores its own messages, which the topic also
 * delivers to it; any other message runs {@code onOtherInstanceChange} (on a Hazelcast event thread: it must be quick).
 */
final class GridTopic implements AutoCloseable {

    private final ITopic<String> topic;
    private final String self = UUID.randomUUID().toString();
    private final UUID registration;

    private GridTopic(HazelcastInstance grid, String name, Runnable onOtherInstanceChange) {
        this.topic = grid.getTopic(name);
        this.registration = topic.addMessageListener(message -> {
            if (!self.equals(message.getMessageObject())) {
                onOtherInstanceChange.run();
            }
        });
    }

    /** Joins the topic of {@code grid} (Payara's {@link HazelcastInstance}), or null when that grid is not running. */
    static GridTopic join(Object grid, String name, Runnable onOtherInstanceChange) {
        if (!(grid instanceof HazelcastInstance instance) || !instance.getLifecycleService().isRunning()) {
            return null;
        }
        return new GridTopic(instance, name, onOtherInstanceChange);
    }

    /** Tells every other instance that something changed. */
    void publish() {
        topic.publish(self);
    }

    @Override
    public void close() {
        topic.removeMessageListener(registration);
    }
}
