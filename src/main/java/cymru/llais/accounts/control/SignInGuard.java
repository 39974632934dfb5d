package cymru.llais.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

/**
 * Lock-out after repeated failed sign-ins: after {@value #MAX_FAILURES} failures in a row an address
 * is locked for {@link #LOCK} whether or not it has an account, so the lock-out tells nobody which
 * addresses exist. Kept in the database, so every instance of a cluster sees the same count.
 */
@ApplicationScoped
public class SignInGuard {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Transactional
    public boolean isLocked(String email, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT locked_until FROM sign_in_attempt WHERE email_hash = ?1")
                .setParameter(1, key(email)).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return false;
        }
        return toInstant(rows.get(0)).isAfter(now);
    }

    @Transactional
    public void failed(String email, Instant now) {
        String key = key(email);
        em.createNativeQuery("INSERT INTO sign_in_attempt (email_hash, failures, locked_until, updated_at) VALUES (?1, 1, NULL, ?2)"
                        + " ON DUPLICATE KEY UPDATE failures = IF(locked_until IS NOT NULL AND locked_until <= ?2, 1, failures + 1),"
                        + " locked_until = IF(locked_until IS NOT NULL AND locked_until <= ?2, NULL, locked_until), updated_at = ?2")
                .setParameter(1, key).setParameter(2, utc(now)).executeUpdate();
        em.createNativeQuery("UPDATE sign_in_attempt SET locked_until = ?2 WHERE email_hash = ?1 AND failures >= ?3 AND locked_until IS NULL")
                .setParameter(1, key).setParameter(2, utc(now.plus(LOCK))).setParameter(3, MAX_FAILURES).executeUpdate();
    }

    @Transactional
    public void succeeded(String email) {
        em.createNativeQuery("DELETE FROM sign_in_attempt WHERE email_hash = ?1").setParameter(1, key(email)).executeUpdate();
    }

    static String key(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(email).strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected " + value.getClass());
    }
}
