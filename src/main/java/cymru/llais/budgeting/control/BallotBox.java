package cymru.llais.budgeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Stores a ballot in one short transaction, or says why not. One ballot per voter and round is held by the
 * database: the voter's row in {@code pb_voter} (primary key round_id, voter_key) is written in the same
 * transaction as the ballot. Of two simultaneous ballots for one voter the second waits for the first's row lock
 * and is then ignored, so it is refused as a second vote (the read that decides locks, so it sees what the other
 * transaction committed rather than this one's snapshot). The ballot itself names no voter and the voter's row
 * no ballot, time or order, so nobody holding the printed codes can tell how a household voted. The caller
 * acknowledges the ballot only after this method has returned, that is after the commit.
 */
@ApplicationScoped
public class BallotBox {

    public enum Result { CAST, UNKNOWN_CODE, ALREADY_VOTED }

    /** What happened; the receipt code when the ballot was stored. */
    public record Cast(Result result, String receipt) {
    }

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    /** Casts the ballot of the holder of a voting code ({@code codeHash} from {@link VotingCodes#hash}). */
    @Transactional
    public Cast castWithCode(long roundId, String codeHash, Map<Long, Integer> choices, Instant now) {
        // a plain read: only a shortcut for a code used long ago; the voter's primary key decides
        List<?> code = em.createNativeQuery("SELECT used FROM pb_voting_code WHERE code_hash = ?1 AND round_id = ?2")
                .setParameter(1, codeHash).setParameter(2, roundId).getResultList();
        if (code.isEmpty()) {
            return new Cast(Result.UNKNOWN_CODE, null);
        }
        if (isTrue(code.get(0))) {
            return new Cast(Result.ALREADY_VOTED, null);
        }
        Cast cast = insert(roundId, "code:" + codeHash, choices, now);
        if (cast.result() == Result.CAST) {
            em.createNativeQuery("UPDATE pb_voting_code SET used = TRUE WHERE code_hash = ?1")
                    .setParameter(1, codeHash).executeUpdate();
        }
        return cast;
    }

    /**
     * Casts the ballot of a resident voting with their account ({@code voterKey} from {@link VoterKeys#account}); the
     * eligibility (verified address in the area) was decided by the caller. Nothing joins the ballot to the key.
     */
    @Transactional
    public Cast castWithAccount(long roundId, String voterKey, Map<Long, Integer> choices, Instant now) {
        if (voterKey == null || !voterKey.startsWith(VoterKeys.ACCOUNT_PREFIX)) {
            throw new IllegalArgumentException("an account's voter key");
        }
        return insert(roundId, voterKey, choices, now);
    }

    /** The voter key secret kept in the database: made at first use, the same for every instance. */
    @Transactional
    public String storedSecret() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        em.createNativeQuery("INSERT IGNORE INTO pb_secret (name, secret, created_at) VALUES ('voter-key', ?1, ?2)")
                .setParameter(1, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random))
                .setParameter(2, utc(Instant.now())).executeUpdate();
        return (String) em.createNativeQuery("SELECT secret FROM pb_secret WHERE name = 'voter-key'").getSingleResult();
    }

    /** Whether this voter has a ballot in the round. */
    public boolean hasVoted(long roundId, String voterKey) {
        return !em.createNativeQuery("SELECT round_id FROM pb_voter WHERE round_id = ?1 AND voter_key = ?2")
                .setParameter(1, roundId).setParameter(2, voterKey).getResultList().isEmpty();
    }

    private static boolean isTrue(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }

    private Cast insert(long roundId, String voterKey, Map<Long, Integer> choices, Instant now) {
        int voter = em.createNativeQuery("INSERT IGNORE INTO pb_voter (round_id, voter_key) VALUES (?1, ?2)")
                .setParameter(1, roundId).setParameter(2, voterKey).executeUpdate();
        if (voter == 0 && !em.createNativeQuery("SELECT round_id FROM pb_voter WHERE round_id = ?1 AND voter_key = ?2 LOCK IN SHARE MODE")
                .setParameter(1, roundId).setParameter(2, voterKey).getResultList().isEmpty()) {
            return new Cast(Result.ALREADY_VOTED, null);
        }
        if (voter == 0) {
            throw new IllegalStateException("the voter's row was neither stored nor found");
        }
        String receipt = null;
        for (int attempt = 0; attempt < 3 && receipt == null; attempt++) {
            String candidate = VotingCodes.receipt();
            int stored = em.createNativeQuery("INSERT IGNORE INTO pb_ballot (round_id, receipt, cast_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, roundId).setParameter(2, candidate).setParameter(3, utc(now))
                    .executeUpdate();
            if (stored == 1) {
                receipt = candidate;
            }
        }
        if (receipt == null) {
            throw new IllegalStateException("no free receipt code");
        }
        Number ballotId = (Number) em.createNativeQuery("SELECT id FROM pb_ballot WHERE receipt = ?1")
                .setParameter(1, receipt).getSingleResult();
        StringBuilder sql = new StringBuilder("INSERT INTO pb_ballot_choice (ballot_id, project_id, points) VALUES ");
        int n = 0;
        for (Map.Entry<Long, Integer> c : choices.entrySet()) {
            if (c.getValue() != null && c.getValue() > 0) {
                sql.append(n++ == 0 ? "" : ", ").append('(').append(ballotId.longValue()).append(", ")
                        .append(c.getKey().longValue()).append(", ").append(c.getValue().intValue()).append(')');
            }
        }
        em.createNativeQuery(sql.toString()).executeUpdate();
        return new Cast(Result.CAST, receipt);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
