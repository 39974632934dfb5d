package cymru.llais.concerns.boundary;

import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.concerns.entity.Publication;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;

import java.time.Instant;
import java.util.List;

/**
 * A concern as a councillor moderates it: its text now and, when edited, the resident's original; what
 * held it; never the reporter's e-mail address. Sensitive concerns are never made into one.
 */
public record ModerationItem(Long id, String reference, String categoryCode, BilingualText categoryName, WardInfo ward,
                             Double latitude, Double longitude, String locationText, String description,
                             String originalDescription, String originalLocationText, Language language,
                             ConcernStatus status, Publication publication, List<String> heldFor,
                             BilingualText hiddenReason, String mergedInto, Instant createdAt) {

    public boolean isRedacted() {
        return originalDescription != null || originalLocationText != null;
    }

    public boolean hasPin() {
        return latitude != null && longitude != null;
    }

    public String excerpt() {
        return description.length() <= 160 ? description : description.substring(0, 160) + "…";
    }
}
