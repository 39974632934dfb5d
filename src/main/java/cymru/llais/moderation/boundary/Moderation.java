package cymru.llais.moderation.boundary;

import cymru.llais.accounts.boundary.StaffAccounts;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.accounts.entity.Role;
import cymru.llais.concerns.boundary.ConcernMerged;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.ModerationItem;
import cymru.llais.concerns.boundary.Publications;
import cymru.llais.concerns.entity.Publication;
import cymru.llais.i18n.Messages;
import cymru.llais.moderation.control.DuplicateDetector;
import cymru.llais.moderation.entity.CouncillorNote;
import cymru.llais.moderation.entity.Escalation;
import cymru.llais.moderation.entity.Flag;
import cymru.llais.moderation.entity.FlagReason;
import cymru.llais.moderation.entity.WardModeration;
import cymru.llais.platform.Mailer;
import cymru.llais.platform.PortalSettings;
import cymru.llais.routing.boundary.AuditTrail;
import cymru.llais.routing.boundary.Inbox;
import cymru.llais.routing.entity.AuditEvent;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Councillors' moderation of their wards' concerns. Every call is given the signed-in member and answers
 * only for the wards they moderate: a councillor their own wards, the partnership administrator every
 * ward, anyone else none. A concern of another ward is "not found", never "forbidden", so that its
 * existence is not revealed either. Sensitive concerns are never moderated or shown here.
 */
@ApplicationScoped
public class Moderation {

    private static final int QUEUE_SIZE = 100;
    public static final int MAX_REASON = 500;
    private static final Duration DUPLICATE_LOOKBACK = Duration.ofDays(90);

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Publications publications;

    @Inject
    Concerns concerns;

    @Inject
    AuditTrail audit;

    @Inject
    Flags flags;

    @Inject
    StaffAccounts staff;

    @Inject
    Mailer mailer;

    @Inject
    Event<EscalationMails> escalationMails;

    @Inject
    PortalSettings settings;

    @Inject
    ModerationSettings moderationSettings;

    @Inject
    Clock clock;

    /** The outcome of an action: done, or the bundle key of why not (and then nothing changed). */
    public record Result(boolean ok, String errorKey) {
        static Result done() {
            return new Result(true, null);
        }

        static Result refused(String key) {
            return new Result(false, key);
        }
    }

    /** A resident's flag as a councillor sees it. */
    public record FlagView(FlagReason reason, String comment, Instant at) {
    }

    /** A flagged concern: its open flags, newest first. */
    public record Flagged(ModerationItem item, List<FlagView> flags) {
        public int count() {
            return flags.size();
        }
    }

    /** Two suspected duplicates, the earlier first. */
    public record Duplicates(ModerationItem earlier, ModerationItem later, long metres, long days) {
    }

    /** A public councillor's note. */
    public record NoteView(Instant at, BilingualText text) {
    }

    /** An escalation to the administrator. */
    public record EscalationView(Long id, ModerationItem item, String councillor, String reason, Instant at, Instant handledAt) {
    }

    /** Everything a councillor sees of one item. */
    public record Detail(ModerationItem item, List<FlagView> openFlags, List<NoteView> notes, List<Inbox.TrailEntry> trail,
                         List<ModerationItem> suspectedDuplicates, List<EscalationView> escalations, boolean preModerated) {
    }

    // ---- who may moderate what

    /** The wards a member moderates: null for all (the administrator), empty for none. */
    public Set<String> wardsOf(StaffMember member) {
        if (member == null || !member.active()) {
            return Set.of();
        }
        if (member.isAdmin()) {
            return null;
        }
        return member.role() == Role.COUNCILLOR ? member.wardCodes() : Set.of();
    }

    public boolean mayModerate(StaffMember member, String wardCode) {
        Set<String> wards = wardsOf(member);
        return wardCode != null && (wards == null || wards.contains(wardCode));
    }

    private Optional<ModerationItem> accessible(StaffMember member, Long concernId) {
        return publications.item(concernId).filter(i -> mayModerate(member, i.ward().code()));
    }

    /** The wards to list: the member's own, narrowed to one ward when they ask for one of theirs. */
    private Set<String> scope(StaffMember member, String ward) {
        Set<String> wards = wardsOf(member);
        if (ward == null || ward.isBlank()) {
            return wards;
        }
        return mayModerate(member, ward) ? Set.of(ward) : Set.of();
    }

    // ---- the queue

    public List<ModerationItem> awaiting(StaffMember member, String ward) {
        return publications.inWards(scope(member, ward), EnumSet.of(Publication.AWAITING_MODERATION), QUEUE_SIZE);
    }

    public List<ModerationItem> recent(StaffMember member, String ward) {
        return publications.inWards(scope(member, ward), EnumSet.of(Publication.PUBLISHED), 50);
    }

    @Transactional
    public List<Flagged> flagged(StaffMember member, String ward) {
        Set<String> wards = scope(member, ward);
        if (wards != null && wards.isEmpty()) {
            return List.of();
        }
        List<Flag> open = em.createQuery("SELECT f FROM Flag f WHERE f.resolvedAt IS NULL ORDER BY f.flaggedAt DESC", Flag.class)
                .setMaxResults(2000).getResultList();
        Map<Long, List<FlagView>> byConcern = new LinkedHashMap<>();
        open.forEach(f -> byConcern.computeIfAbsent(f.getConcernId(), k -> new ArrayList<>()).add(view(f)));
        return publications.items(byConcern.keySet()).stream()
                .filter(i -> wards == null || wards.contains(i.ward().code()))
                .filter(i -> i.publication() == Publication.PUBLISHED)
                .map(i -> new Flagged(i, byConcern.get(i.id())))
                .sorted(Comparator.comparing(Flagged::count).reversed())
                .limit(QUEUE_SIZE).toList();
    }

    public List<Duplicates> duplicates(StaffMember member, String ward) {
        Set<String> wards = scope(member, ward);
        return pairs(publications.reportedSince(wards, since()));
    }

    private Instant since() {
        Duration window = moderationSettings.duplicateWindow();
        return clock.instant().minus(window.multipliedBy(2).compareTo(DUPLICATE_LOOKBACK) > 0 ? window.multipliedBy(2) : DUPLICATE_LOOKBACK);
    }

    private List<Duplicates> pairs(List<ModerationItem> items) {
        Map<Long, ModerationItem> byId = items.stream().collect(Collectors.toMap(ModerationItem::id, Function.identity()));
        DuplicateDetector detector = new DuplicateDetector(moderationSettings.duplicateMetres(), moderationSettings.duplicateWindow());
        return detector.pairs(items.stream().map(i -> new DuplicateDetector.Candidate(i.id(), i.categoryCode(), i.latitude(),
                        i.longitude(), i.createdAt())).toList()).stream()
                .map(p -> new Duplicates(byId.get(p.earlier().id()), byId.get(p.later().id()), Math.round(p.metres()), p.apart().toDays()))
                .filter(d -> d.earlier().ward().code().equals(d.later().ward().code()))
                .limit(QUEUE_SIZE).toList();
    }

    // ---- one item

    @Transactional
    public Optional<Detail> detail(StaffMember member, Long concernId) {
        Optional<ModerationItem> found = accessible(member, concernId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ModerationItem item = found.get();
        List<FlagView> open = em.createQuery("SELECT f FROM Flag f WHERE f.concernId = :c AND f.resolvedAt IS NULL ORDER BY f.flaggedAt DESC", Flag.class)
                .setParameter("c", concernId).getResultList().stream().map(Moderation::view).toList();
        List<ModerationItem> duplicates = new ArrayList<>();
        for (Duplicates d : pairs(publications.reportedSince(Set.of(item.ward().code()), since()))) {
            if (d.earlier().id().equals(concernId)) {
                duplicates.add(d.later());
            } else if (d.later().id().equals(concernId)) {
                duplicates.add(d.earlier());
            }
        }
        return Optional.of(new Detail(item, open, notes(concernId), audit.trail(concernId), duplicates,
                escalations(concernId), isPreModerated(item.ward().code())));
    }

    /** The concerns this one can be merged into: the same ward, suspected duplicates first. */
    public List<ModerationItem> mergeTargets(StaffMember member, Long concernId) {
        if (accessible(member, concernId).isEmpty()) {
            return List.of();
        }
        return publications.mergeTargets(concernId);
    }

    // ---- actions

    /** Publishes an item awaiting moderation or hidden, or keeps a flagged one: its open flags are resolved. */
    @Transactional
    public Result approve(StaffMember member, Long concernId) {
        Optional<ModerationItem> item = accessible(member, concernId);
        if (item.isEmpty()) {
            return Result.refused("moderation.error.notYours");
        }
        Publication from = item.get().publication();
        if (from == Publication.MERGED) {
            return Result.refused("moderation.error.merged");
        }
        publications.approve(concernId);
        resolveFlags(concernId, member);
        audit.record(concernId, member.id(), AuditEvent.Action.MODERATED_APPROVED, from.name(), Publication.PUBLISHED.name(), null);
        return Result.done();
    }

    @Transactional
    public Result hide(StaffMember member, Long concernId, String reasonEn, String reasonCy) {
        Optional<ModerationItem> item = accessible(member, concernId);
        if (item.isEmpty()) {
            return Result.refused("moderation.error.notYours");
        }
        if (blank(reasonEn) || blank(reasonCy)) {
            return Result.refused("moderation.error.reasonBothLanguages");
        }
        if (reasonEn.strip().length() > MAX_REASON || reasonCy.strip().length() > MAX_REASON) {
            return Result.refused("moderation.error.reasonTooLong");
        }
        Publication from = item.get().publication();
        if (!from.canBecome(Publication.HIDDEN)) {
            return Result.refused(from == Publication.MERGED ? "moderation.error.merged" : "moderation.error.alreadyHidden");
        }
        publications.hide(concernId, reasonEn, reasonCy);
        resolveFlags(concernId, member);
        audit.record(concernId, member.id(), AuditEvent.Action.HIDDEN, from.name(), Publication.HIDDEN.name(),
                reasonEn.strip() + " / " + reasonCy.strip());
        return Result.done();
    }

    /** Edits personal data out of the text; the resident's original is kept for staff, and the edit is audited. */
    @Transactional
    public Result redact(StaffMember member, Long concernId, String description, String locationText) {
        Optional<ModerationItem> item = accessible(member, concernId);
        if (item.isEmpty()) {
            return Result.refused("moderation.error.notYours");
        }
        if (item.get().publication() == Publication.MERGED) {
            return Result.refused("moderation.error.merged");
        }
        String text = description == null ? "" : description.strip();
        String place = locationText == null ? "" : locationText.strip();
        if (text.length() < 10 || text.length() > 4000) {
            return Result.refused("moderation.error.redactLength");
        }
        if (place.length() > 200) {
            return Result.refused("moderation.error.placeTooLong");
        }
        boolean same = text.equals(item.get().description())
                && place.equals(item.get().locationText() == null ? "" : item.get().locationText());
        if (same) {
            return Result.refused("moderation.error.redactUnchanged");
        }
        publications.redact(concernId, text, place);
        audit.record(concernId, member.id(), AuditEvent.Action.REDACTED, null, null, null);
        return Result.done();
    }

    /** Merges this concern into another of the same ward: reporters and followers move, the merged one points to the kept one. */
    @Transactional
    public Result merge(StaffMember member, Long concernId, Long keptId) {
        Optional<ModerationItem> item = accessible(member, concernId);
        if (item.isEmpty()) {
            return Result.refused("moderation.error.notYours");
        }
        Optional<ModerationItem> kept = accessible(member, keptId);
        if (kept.isEmpty() || kept.get().id().equals(concernId) || !kept.get().ward().code().equals(item.get().ward().code())) {
            return Result.refused("moderation.error.mergeTarget");
        }
        if (item.get().publication() == Publication.MERGED || kept.get().publication() == Publication.MERGED) {
            return Result.refused("moderation.error.merged");
        }
        publications.merge(concernId, keptId);
        audit.record(concernId, member.id(), AuditEvent.Action.MERGED, item.get().reference(), kept.get().reference(), null);
        audit.record(keptId, member.id(), AuditEvent.Action.MERGED, item.get().reference(), kept.get().reference(), null);
        return Result.done();
    }

    /** The merged concern's open flags close with it; they were about a concern that is no longer public. */
    void onMerged(@Observes ConcernMerged merged) {
        em.createQuery("UPDATE Flag f SET f.resolvedAt = :now WHERE f.concernId = :c AND f.resolvedAt IS NULL")
                .setParameter("now", merged.at()).setParameter("c", merged.mergedId()).executeUpdate();
    }

    @Transactional
    public Result addNote(StaffMember member, Long concernId, String textEn, String textCy) {
        Optional<ModerationItem> item = accessible(member, concernId);
        if (item.isEmpty()) {
            return Result.refused("moderation.error.notYours");
        }
        if (blank(textEn) || blank(textCy)) {
            return Result.refused("moderation.error.noteBothLanguages");
        }
        if (textEn.strip().length() > CouncillorNote.MAX_LENGTH || textCy.strip().length() > CouncillorNote.MAX_LENGTH) {
            return Result.refused("moderation.error.noteTooLong");
        }
        em.persist(new CouncillorNote(concernId, member.id(), textEn, textCy, clock.instant()));
        audit.record(concernId, member.id(), AuditEvent.Action.COUNCILLOR_NOTE, null, null, null);
        return Result.done();
    }

    /** Escalates a concern to the partnership administrators: listed for them, and an e-mail to each in their language. */
    @Transactional
    public Result escalate(StaffMember member, Long concernId, String reason) {
        Optional<ModerationItem> item = accessible(member, concernId);
        if (item.isEmpty()) {
            return Result.refused("moderation.error.notYours");
        }
        if (blank(reason)) {
            return Result.refused("moderation.error.escalationReason");
        }
        if (reason.strip().length() > Escalation.MAX_REASON) {
            return Result.refused("moderation.error.reasonTooLong");
        }
        Escalation escalation = new Escalation(concernId, member.id(), reason, clock.instant());
        em.persist(escalation);
        em.flush();
        audit.record(concernId, member.id(), AuditEvent.Action.ESCALATED_TO_ADMIN, null, null, reason.strip());
        ModerationItem i = item.get();
        Map<Long, Mailer.Mail> mails = new LinkedHashMap<>();
        for (StaffMember admin : staff.withRole(Role.ADMIN)) {
            mails.put(admin.id(), escalationMail(admin, member, i, reason.strip()));
        }
        escalationMails.fire(new EscalationMails(escalation.getId(), mails));
        return Result.done();
    }

    /** The e-mails of an escalation, one per administrator, sent only once the escalation is stored. */
    record EscalationMails(Long escalationId, Map<Long, Mailer.Mail> byAdmin) {
    }

    void sendEscalationMails(@Observes(during = TransactionPhase.AFTER_SUCCESS) EscalationMails mails) {
        mails.byAdmin().forEach((adminId, mail) -> mailer.sendOnce(mail, "escalation:" + mails.escalationId() + ":" + adminId));
    }

    private Mailer.Mail escalationMail(StaffMember admin, StaffMember councillor, ModerationItem i, String reason) {
        Language l = admin.language();
        Messages m = Messages.get();
        String link = settings.getBaseUrl() + "/admin/escalations.xhtml?lang=" + l.code();
        String subject = m.format(l, "moderation.mail.escalated.subject", i.reference(), i.ward().nameIn(l));
        String body = m.format(l, "moderation.mail.escalated.body", councillor.displayName(), i.reference(),
                i.categoryName().in(l), i.ward().nameIn(l));
        String why = m.format(l, "moderation.mail.escalated.reason", reason);
        String see = m.format(l, "moderation.mail.escalated.link");
        String text = body + "\n\n" + why + "\n\n" + see + "\n" + link + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + l.code() + "\"><body><p>" + Mailer.escape(body) + "</p><p>" + Mailer.escape(why)
                + "</p><p>" + Mailer.escape(see) + "<br><a href=\"" + Mailer.escape(link) + "\">" + Mailer.escape(link) + "</a></p></body></html>";
        return new Mailer.Mail(admin.email(), l.code(), subject, text, html);
    }

    // ---- escalations, for the administrator

    @Transactional
    public List<EscalationView> openEscalations(StaffMember member) {
        if (member == null || !member.isAdmin()) {
            return List.of();
        }
        return views(em.createQuery("SELECT e FROM Escalation e WHERE e.handledAt IS NULL ORDER BY e.escalatedAt", Escalation.class)
                .setMaxResults(500).getResultList());
    }

    @Transactional
    public Result handleEscalation(StaffMember member, Long escalationId) {
        if (member == null || !member.isAdmin()) {
            return Result.refused("moderation.error.notYours");
        }
        Escalation e = escalationId == null ? null : em.find(Escalation.class, escalationId);
        if (e == null || e.getHandledAt() != null) {
            return Result.refused("moderation.error.escalationGone");
        }
        e.handle(member.id(), clock.instant());
        audit.record(e.getConcernId(), member.id(), AuditEvent.Action.ESCALATION_HANDLED, null, null, null);
        return Result.done();
    }

    private List<EscalationView> escalations(Long concernId) {
        return views(em.createQuery("SELECT e FROM Escalation e WHERE e.concernId = :c ORDER BY e.escalatedAt", Escalation.class)
                .setParameter("c", concernId).getResultList());
    }

    private List<EscalationView> views(List<Escalation> escalations) {
        Map<Long, ModerationItem> items = publications.items(escalations.stream().map(Escalation::getConcernId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ModerationItem::id, Function.identity()));
        Map<Long, String> names = new HashMap<>();
        staff.all().forEach(s -> names.put(s.id(), s.displayName()));
        return escalations.stream().filter(e -> items.containsKey(e.getConcernId()))
                .map(e -> new EscalationView(e.getId(), items.get(e.getConcernId()), names.getOrDefault(e.getCouncillorId(), "?"),
                        e.getReason(), e.getEscalatedAt(), e.getHandledAt())).toList();
    }

    // ---- pre- or post-moderation per ward

    public boolean isPreModerated(String wardCode) {
        WardModeration w = wardCode == null ? null : em.find(WardModeration.class, wardCode);
        return w != null && w.isPreModeration();
    }

    /** The wards that are pre-moderated, of these (all when null). */
    public Set<String> preModerated(Collection<String> wards) {
        List<String> pre = em.createQuery("SELECT w.wardCode FROM WardModeration w WHERE w.preModeration = true", String.class).getResultList();
        return pre.stream().filter(w -> wards == null || wards.contains(w)).collect(Collectors.toSet());
    }

    @Transactional
    public Result setPreModeration(StaffMember member, String wardCode, boolean pre) {
        if (!mayModerate(member, wardCode) || concerns.ward(wardCode).isEmpty()) {
            return Result.refused("moderation.error.notYourWard");
        }
        WardModeration w = em.find(WardModeration.class, wardCode);
        boolean was = w != null && w.isPreModeration();
        if (w == null) {
            em.persist(new WardModeration(wardCode, pre, member.id(), clock.instant()));
        } else {
            w.set(pre, member.id(), clock.instant());
        }
        if (was != pre) {
            audit.record(null, member.id(), AuditEvent.Action.MODERATION_MODE_CHANGED, was ? "PRE" : "POST", pre ? "PRE" : "POST", wardCode);
        }
        return Result.done();
    }

    // ---- residents and the public

    /** A resident flags a published concern; the database refuses a second flag from the same person. */
    public Result flag(String reference, String flaggerKey, Long flaggerAccountId, String reason, String comment) {
        Optional<Long> id = concerns.idOf(reference);
        Optional<ModerationItem> item = id.flatMap(publications::item);
        if (item.isEmpty() || item.get().publication() != Publication.PUBLISHED) {
            return Result.refused("moderation.flag.error.notPublic");
        }
        FlagReason r = null;
        for (FlagReason f : FlagReason.values()) {
            if (f.name().equals(reason)) {
                r = f;
            }
        }
        if (r == null) {
            return Result.refused("moderation.flag.error.reasonRequired");
        }
        if (comment != null && comment.strip().length() > Flag.MAX_COMMENT) {
            return Result.refused("moderation.flag.error.commentTooLong");
        }
        try {
            flags.store(new Flag(id.get(), flaggerKey, flaggerAccountId, r, comment, clock.instant()));
            return Result.done();
        } catch (PersistenceException | TransactionalException e) {
            if (flags.exists(id.get(), flaggerKey)) {
                return Result.refused("moderation.flag.error.already");
            }
            throw e;
        }
    }

    /** A concern's public councillor notes, oldest first. */
    public List<NoteView> notes(String reference) {
        return concerns.idOf(reference).map(this::notes).orElse(List.of());
    }

    private List<NoteView> notes(Long concernId) {
        return em.createQuery("SELECT n FROM CouncillorNote n WHERE n.concernId = :c ORDER BY n.writtenAt", CouncillorNote.class)
                .setParameter("c", concernId).getResultList().stream()
                .map(n -> new NoteView(n.getWrittenAt(), new BilingualText(n.getTextEn(), n.getTextCy()))).toList();
    }

    private void resolveFlags(Long concernId, StaffMember member) {
        em.createQuery("UPDATE Flag f SET f.resolvedAt = :now, f.resolvedBy = :by WHERE f.concernId = :c AND f.resolvedAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("by", member.id()).setParameter("c", concernId).executeUpdate();
    }

    private static FlagView view(Flag f) {
        return new FlagView(f.getReason(), f.getComment(), f.getFlaggedAt());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
