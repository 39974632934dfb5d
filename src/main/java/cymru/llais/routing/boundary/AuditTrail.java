package cymru.llais.routing.boundary;

import cymru.llais.accounts.boundary.StaffAccounts;
import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.concerns.entity.Publication;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.entity.AuditEvent;
import cymru.llais.routing.entity.Team;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one audit trail of a concern: routing's hand-overs and status changes, and moderation's holds,
 * flags and councillors' actions. Partner staff and councillors read the same trail.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    StaffAccounts staff;

    @Inject
    Clock clock;

    /** Writes one line, in the caller's transaction; the actor is null for the portal itself or a resident. */
    @Transactional
    public void record(Long concernId, Long actorId, AuditEvent.Action action, String from, String to, String detail) {
        em.persist(new AuditEvent(concernId, clock.instant(), actorId, action, from, to, detail));
    }

    /** The trail of a concern, oldest first, with names and labels in both languages. */
    @Transactional
    public List<Inbox.TrailEntry> trail(Long concernId) {
        Map<Long, String> names = new HashMap<>();
        staff.all().forEach(s -> names.put(s.id(), s.displayName()));
        Map<String, BilingualText> labels = new HashMap<>();
        em.createQuery("SELECT t FROM Team t", Team.class).getResultList().forEach(t -> labels.put(t.getCode(), new BilingualText(
                Messages.get().format(Language.EN, "staff.teamLabel", t.getPartner().getName().en(), t.getName().en()),
                Messages.get().format(Language.CY, "staff.teamLabel", t.getPartner().getName().cy(), t.getName().cy()))));
        for (ConcernStatus st : ConcernStatus.values()) {
            labels.put(st.name(), new BilingualText(Messages.get().format(Language.EN, st.key()), Messages.get().format(Language.CY, st.key())));
        }
        for (Publication p : Publication.values()) {
            labels.put(p.name(), new BilingualText(Messages.get().format(Language.EN, p.key()), Messages.get().format(Language.CY, p.key())));
        }
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.concernId = :c ORDER BY e.happenedAt, e.id", AuditEvent.class)
                .setParameter("c", concernId).getResultList().stream()
                .map(e -> new Inbox.TrailEntry(e.getHappenedAt(), e.getActorId() == null ? null : names.get(e.getActorId()), e.getAction(),
                        label(labels, e.getFromValue()), label(labels, e.getToValue()), e.getDetail()))
                .toList();
    }

    private static BilingualText label(Map<String, BilingualText> labels, String value) {
        if (value == null) {
            return null;
        }
        return labels.getOrDefault(value, new BilingualText(value, value));
    }
}
