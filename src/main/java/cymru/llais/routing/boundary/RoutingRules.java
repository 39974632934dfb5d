package cymru.llais.routing.boundary;

import cymru.llais.routing.entity.RoutingRule;
import cymru.llais.routing.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The routing rules, as the administrator edits them. */
@ApplicationScoped
public class RoutingRules {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Areas areas;

    /** A rule as the administrator sees it. */
    public record RuleView(Long id, String categoryCode, RoutingRule.AreaType areaType, String areaCode, TeamInfo team) {
    }

    public List<RuleView> all() {
        return em.createQuery("SELECT r FROM RoutingRule r ORDER BY r.areaCode, r.areaType, r.categoryCode", RoutingRule.class)
                .getResultList().stream()
                .map(r -> new RuleView(r.getId(), r.getCategoryCode(), r.getAreaType(), r.getAreaCode(), TeamInfo.of(r.getTeam())))
                .toList();
    }

    /** Adds a rule, or changes the team of the rule for the same category and area. Empty when fine, else the bundle key of what is wrong. */
    @Transactional
    public Optional<String> add(String categoryCode, RoutingRule.AreaType areaType, String areaCode, Long teamId) {
        if (areaType == null || areaCode == null) {
            return Optional.of("routing.error.areaRequired");
        }
        boolean known = areaType == RoutingRule.AreaType.WARD ? areas.ward(areaCode).isPresent()
                : areas.authority(areaCode).isPresent();
        if (!known) {
            return Optional.of("routing.error.unknownArea");
        }
        Team team = teamId == null ? null : em.find(Team.class, teamId);
        if (team == null) {
            return Optional.of("routing.error.unknownTeam");
        }
        String category = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        if (category != null && em.createNativeQuery("SELECT COUNT(*) FROM category WHERE code = ?1").setParameter(1, category)
                .getSingleResult() instanceof Number n && n.intValue() == 0) {
            return Optional.of("routing.error.unknownCategory");
        }
        Optional<RoutingRule> same = em.createQuery("SELECT r FROM RoutingRule r WHERE r.areaType = :t AND r.areaCode = :a",
                        RoutingRule.class)
                .setParameter("t", areaType).setParameter("a", areaCode).getResultStream()
                .filter(r -> java.util.Objects.equals(category, r.getCategoryCode())).findFirst();
        if (same.isPresent()) {
            same.get().setTeam(team);
        } else {
            em.persist(new RoutingRule(category, areaType, areaCode, team));
        }
        return Optional.empty();
    }

    @Transactional
    public boolean remove(Long id) {
        RoutingRule r = id == null ? null : em.find(RoutingRule.class, id);
        if (r == null) {
            return false;
        }
        em.remove(r);
        return true;
    }
}
