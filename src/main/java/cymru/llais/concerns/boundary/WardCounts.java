package cymru.llais.concerns.boundary;

import java.util.Map;

/**
 * How many concerns a ward had in a period: received, by category code (non-sensitive categories only), received
 * in a sensitive category (one number, never by category), and closed in it. A merged duplicate is not counted.
 */
public record WardCounts(Map<String, Long> receivedByCategory, long sensitiveReceived, long closed) {

    public WardCounts {
        receivedByCategory = Map.copyOf(receivedByCategory);
    }

    public long received() {
        return receivedByCategory.values().stream().mapToLong(Long::longValue).sum() + sensitiveReceived;
    }
}
