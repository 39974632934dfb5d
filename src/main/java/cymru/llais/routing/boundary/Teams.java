package cymru.llais.routing.boundary;

import cymru.llais.routing.entity.Partner;
import cymru.llais.routing.entity.Team;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The teams of the partner organisations. */
@ApplicationScoped
public class Teams {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    public List<TeamInfo> all() {
        return em.createQuery("SELECT t FROM Team t ORDER BY t.partner.name.en, t.name.en", Team.class).getResultList()
                .stream().map(TeamInfo::of).toList();
    }

    public List<TeamInfo> ofPartner(Long partnerId) {
        return em.createQuery("SELECT t FROM Team t WHERE t.partner.id = :p ORDER BY t.name.en", Team.class)
                .setParameter("p", partnerId).getResultList().stream().map(TeamInfo::of).toList();
    }

    public Optional<TeamInfo> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Team.class, id)).map(TeamInfo::of);
    }

    public Optional<TeamInfo> byCode(String code) {
        return em.createQuery("SELECT t FROM Team t WHERE t.code = :c", Team.class).setParameter("c", code)
                .getResultStream().findFirst().map(TeamInfo::of);
    }

    @Transactional
    public TeamInfo add(String partnerCode, String code, BilingualText name, String email, Language language) {
        Partner partner = em.createQuery("SELECT p FROM Partner p WHERE p.code = :c", Partner.class)
                .setParameter("c", partnerCode).getSingleResult();
        Team team = new Team(partner, code, name, email, language);
        em.persist(team);
        em.flush();
        return TeamInfo.of(team);
    }

    @Transactional
    public void setLead(Long teamId, Long staffId) {
        em.find(Team.class, teamId).setLead(staffId);
    }
}
