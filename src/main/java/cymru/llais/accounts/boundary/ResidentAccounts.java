package cymru.llais.accounts.boundary;

import cymru.llais.accounts.control.FieldError;
import cymru.llais.accounts.control.PasswordHashing;
import cymru.llais.accounts.control.ResidentRules;
import cymru.llais.accounts.control.ResidentTokens;
import cymru.llais.accounts.control.SignInGuard;
import cymru.llais.accounts.entity.ResidentAccount;
import cymru.llais.accounts.entity.TokenPurpose;
import cymru.llais.concerns.boundary.ConcernLine;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.shared.EmailAddress;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Residents' accounts: sign-up with a verified address, password resets by e-mailed single-use links,
 * settings, and the concerns a resident follows. No answer tells whether an address has an account:
 * what happens differs only in the e-mail that goes to the address itself.
 */
@ApplicationScoped
public class ResidentAccounts {

    /** Callers are named {@code resident:<id>}, so a resident is never mistaken for a member of staff with the same address. */
    static final String CALLER_PREFIX = "resident:";

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ResidentTokens tokens;

    @Inject
    SignInGuard guard;

    @Inject
    Concerns concerns;

    @Inject
    Event<AccountMail> mail;

    @Inject
    Event<ConcernFollowed> followed;

    /** How a request that needs a link (and perhaps a password) ended. */
    public enum Status { DONE, INVALID_INPUT, INVALID_LINK, WRONG_PASSWORD }

    /**
     * The outcome: its status, what was wrong with the form, how many earlier reports the account claimed,
     * and (when a link was used) the account's address, to sign the resident in.
     */
    public record Outcome(Status status, List<FieldError> errors, int claimed, String email) {
        static Outcome done(int claimed, String email) {
            return new Outcome(Status.DONE, List.of(), claimed, email);
        }

        static Outcome of(Status status) {
            return new Outcome(status, List.of(), 0, null);
        }

        static Outcome invalid(List<FieldError> errors) {
            return new Outcome(Status.INVALID_INPUT, List.copyOf(errors), 0, null);
        }

        public boolean done() {
            return status == Status.DONE;
        }
    }

    /**
     * Creates an unverified account and e-mails a link to verify its address. When the address already has an
     * account, nothing is created and its owner is told instead; the answer is the same either way.
     */
    @Transactional
    public Outcome signUp(String email, String password, String passwordAgain, String language, String displayName) {
        List<FieldError> errors = ResidentRules.signUp(email, password, passwordAgain, language, displayName);
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        // hashed whether or not the address has an account, so that the time taken tells nothing either
        String hash = PasswordHashing.hash(password.toCharArray());
        String address = EmailAddress.normalise(email);
        Optional<ResidentAccount> existing = byEmail(address);
        if (existing.isPresent()) {
            mail.fire(AccountMail.to(existing.get(), AccountMail.Kind.ALREADY_REGISTERED, null));
            return Outcome.done(0, null);
        }
        Instant now = clock.instant();
        ResidentAccount account = new ResidentAccount(address, hash, Language.fromCode(language).orElseThrow(), displayName, now);
        em.persist(account);
        em.flush();
        String token = tokens.issue(account.getId(), TokenPurpose.VERIFY, now);
        mail.fire(AccountMail.to(account, AccountMail.Kind.VERIFY, token));
        return Outcome.done(0, null);
    }

    /** Whether a verification link still works (the landing page asks before it shows its form). */
    public boolean verificationLinkWorks(String token) {
        return tokens.check(token, TokenPurpose.VERIFY, clock.instant()).isPresent();
    }

    /** Whether a reset link still works. */
    public boolean resetLinkWorks(String token) {
        return tokens.check(token, TokenPurpose.RESET, clock.instant()).isPresent();
    }

    /**
     * Verifies the address of an account: the link proves the mailbox, the password proves the person who
     * signed up, so that someone who signs up with another's address cannot have them verify it unawares.
     * The account then claims the earlier reports made with its address.
     */
    @Transactional
    public Outcome verify(String token, String password) {
        Instant now = clock.instant();
        Optional<ResidentAccount> account = tokens.check(token, TokenPurpose.VERIFY, now).map(id -> em.find(ResidentAccount.class, id));
        if (account.isEmpty()) {
            return Outcome.of(Status.INVALID_LINK);
        }
        ResidentAccount a = account.get();
        if (password == null || password.length() > 200 || guard.isLocked(a.getEmail(), now)
                || !PasswordHashing.verify(password.toCharArray(), a.getPasswordHash())) {
            guard.failed(a.getEmail(), now);
            return Outcome.of(Status.WRONG_PASSWORD);
        }
        if (tokens.redeem(token, TokenPurpose.VERIFY, now).isEmpty()) {
            return Outcome.of(Status.INVALID_LINK);
        }
        return Outcome.done(verified(a, now), a.getEmail());
    }

    /** E-mails a new verification link when the address has an account that is not verified yet; otherwise nothing. */
    @Transactional
    public void resendVerification(String email) {
        if (!EmailAddress.isValid(email)) {
            return;
        }
        byEmail(EmailAddress.normalise(email)).filter(a -> !a.isVerified()).ifPresent(a -> {
            String token = tokens.issue(a.getId(), TokenPurpose.VERIFY, clock.instant());
            mail.fire(AccountMail.to(a, AccountMail.Kind.VERIFY, token));
        });
    }

    /** E-mails a reset link (and makes older ones useless) when the address has an account; otherwise nothing. */
    @Transactional
    public void requestReset(String email) {
        if (!EmailAddress.isValid(email)) {
            return;
        }
        byEmail(EmailAddress.normalise(email)).ifPresent(a -> {
            String token = tokens.issue(a.getId(), TokenPurpose.RESET, clock.instant());
            mail.fire(AccountMail.to(a, AccountMail.Kind.RESET, token));
        });
    }

    /**
     * Sets a new password through a reset link, which is then used up. The link proves the mailbox, so an
     * account that was not verified yet is verified by it (and claims its earlier reports), and a lock-out
     * of the address ends.
     */
    @Transactional
    public Outcome resetPassword(String token, String password, String passwordAgain) {
        Instant now = clock.instant();
        Optional<ResidentAccount> account = tokens.check(token, TokenPurpose.RESET, now).map(id -> em.find(ResidentAccount.class, id));
        if (account.isEmpty()) {
            return Outcome.of(Status.INVALID_LINK);
        }
        ResidentAccount a = account.get();
        List<FieldError> errors = ResidentRules.newPassword(password, passwordAgain, a.getEmail());
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        if (tokens.redeem(token, TokenPurpose.RESET, now).isEmpty()) {
            return Outcome.of(Status.INVALID_LINK);
        }
        a.changePassword(PasswordHashing.hash(password.toCharArray()));
        guard.succeeded(a.getEmail());
        return Outcome.done(verified(a, now), a.getEmail());
    }

    private int verified(ResidentAccount account, Instant now) {
        if (!account.verify(now)) {
            return 0;
        }
        return concerns.claimByEmail(account.getEmail(), account.getId());
    }

    /** Changes the password of a signed-in resident, who gives the current one. */
    @Transactional
    public Outcome changePassword(Long residentId, String current, String password, String passwordAgain) {
        ResidentAccount a = em.find(ResidentAccount.class, residentId);
        if (a == null) {
            return Outcome.of(Status.INVALID_LINK);
        }
        if (current == null || current.length() > 200 || !PasswordHashing.verify(current.toCharArray(), a.getPasswordHash())) {
            return Outcome.invalid(List.of(FieldError.of("currentPassword", "accounts.error.password.current")));
        }
        List<FieldError> errors = ResidentRules.newPassword(password, passwordAgain, a.getEmail());
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        a.changePassword(PasswordHashing.hash(password.toCharArray()));
        return Outcome.done(0, null);
    }

    /** Changes the language of a resident's e-mails and their optional name. */
    @Transactional
    public Outcome changeSettings(Long residentId, String language, String displayName) {
        ResidentAccount a = em.find(ResidentAccount.class, residentId);
        if (a == null) {
            return Outcome.of(Status.INVALID_LINK);
        }
        List<FieldError> errors = ResidentRules.settings(language, displayName);
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        a.changeLanguage(Language.fromCode(language).orElseThrow());
        a.rename(displayName);
        return Outcome.done(0, null);
    }

    public Optional<Resident> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ResidentAccount.class, id)).map(ResidentAccounts::resident);
    }

    /** The resident a signed-in caller is, by the caller's name. */
    public Optional<Resident> ofCaller(String callerName) {
        if (callerName == null || !callerName.startsWith(CALLER_PREFIX)) {
            return Optional.empty();
        }
        try {
            return find(Long.valueOf(callerName.substring(CALLER_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String callerName(Long residentId) {
        return CALLER_PREFIX + residentId;
    }

    Optional<ResidentAccount> byEmail(String normalisedEmail) {
        return em.createNamedQuery(ResidentAccount.BY_EMAIL, ResidentAccount.class).setParameter("email", normalisedEmail)
                .getResultStream().findFirst();
    }

    // ---- following concerns

    /** The resident follows a concern they may see (a public one, or a sensitive one they reported); false otherwise. */
    @Transactional
    public boolean follow(Long residentId, String reference) {
        Optional<Long> concernId = concerns.visibleTo(reference, residentId);
        if (residentId == null || concernId.isEmpty()) {
            return false;
        }
        // INSERT IGNORE: following twice (a double click) is following once
        em.createNativeQuery("INSERT IGNORE INTO concern_follower (concern_id, resident_id, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, concernId.get()).setParameter(2, residentId)
                .setParameter(3, java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).executeUpdate();
        ResidentAccount account = em.find(ResidentAccount.class, residentId);
        if (account != null) {
            followed.fire(new ConcernFollowed(concernId.get(), residentId, account.getEmail()));
        }
        return true;
    }

    @Transactional
    public void unfollow(Long residentId, String reference) {
        concerns.idOf(reference).ifPresent(id -> em.createQuery(
                        "DELETE FROM ConcernFollower f WHERE f.concernId = :concern AND f.residentId = :resident")
                .setParameter("concern", id).setParameter("resident", residentId).executeUpdate());
    }

    public boolean follows(Long residentId, String reference) {
        return residentId != null && concerns.idOf(reference).map(id -> em.createQuery(
                        "SELECT COUNT(f) FROM ConcernFollower f WHERE f.concernId = :concern AND f.residentId = :resident", Long.class)
                .setParameter("concern", id).setParameter("resident", residentId).getSingleResult() > 0).orElse(false);
    }

    /** The concerns a resident follows, the most recently followed first. */
    public List<ConcernLine> subscriptions(Long residentId) {
        List<Long> ids = em.createQuery("SELECT f.concernId FROM ConcernFollower f WHERE f.residentId = :resident"
                        + " ORDER BY f.createdAt DESC, f.concernId DESC", Long.class)
                .setParameter("resident", residentId).getResultList();
        return concerns.lines(ids, residentId);
    }

    // ---- demo data

    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(r) FROM ResidentAccount r", Long.class).getSingleResult() == 0;
    }

    /** A verified account for the demo data, which claims the demo reports made with its address. */
    @Transactional
    public Resident createVerified(String email, String password, Language language, String displayName) {
        Instant now = clock.instant();
        ResidentAccount account = new ResidentAccount(email, PasswordHashing.hash(password.toCharArray()), language, displayName, now);
        em.persist(account);
        em.flush();
        verified(account, now);
        return resident(account);
    }

    static Resident resident(ResidentAccount a) {
        return new Resident(a.getId(), a.getEmail(), a.getDisplayName(), a.getLanguage(), a.getVerifiedAt(), a.getCreatedAt());
    }
}
