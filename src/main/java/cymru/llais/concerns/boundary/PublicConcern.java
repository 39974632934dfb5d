package cymru.llais.concerns.boundary;

import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;

import java.time.Instant;

/**
 * A concern that the public may see, as feeds and open APIs give it: never a sensitive one, never
 * the reporter's e-mail. {@code id} is the internal id, for other capabilities' look-ups (who holds it).
 */
public record PublicConcern(Long id, String reference, String categoryCode, BilingualText categoryName,
                            Double latitude, Double longitude, String locationText, String description,
                            Language language, ConcernStatus status, Instant createdAt, Instant updatedAt,
                            boolean hasPhoto) {

    public boolean hasPin() {
        return latitude != null && longitude != null;
    }
}
