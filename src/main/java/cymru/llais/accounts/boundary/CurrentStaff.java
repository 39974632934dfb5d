package cymru.llais.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/** The signed-in member of staff of this request, if any. Every staff page and action asks it who is there. */
@Named
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext security;

    @Inject
    StaffAccounts accounts;

    private Optional<StaffMember> member;

    public Optional<StaffMember> get() {
        if (member == null) {
            Principal principal = security.getCallerPrincipal();
            member = principal == null ? Optional.empty() : accounts.find(principal.getName()).filter(StaffMember::active);
        }
        return member;
    }

    /** The member, or an exception the caller turns into a refusal. */
    public StaffMember require() {
        return get().orElseThrow(() -> new SecurityException("not signed in"));
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public boolean isAdmin() {
        return get().map(StaffMember::isAdmin).orElse(false);
    }

    public boolean isCouncillor() {
        return get().map(StaffMember::isCouncillor).orElse(false);
    }

    public String getDisplayName() {
        return get().map(StaffMember::displayName).orElse("");
    }
}
