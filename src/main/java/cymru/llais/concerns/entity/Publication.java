package cymru.llais.concerns.entity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the public may see a concern. Only a PUBLISHED concern is listed, mapped, counted or given by
 * the APIs; a HIDDEN one shows only its reference, status and the public reason; a MERGED one points to
 * the concern it was merged into; one AWAITING_MODERATION is seen by its reporter and the councillors only.
 */
public enum Publication {
    PUBLISHED, AWAITING_MODERATION, HIDDEN, MERGED;

    public Set<Publication> next() {
        return switch (this) {
            case AWAITING_MODERATION -> EnumSet.of(PUBLISHED, HIDDEN, MERGED);
            case PUBLISHED -> EnumSet.of(AWAITING_MODERATION, HIDDEN, MERGED);
            case HIDDEN -> EnumSet.of(PUBLISHED, MERGED);
            case MERGED -> EnumSet.noneOf(Publication.class);
        };
    }

    public boolean canBecome(Publication other) {
        return next().contains(other);
    }

    public boolean isPublic() {
        return this == PUBLISHED;
    }

    /** The key of its name in the bundles. */
    public String key() {
        return "moderation.publication." + name().toLowerCase(Locale.ROOT);
    }
}
