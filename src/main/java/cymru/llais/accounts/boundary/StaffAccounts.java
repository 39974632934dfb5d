package cymru.llais.accounts.boundary;

import cymru.llais.accounts.control.PasswordHashing;
import cymru.llais.accounts.control.PasswordRules;
import cymru.llais.accounts.entity.Role;
import cymru.llais.accounts.entity.StaffAccount;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Staff accounts: created by the administrator (or the demo data), found by e-mail or id. */
@ApplicationScoped
public class StaffAccounts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{1,63}");

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Clock clock;

    /** The outcome of creating an account: the new member, or the bundle key of what is wrong. */
    public record Created(StaffMember member, String errorKey) {
    }

    @Transactional
    public Created create(String email, String displayName, String password, Role role, Long partnerId,
                          Set<Long> teamIds, Language language) {
        return create(email, displayName, password, role, partnerId, teamIds, language, Set.of());
    }

    /** Creates an account; a councillor needs at least one ward, and only councillors have wards. */
    @Transactional
    public Created create(String email, String displayName, String password, Role role, Long partnerId,
                          Set<Long> teamIds, Language language, Set<String> wardCodes) {
        Set<String> wards = wardCodes == null ? Set.of() : wardCodes;
        if (role == Role.COUNCILLOR && wards.isEmpty()) {
            return new Created(null, "accounts.error.wards.required");
        }
        if (role != Role.COUNCILLOR && !wards.isEmpty()) {
            return new Created(null, "accounts.error.wards.councillorsOnly");
        }
        String normalised = StaffAccount.normalise(email);
        if (normalised == null || normalised.length() > 254 || !EMAIL.matcher(normalised).matches()) {
            return new Created(null, "accounts.error.email.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            return new Created(null, "accounts.error.name.required");
        }
        Optional<String> weak = PasswordRules.check(password, normalised);
        if (weak.isPresent()) {
            return new Created(null, weak.get());
        }
        if (role == null || partnerId == null) {
            return new Created(null, "accounts.error.partner.required");
        }
        if (find(normalised).isPresent()) {
            return new Created(null, "accounts.error.email.taken");
        }
        StaffAccount account = new StaffAccount(normalised, displayName, PasswordHashing.hash(password.toCharArray()), role,
                partnerId, language, teamIds, clock.instant());
        account.assignWards(wards);
        em.persist(account);
        em.flush();
        return new Created(member(account), null);
    }

    public Optional<StaffMember> find(String email) {
        return em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", StaffAccount.normalise(email)).getResultStream().findFirst().map(StaffAccounts::member);
    }

    public Optional<StaffMember> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(StaffAccount.class, id)).map(StaffAccounts::member);
    }

    public List<StaffMember> all() {
        return em.createQuery("SELECT s FROM StaffAccount s ORDER BY s.displayName", StaffAccount.class).getResultList()
                .stream().map(StaffAccounts::member).toList();
    }

    /** Every active account with this role (the administrators, to tell them of an escalation). */
    public List<StaffMember> withRole(Role role) {
        return em.createQuery("SELECT s FROM StaffAccount s WHERE s.role = :role AND s.active = true ORDER BY s.id", StaffAccount.class)
                .setParameter("role", role).getResultList().stream().map(StaffAccounts::member).toList();
    }

    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(s) FROM StaffAccount s", Long.class).getSingleResult() == 0;
    }

    static StaffMember member(StaffAccount a) {
        return new StaffMember(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole(), a.getPartnerId(), a.getTeamIds(),
                a.getLanguage(), a.isActive(), a.getWardCodes());
    }
}
