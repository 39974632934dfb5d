package cymru.llais.concerns.boundary;

import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;

import java.time.Instant;
import java.util.List;

/** A concern as shown to the public (and to its reporter): never the reporter's e-mail. */
public record ConcernView(String reference, String categoryCode, BilingualText categoryName, boolean sensitive,
                          WardInfo ward, Double latitude, Double longitude, String locationText,
                          String description, Language language, ConcernStatus status, Instant createdAt,
                          List<Step> history, boolean hasPhoto) {

    /** One step of the status history. */
    public record Step(ConcernStatus status, Instant at) {
    }

    public boolean hasPin() {
        return latitude != null && longitude != null;
    }
}
