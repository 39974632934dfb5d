package cymru.llais.privacy.boundary;

import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.accounts.control.LinkTokens;
import cymru.llais.i18n.Messages;
import cymru.llais.platform.MailLayout;
import cymru.llais.platform.MailLayout.Paragraph;
import cymru.llais.platform.Mailer;
import cymru.llais.platform.PortalSettings;
import cymru.llais.privacy.control.ErasureMode;
import cymru.llais.shared.EmailAddress;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Erasure requests of people without an account (or who can no longer sign in), carried out by an
 * administrator: the administrator enters the address the person wrote from, the portal e-mails a
 * single-use link to it, and the erasure happens only when the person confirms through that link, so that
 * nobody can erase someone else's reports by naming their address. The address is forgotten once the request
 * is done or has expired.
 */
@ApplicationScoped
public class ErasureRequests {

    /** How long the e-mailed link works. */
    public static final Duration LINK_LIFE = Duration.ofDays(7);

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PersonalData personalData;

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    @Inject
    Event<ConfirmationMail> mails;

    /** The result of a request: done, or the message key of what is wrong with it. */
    public record Outcome(boolean done, String field, String errorKey) {
        static Outcome ok() {
            return new Outcome(true, null, null);
        }

        static Outcome error(String field, String key) {
            return new Outcome(false, field, key);
        }
    }

    /** A request as the administrators' page lists it: the address only while it waits, and then only in part. */
    public record View(Instant requestedAt, String requestedBy, ErasureMode mode, String state, String maskedEmail,
                       Integer concerns, boolean accountErased) {
    }

    /** A request waiting for the person's confirmation, as the confirmation page shows it. */
    public record Pending(ErasureMode mode, Language language) {
    }

    /** The e-mail asking the person to confirm, sent once the request is stored. */
    record ConfirmationMail(String to, Language language, ErasureMode mode, String token) {
    }

    @Transactional
    public Outcome request(StaffMember admin, String email, String mode, String language) {
        if (admin == null || !admin.isAdmin()) {
            throw new SecurityException("only an administrator carries out erasure requests");
        }
        if (!EmailAddress.isValid(email)) {
            return Outcome.error("email", "privacy.request.error.email");
        }
        Optional<ErasureMode> m = ErasureMode.parse(mode);
        if (m.isEmpty()) {
            return Outcome.error("mode", "privacy.request.error.mode");
        }
        Optional<Language> l = Language.fromCode(language);
        if (l.isEmpty()) {
            return Outcome.error("language", "privacy.request.error.language");
        }
        forgetExpired();
        String token = LinkTokens.generate();
        Instant now = clock.instant();
        String address = EmailAddress.normalise(email);
        em.createNativeQuery("INSERT INTO erasure (requested_by, email, language, mode, token_hash, requested_at, expires_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, admin.id()).setParameter(2, address).setParameter(3, l.get().code())
                .setParameter(4, m.get().name()).setParameter(5, LinkTokens.hash(token))
                .setParameter(6, utc(now)).setParameter(7, utc(now.plus(LINK_LIFE))).executeUpdate();
        mails.fire(new ConfirmationMail(address, l.get(), m.get(), token));
        return Outcome.ok();
    }

    /** The request a link belongs to, while it can still be confirmed. */
    @Transactional
    public Optional<Pending> pending(String token) {
        return row(token, false).map(r -> new Pending(ErasureMode.valueOf((String) r[2]), Language.fromCode((String) r[3]).orElse(Language.CY)));
    }

    /** Carries out the request of a link, once: everything held about the address is erased. */
    @Transactional
    public Optional<PersonalData.Erased> confirm(String token) {
        Optional<Object[]> found = row(token, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = found.get();
        long id = ((Number) r[0]).longValue();
        PersonalData.Erased erased = personalData.eraseAddress((String) r[1], ErasureMode.valueOf((String) r[2]));
        em.createNativeQuery("UPDATE erasure SET email = NULL, token_hash = NULL, done_at = ?2, concerns = ?3, account_erased = ?4 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, utc(clock.instant())).setParameter(3, erased.concerns())
                .setParameter(4, erased.account()).executeUpdate();
        return Optional.of(erased);
    }

    private Optional<Object[]> row(String token, boolean lock) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT id, email, mode, language FROM erasure WHERE token_hash = ?1"
                        + " AND done_at IS NULL AND expires_at > ?2" + (lock ? " FOR UPDATE" : ""))
                .setParameter(1, LinkTokens.hash(token)).setParameter(2, utc(clock.instant())).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    /** The most recent erasures, the residents' own among them; expired requests forget their address first. */
    @Transactional
    public List<View> recent(int max) {
        forgetExpired();
        Instant now = clock.instant();
        List<View> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT e.requested_at, s.display_name, e.mode, e.email, e.done_at, e.expires_at,"
                        + " e.concerns, e.account_erased FROM erasure e LEFT JOIN staff_account s ON s.id = e.requested_by"
                        + " ORDER BY e.requested_at DESC, e.id DESC").setMaxResults(max).getResultList()) {
            Object[] r = (Object[]) row;
            Instant expires = PersonalData.instant(r[5]);
            String state = r[4] != null ? "DONE" : expires != null && expires.isAfter(now) ? "WAITING" : "EXPIRED";
            out.add(new View(PersonalData.instant(r[0]), (String) r[1], ErasureMode.valueOf((String) r[2]), state,
                    r[3] == null ? null : mask((String) r[3]), r[6] == null ? null : ((Number) r[6]).intValue(),
                    r[7] instanceof Boolean b ? b : r[7] instanceof Number n && n.intValue() != 0));
        }
        return out;
    }

    private void forgetExpired() {
        em.createNativeQuery("UPDATE erasure SET email = NULL, token_hash = NULL WHERE done_at IS NULL AND expires_at <= ?1 AND email IS NOT NULL")
                .setParameter(1, utc(clock.instant())).executeUpdate();
    }

    /** An address as administrators see it while its request waits: enough to recognise it, not to read it whole. */
    static String mask(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "…";
        }
        return email.charAt(0) + "…" + email.substring(at);
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationMail mail) {
        mailer.sendLater(compose(mail, settings.getBaseUrl(), settings.siteName(mail.language())));
    }

    static Mailer.Mail compose(ConfirmationMail mail, String baseUrl, String siteName) {
        Messages m = Messages.get();
        Language l = mail.language();
        List<Paragraph> paragraphs = List.of(
                Paragraph.of(m.format(l, "privacy.mail.body")),
                Paragraph.of(m.format(l, "privacy.mail.mode." + mail.mode().name())),
                new Paragraph(m.format(l, "privacy.mail.link", LINK_LIFE.toDays()),
                        baseUrl + "/erasure.xhtml?token=" + mail.token() + "&lang=" + l.code()),
                Paragraph.of(m.format(l, "privacy.mail.notYou")));
        return MailLayout.compose(mail.to(), l, m.format(l, "privacy.mail.subject"),
                m.format(l, "mail.confirmation.greeting"), paragraphs, m.format(l, "mail.confirmation.signature", siteName));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
