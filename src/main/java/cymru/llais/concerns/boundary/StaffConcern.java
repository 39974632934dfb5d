package cymru.llais.concerns.boundary;

import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.concerns.entity.Publication;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;

import java.time.Instant;
import java.util.List;

/**
 * A concern as the partner staff who hold it see it: everything, sensitive ones, the reporter's e-mail and
 * the resident's original words of an edited text included.
 */
public record StaffConcern(Long id, String reference, String categoryCode, BilingualText categoryName, boolean sensitive,
                           WardInfo ward, Double latitude, Double longitude, String locationText, String description,
                           Language language, String reporterEmail, ConcernStatus status, Instant createdAt,
                           List<ConcernView.Step> history, boolean hasPhoto, Publication publication,
                           String originalDescription, String originalLocationText) {

    public boolean isRedacted() {
        return originalDescription != null || originalLocationText != null;
    }

    public boolean hasPin() {
        return latitude != null && longitude != null;
    }

    public String excerpt() {
        return description.length() <= 140 ? description : description.substring(0, 140) + "…";
    }
}
