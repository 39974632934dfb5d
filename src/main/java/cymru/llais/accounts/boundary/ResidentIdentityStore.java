package cymru.llais.accounts.boundary;

import cymru.llais.accounts.control.PasswordHashing;
import cymru.llais.accounts.control.SignInGuard;
import cymru.llais.accounts.entity.ResidentAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Checks residents' sign-ins on the same form as staff: PBKDF2 hashes, unverified accounts refused, and the
 * same lock-out per address. Jakarta Security asks the {@link StaffIdentityStore} first (priority 100, this
 * one 200) and asks this one only when that one refused; so this store counts the failure of every attempt
 * that neither lets in (staff or resident, account or not), once, and clears the count when it lets a
 * resident in. The caller is {@code resident:<id>}, in the group {@value ResidentAccount#ROLE}.
 */
@ApplicationScoped
public class ResidentIdentityStore implements IdentityStore {

    static final int PRIORITY = 200;

    @Inject
    ResidentAccounts accounts;

    @Inject
    SignInGuard guard;

    @Inject
    Clock clock;

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = ResidentAccount.normalise(login.getCaller());
        if (email == null || email.isEmpty() || email.length() > 254) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (guard.isLocked(email, clock.instant())) {
            // no hash here: the staff store has spent one on this attempt, and a lock-out is per address, account or not
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<ResidentAccount> account = accounts.byEmail(email);
        boolean ok = PasswordHashing.verify(login.getPassword().getValue(), account.map(ResidentAccount::getPasswordHash).orElse(null))
                && account.get().isVerified();
        if (!ok) {
            guard.failed(email, clock.instant());
            return CredentialValidationResult.INVALID_RESULT;
        }
        guard.succeeded(email);
        return new CredentialValidationResult(ResidentAccounts.callerName(account.get().getId()), Set.of(ResidentAccount.ROLE));
    }
}
