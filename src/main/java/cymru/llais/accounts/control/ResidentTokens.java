package cymru.llais.accounts.control;

import cymru.llais.accounts.entity.ResidentToken;
import cymru.llais.accounts.entity.TokenPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Issues and redeems the tokens of e-mailed links. Only the newest link of a purpose works: issuing a
 * token removes the resident's older ones of that purpose. A token is found by its hash and used up
 * under a row lock, so two requests with one link never both succeed.
 */
@ApplicationScoped
public class ResidentTokens {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    /** A new token for the resident; the caller e-mails it and forgets it (only its hash is stored). */
    @Transactional
    public String issue(Long residentId, TokenPurpose purpose, Instant now) {
        em.createQuery("DELETE FROM ResidentToken t WHERE t.residentId = :resident AND t.purpose = :purpose")
                .setParameter("resident", residentId).setParameter("purpose", purpose).executeUpdate();
        String token = LinkTokens.generate();
        em.persist(new ResidentToken(residentId, purpose, LinkTokens.hash(token), now));
        return token;
    }

    /** The resident a link is for, if it still works; nothing is used up. */
    @Transactional
    public Optional<Long> check(String token, TokenPurpose purpose, Instant now) {
        return find(token, purpose, LockModeType.NONE).filter(t -> t.isUsableAt(now)).map(ResidentToken::getResidentId);
    }

    /** Uses the link up and gives the resident it is for; empty when it is unknown, used, replaced or expired. */
    @Transactional
    public Optional<Long> redeem(String token, TokenPurpose purpose, Instant now) {
        Optional<ResidentToken> found = find(token, purpose, LockModeType.PESSIMISTIC_WRITE).filter(t -> t.isUsableAt(now));
        found.ifPresent(t -> t.consume(now));
        return found.map(ResidentToken::getResidentId);
    }

    private Optional<ResidentToken> find(String token, TokenPurpose purpose, LockModeType lock) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(ResidentToken.BY_HASH, ResidentToken.class).setParameter("hash", LinkTokens.hash(token))
                .setLockMode(lock).getResultStream().findFirst().filter(t -> t.getPurpose() == purpose);
    }
}
