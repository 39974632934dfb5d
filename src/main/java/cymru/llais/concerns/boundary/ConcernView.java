package cymru.llais.concerns.boundary;

import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.concerns.entity.Publication;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;

import java.time.Instant;
import java.util.List;

/**
 * A concern as shown to the public (and to its reporter): never the reporter's e-mail, never the original
 * of an edited text. Only a {@link Publication#PUBLISHED} one is shown whole to the public: a hidden one
 * shows its reference, status and {@code hiddenReason}; a merged one points to {@code mergedInto}.
 */
public record ConcernView(String reference, String categoryCode, BilingualText categoryName, boolean sensitive,
                          WardInfo ward, Double latitude, Double longitude, String locationText,
                          String description, Language language, ConcernStatus status, Instant createdAt,
                          List<Step> history, boolean hasPhoto, Publication publication, BilingualText hiddenReason,
                          String mergedInto) {

    /** One step of the status history. */
    public record Step(ConcernStatus status, Instant at) {
    }

    public boolean isPublished() {
        return publication == Publication.PUBLISHED;
    }

    public boolean isHidden() {
        return publication == Publication.HIDDEN;
    }

    public boolean isMerged() {
        return publication == Publication.MERGED;
    }

    public boolean isAwaitingModeration() {
        return publication == Publication.AWAITING_MODERATION;
    }

    public boolean hasPin() {
        return latitude != null && longitude != null;
    }
}
