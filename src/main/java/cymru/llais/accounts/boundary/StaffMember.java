package cymru.llais.accounts.boundary;

import cymru.llais.accounts.entity.Role;
import cymru.llais.shared.Language;

import java.util.Set;

/**
 * A staff account as other capabilities see it: who, which partner, which teams, which role, and a
 * councillor's wards. Never the password hash.
 */
public record StaffMember(Long id, String email, String displayName, Role role, Long partnerId, Set<Long> teamIds,
                          Language language, boolean active, Set<String> wardCodes) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isCouncillor() {
        return role == Role.COUNCILLOR;
    }
}
