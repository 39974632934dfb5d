package cymru.llais.concerns.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a concern is in its life; each status knows which may follow it. */
public enum ConcernStatus {
    RECEIVED, ACKNOWLEDGED, IN_PROGRESS, REFERRED, CLOSED;

    public Set<ConcernStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, REFERRED, CLOSED);
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, REFERRED, CLOSED);
            case IN_PROGRESS -> EnumSet.of(REFERRED, CLOSED);
            case REFERRED -> EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.of(IN_PROGRESS);
        };
    }

    public boolean canBecome(ConcernStatus other) {
        return next().contains(other);
    }

    /** The key of its name in the bundles. */
    public String key() {
        return "concerns.status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
