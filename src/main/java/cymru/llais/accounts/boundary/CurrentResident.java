package cymru.llais.accounts.boundary;

import cymru.llais.accounts.entity.ResidentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/** The signed-in resident of this request, if any. Every resident's page and action asks it who is there. */
@Named
@RequestScoped
public class CurrentResident {

    @Inject
    SecurityContext security;

    @Inject
    ResidentAccounts accounts;

    private Optional<Resident> resident;

    public Optional<Resident> get() {
        if (resident == null) {
            Principal principal = security.getCallerPrincipal();
            resident = principal == null || !security.isCallerInRole(ResidentAccount.ROLE)
                    ? Optional.empty() : accounts.ofCaller(principal.getName()).filter(Resident::verified);
        }
        return resident;
    }

    /** The resident, or an exception the caller turns into a refusal. */
    public Resident require() {
        return get().orElseThrow(() -> new SecurityException("not signed in as a resident"));
    }

    /** The account's id, or null when no resident is signed in. */
    public Long id() {
        return get().map(Resident::id).orElse(null);
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    /** Whether anyone (a resident or a member of staff) is signed in. */
    public boolean isAnyoneSignedIn() {
        return security.getCallerPrincipal() != null;
    }
}
