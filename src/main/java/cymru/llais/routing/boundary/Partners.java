package cymru.llais.routing.boundary;

import cymru.llais.routing.entity.Partner;
import cymru.llais.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** The partner organisations of the partnership. */
@ApplicationScoped
public class Partners {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    public List<Partner> all() {
        return em.createQuery("SELECT p FROM Partner p ORDER BY p.name.en", Partner.class).getResultList();
    }

    /** Sets a partner's service level; empty when done, else the bundle key of what is wrong. */
    @Transactional
    public java.util.Optional<String> setAcknowledgeDays(Long partnerId, Integer days) {
        Partner p = partnerId == null ? null : em.find(Partner.class, partnerId);
        if (p == null) {
            return java.util.Optional.of("admin.partners.unknown");
        }
        if (days == null || days < 1 || days > 60) {
            return java.util.Optional.of("admin.partners.daysRange");
        }
        p.setAcknowledgeDays(days);
        return java.util.Optional.empty();
    }

    @Transactional
    public Partner add(String code, Partner.Kind kind, BilingualText name) {
        Partner p = new Partner(code, kind, name);
        em.persist(p);
        return p;
    }
}
