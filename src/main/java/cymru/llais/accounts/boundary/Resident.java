package cymru.llais.accounts.boundary;

import cymru.llais.shared.Language;

import java.time.Instant;

/** A resident's account as the rest of the portal sees it. Never the password hash. */
public record Resident(Long id, String email, String displayName, Language language, Instant verifiedAt, Instant createdAt) {

    public boolean verified() {
        return verifiedAt != null;
    }
}
