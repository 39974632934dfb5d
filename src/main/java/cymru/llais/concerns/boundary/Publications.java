package cymru.llais.concerns.boundary;

import cymru.llais.concerns.entity.Concern;
import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.concerns.entity.Publication;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the public sees a concern, as moderation changes it: hold, approve, hide with a reason, edit
 * personal data out, merge. The rules are the concern's own ({@code Concern}, {@code Publication}); the
 * caller has checked that the person may moderate the concern's ward. Sensitive concerns are never moderated.
 */
@ApplicationScoped
public class Publications {

    private static final int MAX_ITEMS = 200;

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Areas areas;

    @Inject
    Clock clock;

    @Inject
    Event<ConcernMerged> merged;

    /** A concern as a councillor sees it; empty for an unknown or sensitive one. */
    @Transactional
    public Optional<ModerationItem> item(Long id) {
        return moderatable(id).map(this::item);
    }

    /** Holds a concern back from the public, recording why (codes such as PHONE, WORD:x, PRE_MODERATION). */
    @Transactional
    public void hold(Long id, List<String> reasons) {
        moderatable(id).ifPresent(c -> c.hold(String.join(",", reasons), clock.instant()));
    }

    /** Publishes it (again): from awaiting moderation or hidden. */
    @Transactional
    public Publication approve(Long id) {
        Concern c = required(id);
        Publication from = c.getPublication();
        c.publish(clock.instant());
        return from;
    }

    @Transactional
    public void hide(Long id, String reasonEn, String reasonCy) {
        required(id).hide(reasonEn, reasonCy, clock.instant());
    }

    @Transactional
    public void redact(Long id, String description, String locationText) {
        required(id).redact(description, locationText, clock.instant());
    }

    /**
     * Merges one concern into another of the same ward: the merged one points to the kept one, is closed
     * if it was open, and anything merged into it earlier now points to the kept one too. Its reporters
     * become reporters of the kept one; observers of {@link ConcernMerged} move what else they hold.
     */
    @Transactional
    public void merge(Long mergedId, Long keptId) {
        Concern duplicate = required(mergedId);
        Concern kept = required(keptId);
        Instant now = clock.instant();
        duplicate.mergeInto(kept, now);
        if (duplicate.getStatus() != ConcernStatus.CLOSED && duplicate.getStatus().canBecome(ConcernStatus.CLOSED)) {
            duplicate.changeStatus(ConcernStatus.CLOSED, now);
        }
        em.flush();
        // before its reporters and followers move, so that observers see whom the merged concern had
        merged.fire(new ConcernMerged(mergedId, keptId, now));
        em.createQuery("UPDATE Concern c SET c.mergedIntoId = :kept WHERE c.mergedIntoId = :merged")
                .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        em.createNativeQuery("UPDATE concern_reporter SET concern_id = ? WHERE concern_id = ?")
                .setParameter(1, keptId).setParameter(2, mergedId).executeUpdate();
        em.createNativeQuery("INSERT INTO concern_reporter (concern_id, merged_from_id, reporter_email, reporter_account_id)"
                        + " SELECT ?, id, reporter_email, reporter_account_id"
                        + " FROM concern WHERE id = ? AND (reporter_email IS NOT NULL OR reporter_account_id IS NOT NULL)")
                .setParameter(1, keptId).setParameter(2, mergedId).executeUpdate();
        moveFollowers(mergedId, keptId);
    }

    /** Residents' followers move to the kept concern (a follower of both keeps one row). */
    private void moveFollowers(Long mergedId, Long keptId) {
        em.createNativeQuery("UPDATE IGNORE concern_follower SET concern_id = ? WHERE concern_id = ?")
                .setParameter(1, keptId).setParameter(2, mergedId).executeUpdate();
        em.createNativeQuery("DELETE FROM concern_follower WHERE concern_id = ?").setParameter(1, mergedId).executeUpdate();
    }

    /** The e-mail addresses of everyone who reported a concern: its own reporter and those of concerns merged into it. */
    @Transactional
    public List<String> reporterEmails(Long id) {
        Concern c = em.find(Concern.class, id);
        if (c == null) {
            return List.of();
        }
        java.util.LinkedHashSet<String> emails = new java.util.LinkedHashSet<>();
        if (c.getReporterEmail() != null) {
            emails.add(c.getReporterEmail());
        }
        for (Object e : em.createNativeQuery("SELECT reporter_email FROM concern_reporter WHERE concern_id = ? AND reporter_email IS NOT NULL ORDER BY id")
                .setParameter(1, id).getResultList()) {
            emails.add((String) e);
        }
        return List.copyOf(emails);
    }

    /** Concerns of these wards (all wards when null) in these publication states, newest first. */
    @Transactional
    public List<ModerationItem> inWards(Collection<String> wards, Set<Publication> states, int limit) {
        if (wards != null && wards.isEmpty()) {
            return List.of();
        }
        TypedQuery<Concern> q = em.createQuery("SELECT c FROM Concern c WHERE c.sensitive = false AND c.publication IN :states"
                + (wards == null ? "" : " AND c.wardCode IN :wards") + " ORDER BY c.createdAt DESC, c.id DESC", Concern.class)
                .setParameter("states", List.copyOf(states));
        if (wards != null) {
            q.setParameter("wards", List.copyOf(wards));
        }
        return q.setMaxResults(Math.min(limit, MAX_ITEMS)).getResultList().stream().map(this::item).toList();
    }

    /** Concerns of these wards reported since a moment, not merged or hidden: where duplicates are looked for. */
    @Transactional
    public List<ModerationItem> reportedSince(Collection<String> wards, Instant since) {
        if (wards != null && wards.isEmpty()) {
            return List.of();
        }
        TypedQuery<Concern> q = em.createQuery("SELECT c FROM Concern c WHERE c.sensitive = false AND c.publication IN :states"
                + " AND c.createdAt >= :since" + (wards == null ? "" : " AND c.wardCode IN :wards")
                + " ORDER BY c.createdAt DESC, c.id DESC", Concern.class)
                .setParameter("states", List.of(Publication.PUBLISHED, Publication.AWAITING_MODERATION)).setParameter("since", since);
        if (wards != null) {
            q.setParameter("wards", List.copyOf(wards));
        }
        return q.setMaxResults(1000).getResultList().stream().map(this::item).toList();
    }

    /** Several concerns by id, sensitive ones left out. */
    @Transactional
    public List<ModerationItem> items(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Concern c WHERE c.id IN :ids AND c.sensitive = false ORDER BY c.createdAt DESC", Concern.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().stream().map(this::item).toList();
    }

    /** The concerns another one of the same ward can be merged into: not merged, not sensitive, not itself. */
    @Transactional
    public List<ModerationItem> mergeTargets(Long id) {
        Optional<Concern> c = moderatable(id);
        if (c.isEmpty() || c.get().getPublication() == Publication.MERGED) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM Concern t WHERE t.wardCode = :ward AND t.id <> :id AND t.sensitive = false"
                        + " AND t.publication <> :merged ORDER BY t.createdAt DESC, t.id DESC", Concern.class)
                .setParameter("ward", c.get().getWardCode()).setParameter("id", id).setParameter("merged", Publication.MERGED)
                .setMaxResults(MAX_ITEMS).getResultList().stream().map(this::item).toList();
    }

    private Optional<Concern> moderatable(Long id) {
        Concern c = id == null ? null : em.find(Concern.class, id);
        return c == null || c.isSensitive() ? Optional.empty() : Optional.of(c);
    }

    private Concern required(Long id) {
        return moderatable(id).orElseThrow(() -> new IllegalArgumentException("no concern " + id + " to moderate"));
    }

    private ModerationItem item(Concern c) {
        WardInfo ward = areas.ward(c.getWardCode())
                .orElseGet(() -> new WardInfo(c.getWardCode(), new BilingualText(c.getWardCode(), c.getWardCode()), "", new BilingualText("-", "-")));
        List<String> held = c.getHeldFor() == null ? List.of() : Arrays.stream(c.getHeldFor().split(",")).filter(s -> !s.isBlank()).toList();
        BilingualText hidden = c.getHiddenReasonEn() == null ? null : new BilingualText(c.getHiddenReasonEn(), c.getHiddenReasonCy());
        String into = c.getMergedIntoId() == null ? null : Optional.ofNullable(em.find(Concern.class, c.getMergedIntoId()))
                .map(Concern::getReference).orElse(null);
        return new ModerationItem(c.getId(), c.getReference(), c.getCategory().getCode(), c.getCategory().getName(), ward,
                c.getLatitude(), c.getLongitude(), c.getLocationText(), c.getDescription(), c.getOriginalDescription(),
                c.getOriginalLocationText(), c.getLanguage(), c.getStatus(), c.getPublication(), held, hidden, into, c.getCreatedAt());
    }
}
