package cymru.llais.platform;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * The durable outbox: e-mails are stored first and sent by {@link MailSender}, retried with growing
 * pauses while the SMTP server is unreachable. Several instances may send: each claims its e-mails
 * with a lease (SKIP LOCKED), so none is sent twice by two instances.
 */
@ApplicationScoped
public class MailOutbox {

    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(7);
    private static final int MAX_ERROR = 500;

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Clock clock;

    /** An e-mail claimed for sending. */
    public record Claimed(long id, Mailer.Mail mail, int attempts, Instant createdAt) {
    }

    /** Stores an e-mail; with an event key, a second e-mail for the same event is dropped. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void queue(Mailer.Mail mail, String eventKey) {
        LocalDateTime now = utc(clock.instant());
        // null is never bound as a parameter: EclipseLink's native queries cannot type it
        String columns = (eventKey == null ? "" : "event_key, ") + (mail.headers().isEmpty() ? "" : "headers, ");
        String values = (eventKey == null ? "" : "?8, ") + (mail.headers().isEmpty() ? "" : "?9, ");
        var insert = em.createNativeQuery("INSERT IGNORE INTO mail_outbox (" + columns + "recipient, language, subject, body_text,"
                        + " body_html, created_at, attempts, next_attempt_at) VALUES (" + values + "?2, ?3, ?4, ?5, ?6, ?7, 0, ?7)")
                .setParameter(2, mail.to()).setParameter(3, mail.language())
                .setParameter(4, mail.subject()).setParameter(5, mail.text()).setParameter(6, mail.html())
                .setParameter(7, now);
        if (eventKey != null) {
            insert.setParameter(8, eventKey);
        }
        if (!mail.headers().isEmpty()) {
            insert.setParameter(9, encodeHeaders(mail.headers()));
        }
        insert.executeUpdate();
    }

    /** Claims up to {@code limit} e-mails that are due, leasing them to this sender for a while. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Claimed> claim(int limit) {
        LocalDateTime now = utc(clock.instant());
        List<Object[]> rows = em.createNativeQuery("SELECT id, recipient, language, subject, body_text, body_html, attempts, created_at, headers"
                        + " FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= ?1"
                        + " ORDER BY id LIMIT " + Math.max(1, limit) + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            em.createNativeQuery("UPDATE mail_outbox SET next_attempt_at = ?1 WHERE id = ?2")
                    .setParameter(1, utc(clock.instant().plus(LEASE))).setParameter(2, id).executeUpdate();
            claimed.add(new Claimed(id, new Mailer.Mail((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    decodeHeaders((String) r[8])),
                    ((Number) r[6]).intValue(), toInstant(r[7])));
        }
        return claimed;
    }

    /**
     * Records that the SMTP server took the e-mail, and forgets its bodies: they may carry a link with a live token
     * (a password reset) and personal details, and nobody needs them once sent. Recipient and subject stay, for "My data".
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id) {
        em.createNativeQuery("UPDATE mail_outbox SET sent_at = ?1, attempts = attempts + 1, last_error = NULL,"
                        + " body_text = '', body_html = '', headers = NULL WHERE id = ?2")
                .setParameter(1, utc(clock.instant())).setParameter(2, id).executeUpdate();
    }

    /** Records a failed attempt; the next one waits longer (10 s, 20 s, 40 s ... up to an hour); after a week it gives up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Claimed e, String error) {
        Instant now = clock.instant();
        String message = error == null ? "?" : error.substring(0, Math.min(error.length(), MAX_ERROR));
        if (now.isAfter(e.createdAt().plus(GIVE_UP_AFTER))) {
            em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?1, given_up_at = ?2,"
                            + " body_text = '', body_html = '', headers = NULL WHERE id = ?3")
                    .setParameter(1, message).setParameter(2, utc(now)).setParameter(3, e.id()).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?1, next_attempt_at = ?2 WHERE id = ?3")
                    .setParameter(1, message).setParameter(2, utc(now.plus(backoff(e.attempts() + 1)))).setParameter(3, e.id())
                    .executeUpdate();
        }
    }

    /** Gives claimed e-mails that were not tried back to the outbox, due again after the given pause. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(List<Claimed> untried, Duration pause) {
        for (Claimed e : untried) {
            em.createNativeQuery("UPDATE mail_outbox SET next_attempt_at = ?1 WHERE id = ?2")
                    .setParameter(1, utc(clock.instant().plus(pause))).setParameter(2, e.id()).executeUpdate();
        }
    }

    /** Headers as lines of "Name: value"; names and values never hold a line break. */
    static String encodeHeaders(Map<String, String> headers) {
        StringBuilder b = new StringBuilder();
        headers.forEach((name, value) -> {
            if (name.matches("[A-Za-z0-9-]+") && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
                b.append(name).append(": ").append(value).append('\n');
            }
        });
        return b.toString();
    }

    static Map<String, String> decodeHeaders(String stored) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }

    static Duration backoff(int attempts) {
        long seconds = 10L << Math.min(Math.max(attempts - 1, 0), 9);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected " + value);
    }
}
