package cymru.llais.routing.boundary;

import cymru.llais.concerns.boundary.ConcernReported;
import cymru.llais.routing.control.RouteResolver;
import cymru.llais.routing.control.WorkingDays;
import cymru.llais.routing.entity.Assignment;
import cymru.llais.routing.entity.AuditEvent;
import cymru.llais.routing.entity.RoutingRule;
import cymru.llais.routing.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Tell us once": every new concern goes at once to the team that the routing rules name for its
 * category and place, in the same transaction that stores it; the team is told by e-mail once it is stored.
 */
@ApplicationScoped
public class Routing {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Areas areas;

    @Inject
    Clock clock;

    @Inject
    TeamNotifier notifier;

    /** What the rules say for a category at a place, and which rule said it. */
    public record Decision(TeamInfo team, RoutingRule.AreaType areaType, String areaCode, String categoryCode) implements java.io.Serializable {
        public boolean byDefault() {
            return categoryCode == null && areaType == RoutingRule.AreaType.AUTHORITY;
        }
    }

    void onReported(@Observes ConcernReported reported) {
        Instant now = reported.at();
        Optional<RoutingRule> rule = decide(reported.categoryCode(), reported.wardCode());
        if (rule.isEmpty()) {
            em.persist(new AuditEvent(reported.concernId(), now, null, AuditEvent.Action.UNROUTED, null, null,
                    "no rule for " + reported.categoryCode() + " in " + reported.wardCode()));
            return;
        }
        Team team = rule.get().getTeam();
        em.persist(new Assignment(reported.concernId(), team, now,
                WorkingDays.deadline(now, team.getPartner().getAcknowledgeDays())));
        em.persist(new AuditEvent(reported.concernId(), now, null, AuditEvent.Action.ROUTED, null, team.getCode(),
                describe(rule.get())));
    }

    void afterReported(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConcernReported reported) {
        notifier.newConcern(reported.concernId());
    }

    /** Who would receive a report of this category in this ward: the administrator's preview. */
    public Optional<Decision> preview(String categoryCode, String wardCode) {
        return decide(categoryCode, wardCode).map(r -> new Decision(TeamInfo.of(r.getTeam()), r.getAreaType(), r.getAreaCode(),
                r.getCategoryCode()));
    }

    /** Who has a concern since when, and its deadline: what names one hand-over. */
    public record Handover(Long teamId, Instant assignedAt, Instant acknowledgeBy) {
    }

    public Optional<Handover> handover(Long concernId) {
        return Optional.ofNullable(concernId == null ? null : em.find(Assignment.class, concernId))
                .map(a -> new Handover(a.getTeam().getId(), a.getAssignedAt(), a.getAcknowledgeBy()));
    }

    /** The team that has a concern now. */
    public Optional<TeamInfo> holder(Long concernId) {
        return Optional.ofNullable(concernId == null ? null : em.find(Assignment.class, concernId)).map(a -> TeamInfo.of(a.getTeam()));
    }

    /** The teams that have these concerns now, by concern id; a concern that no team holds is left out. */
    public Map<Long, TeamInfo> holders(Collection<Long> concernIds) {
        Map<Long, TeamInfo> holders = new HashMap<>();
        if (concernIds == null || concernIds.isEmpty()) {
            return holders;
        }
        for (Assignment a : em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.team t JOIN FETCH t.partner"
                + " WHERE a.concernId IN :ids", Assignment.class).setParameter("ids", List.copyOf(concernIds)).getResultList()) {
            holders.put(a.getConcernId(), TeamInfo.of(a.getTeam()));
        }
        return holders;
    }

    /** Routes a concern that no rule caught when it was reported (after the administrator has added one). */
    @Transactional
    public Optional<TeamInfo> routeAgain(Long concernId, String categoryCode, String wardCode) {
        if (em.find(Assignment.class, concernId) != null) {
            return holder(concernId);
        }
        onReported(new ConcernReported(concernId, null, categoryCode, wardCode, false, clock.instant()));
        return holder(concernId);
    }

    private Optional<RoutingRule> decide(String categoryCode, String wardCode) {
        String authority = areas.ward(wardCode).map(WardInfo::authorityCode).orElse("");
        List<RoutingRule> rules = em.createQuery("SELECT r FROM RoutingRule r WHERE (r.areaType = :ward AND r.areaCode = :w)"
                        + " OR (r.areaType = :authority AND r.areaCode = :a)", RoutingRule.class)
                .setParameter("ward", RoutingRule.AreaType.WARD).setParameter("w", wardCode)
                .setParameter("authority", RoutingRule.AreaType.AUTHORITY).setParameter("a", authority)
                .getResultList();
        return RouteResolver.resolve(rules, categoryCode, wardCode, authority);
    }

    private static String describe(RoutingRule r) {
        return "rule " + r.getId() + ": " + (r.getCategoryCode() == null ? "*" : r.getCategoryCode()) + " in "
                + r.getAreaType().name().toLowerCase(java.util.Locale.ROOT) + " " + r.getAreaCode();
    }
}
