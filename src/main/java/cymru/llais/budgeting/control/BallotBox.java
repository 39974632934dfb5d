package cymru.llais.budgeting.control;

import cymru.llais.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Stores a ballot in one short transaction, or says why not. One ballot per voter and round is held by the
 * database: the voter's row in {@code pb_voter} (primary key round_id, voter_key) is written in the same
 * transaction as the ballot. Of two simultaneous ballots for one voter the second waits for the first's row lock
 * and is then ignored, so it is refused as a second vote (the read that decides locks, so it sees what the other
 * transaction committed rather than this one's snapshot). The ballot itself names no voter and the voter's row
 * no ballot, time or order, so nobody holding the printed codes can tell how a household voted. The caller
 * acknowledges the ballot only after this method has returned, that is after the commit.
 * <p>
 * A ballot with a code is four statements on one connection of the transaction: the code marked used (only if it
 * was not: the update locks the code's row, so two ballots with one code queue there and the second finds it
 * used), the voter's row, the ballot (its id comes back with the insert) and all of its choices in one insert.
 * Only a refused code costs a fifth, the read that tells an unknown code from a used one.
 */
@ApplicationScoped
public class BallotBox {

    public enum Result { CAST, UNKNOWN_CODE, ALREADY_VOTED }

    /** What happened; the receipt code when the ballot was stored. */
    public record Cast(Result result, String receipt) {
    }

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    /** The transaction's connection: the pool enlists it in the JTA transaction this bean's methods run in. */
    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** Casts the ballot of the holder of a voting code ({@code codeHash} from {@link VotingCodes#hash}). */
    @Transactional
    public Cast castWithCode(long roundId, String codeHash, Map<Long, Integer> choices, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            int marked;
            try (PreparedStatement use = c.prepareStatement(
                    "UPDATE pb_voting_code SET used = TRUE WHERE code_hash = ? AND round_id = ? AND NOT used")) {
                use.setString(1, codeHash);
                use.setLong(2, roundId);
                marked = use.executeUpdate();
            }
            if (marked == 0) {
                try (PreparedStatement code = c.prepareStatement(
                        "SELECT used FROM pb_voting_code WHERE code_hash = ? AND round_id = ?")) {
                    code.setString(1, codeHash);
                    code.setLong(2, roundId);
                    try (ResultSet rs = code.executeQuery()) {
                        return new Cast(rs.next() ? Result.ALREADY_VOTED : Result.UNKNOWN_CODE, null);
                    }
                }
            }
            return insert(c, roundId, "code:" + codeHash, choices, now);
        } catch (SQLException e) {
            throw new IllegalStateException("the ballot was not stored", e);
        }
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
        try (Connection c = dataSource.getConnection()) {
            return insert(c, roundId, voterKey, choices, now);
        } catch (SQLException e) {
            throw new IllegalStateException("the ballot was not stored", e);
        }
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

    private Cast insert(Connection c, long roundId, String voterKey, Map<Long, Integer> choices, Instant now)
            throws SQLException {
        int voter;
        try (PreparedStatement v = c.prepareStatement("INSERT IGNORE INTO pb_voter (round_id, voter_key) VALUES (?, ?)")) {
            v.setLong(1, roundId);
            v.setString(2, voterKey);
            voter = v.executeUpdate();
        }
        if (voter == 0) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT round_id FROM pb_voter WHERE round_id = ? AND voter_key = ? LOCK IN SHARE MODE")) {
                s.setLong(1, roundId);
                s.setString(2, voterKey);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return new Cast(Result.ALREADY_VOTED, null);
                    }
                }
            }
            throw new IllegalStateException("the voter's row was neither stored nor found");
        }
        String receipt = null;
        long ballotId = 0;
        try (PreparedStatement b = c.prepareStatement(
                "INSERT IGNORE INTO pb_ballot (round_id, receipt, cast_at) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (int attempt = 0; attempt < 3 && receipt == null; attempt++) {
                String candidate = VotingCodes.receipt();
                b.setLong(1, roundId);
                b.setString(2, candidate);
                b.setObject(3, utc(now));
                if (b.executeUpdate() == 1) {
                    try (ResultSet keys = b.getGeneratedKeys()) {
                        if (!keys.next()) {
                            throw new IllegalStateException("the ballot's id did not come back");
                        }
                        ballotId = keys.getLong(1);
                    }
                    receipt = candidate;
                }
            }
        }
        if (receipt == null) {
            throw new IllegalStateException("no free receipt code");
        }
        StringBuilder sql = new StringBuilder("INSERT INTO pb_ballot_choice (ballot_id, project_id, points) VALUES ");
        int n = 0;
        for (Map.Entry<Long, Integer> e : choices.entrySet()) {
            if (e.getValue() != null && e.getValue() > 0) {
                sql.append(n++ == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            }
        }
        if (n > 0) {
            try (PreparedStatement choice = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (Map.Entry<Long, Integer> e : choices.entrySet()) {
                    if (e.getValue() != null && e.getValue() > 0) {
                        choice.setLong(i++, ballotId);
                        choice.setLong(i++, e.getKey());
                        choice.setInt(i++, e.getValue());
                    }
                }
                choice.executeUpdate();
            }
        }
        return new Cast(Result.CAST, receipt);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
