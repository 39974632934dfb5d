package cymru.llais.concerns.boundary;

import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;

import java.time.Instant;

/** A line in the public list of concerns. */
public record ConcernSummary(String reference, String categoryCode, BilingualText categoryName, String wardCode,
                             BilingualText wardName, Double latitude, Double longitude, String excerpt,
                             Language language, ConcernStatus status, Instant createdAt) {
}
