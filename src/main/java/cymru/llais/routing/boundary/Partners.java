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

    @Transactional
    public Partner add(String code, Partner.Kind kind, BilingualText name) {
        Partner p = new Partner(code, kind, name);
        em.persist(p);
        return p;
    }
}
