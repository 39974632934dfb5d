package cymru.llais.accounts.boundary;

import cymru.llais.accounts.control.PasswordHashing;
import cymru.llais.accounts.control.SignInGuard;
import cymru.llais.accounts.entity.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Checks staff sign-ins against the accounts table: PBKDF2 hashes, inactive accounts refused,
 * and the lock-out of {@link SignInGuard}. The caller's name is the e-mail address; the group is the role.
 * A refused sign-in is counted by the {@link ResidentIdentityStore}, which is asked next: counted here, the
 * fifth attempt of a resident would lock the address before their own store could let them in.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    SignInGuard guard;

    @Inject
    Clock clock;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = StaffAccount.normalise(login.getCaller());
        if (email == null || email.isEmpty() || email.length() > 254) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (guard.isLocked(email, clock.instant())) {
            PasswordHashing.verify(login.getPassword().getValue(), null);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<StaffAccount> account = em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", email).getResultStream().findFirst();
        boolean ok = PasswordHashing.verify(login.getPassword().getValue(), account.map(StaffAccount::getPasswordHash).orElse(null))
                && account.get().isActive();
        if (!ok) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        guard.succeeded(email);
        return new CredentialValidationResult(email, Set.of(account.get().getRole().name()));
    }
}
