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
 * database (UNIQUE round_id, voter_key): of two simultaneous ballots for one voter the second waits for the
 * first's row lock and is then ignored, so it is refused as a second vote (the read that decides locks, so it
 * sees what the other transaction committed rather than this one's snapshot). The caller acknowledges the ballot
 * only after this method has returned, that is after the commit.
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
        // a plain read: only a shortcut for a code used long ago; the ballot's unique key decides
        List<?> code = em.createNativeQuery("SELECT used_at FROM pb_voting_code WHERE code_hash = ?1 AND round_id = ?2")
                .setParameter(1, codeHash).setParameter(2, roundId).getResultList();
        if (code.isEmpty()) {
            return new Cast(Result.UNKNOWN_CODE, null);
        }
        if (code.get(0) != null) {
            return new Cast(Result.ALREADY_VOTED, null);
        }
        Cast cast = insert(roundId, "code:" + codeHash, choices, now);
        if (cast.result() == Result.CAST) {
            em.createNativeQuery("UPDATE pb_voting_code SET used_at = ?1 WHERE code_hash = ?2")
                    .setParameter(1, utc(now)).setParameter(2, codeHash).executeUpdate();
        }
        return cast;
    }

    private Cast insert(long roundId, String voterKey, Map<Long, Integer> choices, Instant now) {
        String receipt = null;
        for (int attempt = 0; attempt < 3 && receipt == null; attempt++) {
            String candidate = VotingCodes.receipt();
            int stored = em.createNativeQuery("INSERT IGNORE INTO pb_ballot (round_id, voter_key, receipt, cast_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, roundId).setParameter(2, voterKey).setParameter(3, candidate).setParameter(4, utc(now))
                    .executeUpdate();
            if (stored == 1) {
                receipt = candidate;
            } else if (!em.createNativeQuery("SELECT id FROM pb_ballot WHERE round_id = ?1 AND voter_key = ?2 LOCK IN SHARE MODE")
                    .setParameter(1, roundId).setParameter(2, voterKey).getResultList().isEmpty()) {
                return new Cast(Result.ALREADY_VOTED, null);
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
