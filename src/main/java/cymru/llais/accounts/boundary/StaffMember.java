package cymru.llais.accounts.boundary;

import cymru.llais.accounts.entity.Role;
import cymru.llais.shared.Language;

import java.util.Set;

/** A staff account as other capabilities see it: who, which partner, which teams, which role. Never the password hash. */
public record StaffMember(Long id, String email, String displayName, Role role, Long partnerId, Set<Long> teamIds,
                          Language language, boolean active) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
