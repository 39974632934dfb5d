package cymru.llais.moderation.boundary;

import cymru.llais.moderation.entity.Flag;
import cymru.llais.routing.boundary.AuditTrail;
import cymru.llais.routing.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores a resident's flag in a transaction of its own, so that the database's refusal of a second one is clean. */
@ApplicationScoped
public class Flags {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(Flag flag) {
        em.persist(flag);
        em.flush();
        audit.record(flag.getConcernId(), null, AuditEvent.Action.FLAGGED, null, null, flag.getReason().name());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean exists(Long concernId, String flaggerKey) {
        return em.createQuery("SELECT COUNT(f) FROM Flag f WHERE f.concernId = :c AND f.flaggerKey = :k", Long.class)
                .setParameter("c", concernId).setParameter("k", flaggerKey).getSingleResult() > 0;
    }
}
