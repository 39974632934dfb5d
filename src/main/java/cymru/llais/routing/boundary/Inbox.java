package cymru.llais.routing.boundary;

import cymru.llais.accounts.boundary.StaffAccounts;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.StaffConcern;
import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.routing.control.WorkingDays;
import cymru.llais.routing.entity.Assignment;
import cymru.llais.routing.entity.AuditEvent;
import cymru.llais.routing.entity.Note;
import cymru.llais.routing.entity.Team;
import cymru.llais.i18n.Messages;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The partner inbox. Staff see and act on the concerns held by their own organisation's teams, and
 * nothing else; the partnership administrator sees all. Every hand-over and status change is audited.
 */
@ApplicationScoped
public class Inbox {

    public static final int MAX_REASON = 1000;
    private static final int MAX_ITEMS = 500;
    private static final Set<ConcernStatus> STAFF_MAY_SET = EnumSet.of(ConcernStatus.IN_PROGRESS, ConcernStatus.CLOSED);

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Concerns concerns;

    @Inject
    StaffAccounts staff;

    @Inject
    TeamNotifier notifier;

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    /** A line of the inbox. */
    public record Item(StaffConcern concern, TeamInfo team, Instant assignedAt, Instant acknowledgeBy,
                       Instant acknowledgedAt, boolean overdue) {
    }

    /** One entry of the trail shown to staff, with names resolved. */
    public record TrailEntry(Instant at, String actor, AuditEvent.Action action, BilingualText from, BilingualText to, String detail) {
    }

    /** A concern as its holders work it: the concern, who holds it, the trail, the internal notes. */
    public record Detail(StaffConcern concern, Item item, List<TrailEntry> trail, List<NoteView> notes) {
    }

    /** An internal note with its author's name. */
    public record NoteView(Instant at, String author, String text) {
    }

    /** The outcome of an action: done, or the bundle key of why not (and then nothing changed). */
    public record Result(boolean ok, String errorKey) {
        static Result done() {
            return new Result(true, null);
        }

        static Result refused(String key) {
            return new Result(false, key);
        }
    }

    /**
     * Which items: open or closed ones (or both, {@code all}), overdue only, one team; and, as the insight dashboard
     * links them, concerns reported in {@code [from, to)}, of one local authority, ward, category, or held by one
     * partner. Null criteria do not filter. The member's own scope applies whatever the filter says.
     */
    public record Filter(boolean closed, boolean overdueOnly, Long teamId, boolean all, Instant from, Instant to,
                         String authority, String ward, String category, Long partnerId) {

        public Filter(boolean closed, boolean overdueOnly, Long teamId) {
            this(closed, overdueOnly, teamId, false, null, null, null, null, null, null);
        }
    }

    public List<Item> items(StaffMember member, Filter filter) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM Assignment a WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!member.isAdmin()) {
            jpql.append(" AND a.team.partner.id = :partner");
            parameters.put("partner", member.partnerId());
        }
        if (filter.partnerId() != null) {
            jpql.append(" AND a.team.partner.id = :filterPartner");
            parameters.put("filterPartner", filter.partnerId());
        }
        if (filter.teamId() != null) {
            jpql.append(" AND a.team.id = :team");
            parameters.put("team", filter.teamId());
        }
        StringBuilder concern = new StringBuilder();
        if (filter.from() != null) {
            concern.append(" AND c.createdAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            concern.append(" AND c.createdAt < :to");
            parameters.put("to", filter.to());
        }
        if (filter.category() != null) {
            concern.append(" AND c.category.code = :category");
            parameters.put("category", filter.category());
        }
        if (filter.ward() != null) {
            concern.append(" AND c.wardCode = :ward");
            parameters.put("ward", filter.ward());
        }
        if (filter.authority() != null) {
            concern.append(" AND c.wardCode IN (SELECT w.code FROM Ward w WHERE w.localAuthorityCode = :authority)");
            parameters.put("authority", filter.authority());
        }
        if (!concern.isEmpty()) {
            jpql.append(" AND a.concernId IN (SELECT c.id FROM Concern c WHERE 1 = 1").append(concern).append(')');
        }
        var query = em.createQuery(jpql + " ORDER BY a.acknowledgeBy ASC", Assignment.class).setMaxResults(MAX_ITEMS * 4);
        parameters.forEach(query::setParameter);
        List<Assignment> assignments = query.getResultList();
        Map<Long, StaffConcern> views = concerns.forStaff(assignments.stream().map(Assignment::getConcernId).toList());
        Instant now = clock.instant();
        return assignments.stream()
                .filter(a -> views.containsKey(a.getConcernId()))
                .map(a -> item(a, views.get(a.getConcernId()), now))
                .filter(i -> filter.all() || filter.closed() == (i.concern().status() == ConcernStatus.CLOSED))
                .filter(i -> !filter.overdueOnly() || i.overdue())
                .sorted(Comparator.comparing(Item::overdue).reversed().thenComparing(Item::acknowledgeBy))
                .limit(MAX_ITEMS)
                .toList();
    }

    /** A concern with its trail and notes, if this member may see it. */
    @Transactional
    public Optional<Detail> detail(StaffMember member, Long concernId) {
        Optional<Assignment> assignment = accessible(member, concernId);
        if (assignment.isEmpty()) {
            return Optional.empty();
        }
        StaffConcern concern = concerns.forStaff(concernId).orElseThrow();
        Map<Long, String> names = new HashMap<>();
        staff.all().forEach(s -> names.put(s.id(), s.displayName()));
        List<TrailEntry> trail = auditTrail.trail(concernId);
        List<NoteView> notes = em.createQuery("SELECT n FROM Note n WHERE n.concernId = :c ORDER BY n.writtenAt", Note.class)
                .setParameter("c", concernId).getResultList().stream()
                .map(n -> new NoteView(n.getWrittenAt(), names.getOrDefault(n.getAuthorId(), "?"), n.getText())).toList();
        return Optional.of(new Detail(concern, item(assignment.get(), concern, clock.instant()), trail, notes));
    }

    @Transactional
    public Result acknowledge(StaffMember member, Long concernId) {
        Optional<Assignment> a = accessible(member, concernId);
        if (a.isEmpty()) {
            return Result.refused("routing.error.notYours");
        }
        Instant now = clock.instant();
        if (a.get().getAcknowledgedAt() != null) {
            return Result.refused("routing.error.alreadyAcknowledged");
        }
        a.get().acknowledge(now);
        ConcernStatus status = concerns.forStaff(concernId).orElseThrow().status();
        if (status == ConcernStatus.RECEIVED || status == ConcernStatus.REFERRED) {
            concerns.changeStatus(concernId, ConcernStatus.ACKNOWLEDGED);
        }
        audit(concernId, member, AuditEvent.Action.ACKNOWLEDGED, status.name(), ConcernStatus.ACKNOWLEDGED.name(), null);
        return Result.done();
    }

    /** Accepts the concern: this team will act on it (it is acknowledged too, if it was not yet). */
    @Transactional
    public Result accept(StaffMember member, Long concernId) {
        Optional<Assignment> a = accessible(member, concernId);
        if (a.isEmpty()) {
            return Result.refused("routing.error.notYours");
        }
        ConcernStatus from = concerns.forStaff(concernId).orElseThrow().status();
        if (!from.canBecome(ConcernStatus.IN_PROGRESS)) {
            return Result.refused("routing.error.statusNotAllowed");
        }
        a.get().acknowledge(clock.instant());
        concerns.changeStatus(concernId, ConcernStatus.IN_PROGRESS);
        audit(concernId, member, AuditEvent.Action.ACCEPTED, from.name(), ConcernStatus.IN_PROGRESS.name(), null);
        return Result.done();
    }

    /** Passes the concern to another partner's team, with a reason; the new team gets it with its whole history. */
    @Transactional
    public Result refer(StaffMember member, Long concernId, Long toTeamId, String reason) {
        Optional<Assignment> a = accessible(member, concernId);
        if (a.isEmpty()) {
            return Result.refused("routing.error.notYours");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            return Result.refused("routing.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            return Result.refused("routing.error.reasonTooLong");
        }
        Team to = toTeamId == null ? null : em.find(Team.class, toTeamId);
        if (to == null) {
            return Result.refused("routing.error.unknownTeam");
        }
        Team from = a.get().getTeam();
        if (from.getId().equals(to.getId())) {
            return Result.refused("routing.error.sameTeam");
        }
        ConcernStatus status = concerns.forStaff(concernId).orElseThrow().status();
        if (!status.canBecome(ConcernStatus.REFERRED)) {
            return Result.refused("routing.error.statusNotAllowed");
        }
        Instant now = clock.instant();
        a.get().handTo(to, now, WorkingDays.deadline(now, to.getPartner().getAcknowledgeDays()));
        concerns.changeStatus(concernId, ConcernStatus.REFERRED);
        audit(concernId, member, AuditEvent.Action.REFERRED, from.getCode(), to.getCode(), why);
        notifier.referred(concernId);
        return Result.done();
    }

    @Transactional
    public Result changeStatus(StaffMember member, Long concernId, ConcernStatus to) {
        Optional<Assignment> a = accessible(member, concernId);
        if (a.isEmpty()) {
            return Result.refused("routing.error.notYours");
        }
        if (to == null || !STAFF_MAY_SET.contains(to)) {
            return Result.refused("routing.error.statusNotAllowed");
        }
        ConcernStatus from = concerns.forStaff(concernId).orElseThrow().status();
        if (!from.canBecome(to)) {
            return Result.refused("routing.error.statusNotAllowed");
        }
        a.get().acknowledge(clock.instant());
        concerns.changeStatus(concernId, to);
        audit(concernId, member, AuditEvent.Action.STATUS_CHANGED, from.name(), to.name(), null);
        return Result.done();
    }

    @Transactional
    public Result addNote(StaffMember member, Long concernId, String text) {
        if (accessible(member, concernId).isEmpty()) {
            return Result.refused("routing.error.notYours");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Result.refused("routing.error.noteRequired");
        }
        if (t.length() > Note.MAX_LENGTH) {
            return Result.refused("routing.error.noteTooLong");
        }
        em.persist(new Note(concernId, member.id(), clock.instant(), t));
        audit(concernId, member, AuditEvent.Action.NOTE_ADDED, null, null, null);
        return Result.done();
    }

    /** The teams a concern can be referred to: every team of every other partner. */
    public List<TeamInfo> referralTargets(StaffMember member, Long concernId) {
        Optional<Assignment> a = accessible(member, concernId);
        if (a.isEmpty()) {
            return List.of();
        }
        Long partner = a.get().getTeam().getPartner().getId();
        return em.createQuery("SELECT t FROM Team t WHERE t.partner.id <> :p ORDER BY t.partner.name.en, t.name.en", Team.class)
                .setParameter("p", partner).getResultList().stream().map(TeamInfo::of).toList();
    }

    /** Escalates overdue, unacknowledged concerns to their team lead once; safe when several instances run it at once. */
    @Transactional
    public int escalateOverdue() {
        Instant now = clock.instant();
        List<Assignment> overdue = em.createNamedQuery(Assignment.OVERDUE, Assignment.class).setParameter("now", now)
                .setMaxResults(200).getResultList();
        List<Long> claimed = new ArrayList<>();
        for (Assignment a : overdue) {
            int won = em.createQuery("UPDATE Assignment a SET a.escalatedAt = :now WHERE a.concernId = :c AND a.escalatedAt IS NULL")
                    .setParameter("now", now).setParameter("c", a.getConcernId()).executeUpdate();
            if (won == 1) {
                em.persist(new AuditEvent(a.getConcernId(), now, null, AuditEvent.Action.ESCALATED, null,
                        a.getTeam().getLeadId() == null ? a.getTeam().getCode() : "lead:" + a.getTeam().getLeadId(), null));
                claimed.add(a.getConcernId());
            }
        }
        claimed.forEach(notifier::overdue);
        return claimed.size();
    }

    /**
     * Records that a published outcome answers this concern: it is acknowledged, moved to {@code to} when its
     * status allows (a closed concern is not reopened), and the trail says so, naming the outcome in {@code detail}.
     */
    @Transactional
    public Result outcomePublished(StaffMember member, Long concernId, ConcernStatus to, String detail) {
        Optional<Assignment> a = accessible(member, concernId);
        if (a.isEmpty()) {
            return Result.refused("routing.error.notYours");
        }
        ConcernStatus from = concerns.forStaff(concernId).orElseThrow().status();
        ConcernStatus now = from;
        if (from != to && from.canBecome(to) && from != ConcernStatus.CLOSED) {
            concerns.changeStatus(concernId, to);
            now = to;
        }
        a.get().acknowledge(clock.instant());
        audit(concernId, member, AuditEvent.Action.OUTCOME_PUBLISHED, from.name(), now.name(), detail);
        return Result.done();
    }

    /**
     * Its reporter rated an outcome answering it "not resolved": a closed concern is moved back to in progress
     * (the only way out of closed), and the team that holds it must acknowledge it again within its service level;
     * the trail records it with the reporter's words in {@code detail}. The caller has checked that the resident
     * reported it. Empty when no team holds it.
     */
    @Transactional
    public Optional<ConcernStatus> reopenedByReporter(Long concernId, String detail) {
        Assignment a = concernId == null ? null : em.find(Assignment.class, concernId);
        if (a == null) {
            return Optional.empty();
        }
        ConcernStatus from = concerns.forStaff(concernId).orElseThrow().status();
        ConcernStatus now = from;
        if (from == ConcernStatus.CLOSED && from.canBecome(ConcernStatus.IN_PROGRESS)) {
            concerns.changeStatus(concernId, ConcernStatus.IN_PROGRESS);
            now = ConcernStatus.IN_PROGRESS;
        }
        Instant at = clock.instant();
        a.reopen(WorkingDays.deadline(at, a.getTeam().getPartner().getAcknowledgeDays()));
        em.persist(new AuditEvent(concernId, at, null, AuditEvent.Action.REOPENED_BY_REPORTER, from.name(), now.name(), detail));
        return Optional.of(now);
    }

    /** The team holding a concern, if this member may work it (their partner holds it, or they administer). */
    public Optional<TeamInfo> holder(StaffMember member, Long concernId) {
        return accessible(member, concernId).map(a -> TeamInfo.of(a.getTeam()));
    }

    private Optional<Assignment> accessible(StaffMember member, Long concernId) {
        if (member == null || concernId == null || !member.active()) {
            return Optional.empty();
        }
        Assignment a = em.find(Assignment.class, concernId);
        if (a == null) {
            return Optional.empty();
        }
        return member.isAdmin() || a.getTeam().getPartner().getId().equals(member.partnerId()) ? Optional.of(a) : Optional.empty();
    }

    private void audit(Long concernId, StaffMember member, AuditEvent.Action action, String from, String to, String detail) {
        em.persist(new AuditEvent(concernId, clock.instant(), member.id(), action, from, to, detail));
    }

    private static Item item(Assignment a, StaffConcern c, Instant now) {
        return new Item(c, TeamInfo.of(a.getTeam()), a.getAssignedAt(), a.getAcknowledgeBy(), a.getAcknowledgedAt(),
                a.isOverdue(now) && c.status() != ConcernStatus.CLOSED);
    }
}
