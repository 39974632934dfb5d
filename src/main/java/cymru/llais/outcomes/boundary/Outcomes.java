package cymru.llais.outcomes.boundary;

import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.concerns.boundary.CategoryView;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.StaffConcern;
import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.concerns.entity.Publication;
import cymru.llais.outcomes.control.SearchTerms;
import cymru.llais.outcomes.entity.LinkedConcern;
import cymru.llais.outcomes.entity.Outcome;
import cymru.llais.outcomes.entity.OutcomeKind;
import cymru.llais.outcomes.entity.OutcomeStatus;
import cymru.llais.outcomes.entity.OutcomeText;
import cymru.llais.outcomes.entity.ProjectLink;
import cymru.llais.outcomes.entity.Problem;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.Inbox;
import cymru.llais.routing.boundary.Partners;
import cymru.llais.routing.boundary.TeamInfo;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "You said, we did": partner staff write an outcome in Welsh and English answering concerns their organisation
 * holds, and publish it; publishing moves those concerns on through the inbox, so their history and audit trail
 * record it. The public sees published outcomes only, and of a sensitive concern only that it was answered.
 */
@ApplicationScoped
public class Outcomes {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_CONCERNS = 200;
    private static final int MAX_PAGE = 1000;
    private static final ZoneId WALES = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Concerns concerns;

    @Inject
    Inbox inbox;

    @Inject
    Areas areas;

    @Inject
    Partners partners;

    @Inject
    Clock clock;

    @Inject
    Event<OutcomePublished> publishedEvents;

    /** The answer to a save or publish: done (with the outcome's id), or the problems, and then nothing changed. */
    public record SaveResult(Long id, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** An outcome as its partner's staff see it, drafts included, sensitive concerns included. */
    public record StaffOutcome(Long id, OutcomeStatus status, OutcomeText text, List<StaffConcern> concerns,
                               BilingualText partnerName, Instant updatedAt, Instant publishedAt) {
        public String references() {
            return String.join(" ", concerns.stream().map(StaffConcern::reference).toList());
        }
    }

    /** What residents said: how many concerns of a category in a ward an outcome answers. */
    public record Said(BilingualText category, WardInfo ward, long count) {
    }

    /** A public concern an outcome answers, with its words as its reporter wrote them. */
    public record PublicLink(String reference, BilingualText category, WardInfo ward, String description, Language language,
                             ConcernStatus status) {
        public String excerpt() {
            return description.length() <= 200 ? description : description.substring(0, 200) + "…";
        }
    }

    /** A published outcome as the public sees it: no staff names, no sensitive concern but its count. */
    public record PublicOutcome(Long id, OutcomeKind kind, BilingualText partnerName, BilingualText response,
                                BilingualText outcome, BilingualText reason, LocalDate doneOn, Instant publishedAt,
                                List<Said> said, List<PublicLink> concerns, long sensitiveCount, ProjectRef project,
                                List<WardInfo> wards) {
        public String doneOnIso() {
            return doneOn.toString();
        }

        /**
         * The wards of the public concerns it answers, or of the budgeting round it reports on, once each, for links
         * to their quarterly summaries.
         */
        public List<WardInfo> wardsSaid() {
            return java.util.stream.Stream.concat(said.stream().map(Said::ward), wards.stream()).distinct().toList();
        }

        /** Whether it is a participatory budgeting project's progress update (it answers no concern). */
        public boolean budgeting() {
            return project != null;
        }

        /** The quarter it was published in (dates in Wales), as its summary's link writes it. */
        public String quarterCode() {
            return cymru.llais.outcomes.entity.Quarter.of(publishedAt).code();
        }

        /** Midday on the day it was done, so that a date in Wales shows as that day. */
        public Instant doneOnInstant() {
            return doneOn.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
        }
    }

    /** The participatory budgeting project an outcome reports on, with the address of its line in the round's results. */
    public record ProjectRef(Long roundId, Long projectId, BilingualText title, BilingualText roundTitle) {
        public String path() {
            return "/budgeting/results.xhtml?round=" + roundId + "#project-" + projectId;
        }
    }

    /** The newest published progress update of a budgeting project. */
    public record ProjectUpdate(Long outcomeId, Long projectId, BilingualText text, LocalDate doneOn, Instant publishedAt) {
        public String path() {
            return "/outcomes/view.xhtml?id=" + outcomeId;
        }
    }

    /** A page of the public board. */
    public record Board(List<PublicOutcome> items, int page, int pages, long total) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** How far back the board looks. */
    public enum Period {
        MONTH(31), QUARTER(92), YEAR(366);

        private final int days;

        Period(int days) {
            this.days = days;
        }

        public String key() {
            return "outcomes.period." + name().toLowerCase(Locale.ROOT);
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Period> parse(String value) {
            return value == null ? Optional.empty()
                    : Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(value.strip())).findFirst();
        }
    }

    /** The board's filters; null means any; {@code search}: words each found in the English or Welsh text. */
    public record Filter(String wardCode, String categoryCode, Long partnerId, Period period, SearchTerms search) {
        public Filter {
            search = search == null ? SearchTerms.NONE : search;
        }

        public Filter(String wardCode, String categoryCode, Long partnerId, Period period) {
            this(wardCode, categoryCode, partnerId, period, SearchTerms.NONE);
        }
    }

    /** A partner as the board's filter offers it. */
    public record PartnerOption(Long id, BilingualText name) {
    }

    // ---- staff

    /**
     * Saves a draft, or publishes: {@code references} names every concern it answers (spaces or commas between).
     * Staff link only concerns their own organisation holds; an administrator any.
     */
    @Transactional
    public SaveResult save(StaffMember member, Long outcomeId, OutcomeText text, String references, boolean publish) {
        if (!mayWrite(member)) {
            return refused(null, "outcomes.error.notAllowed", null);
        }
        Outcome outcome = null;
        if (outcomeId != null) {
            outcome = em.find(Outcome.class, outcomeId, LockModeType.PESSIMISTIC_WRITE);
            if (outcome == null || !mayRead(member, outcome)) {
                return refused(null, "outcomes.error.notFound", null);
            }
            if (outcome.isPublished()) {
                return refused(null, "outcomes.error.published", null);
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(WALES));
        List<Problem> problems = new ArrayList<>(text.problems(today, publish));
        if (text.kind() != null && !text.kind().answersConcerns()) {
            problems.add(new Problem("kind", "outcomes.error.kind"));
        }

        Set<String> refs = new LinkedHashSet<>();
        for (String r : (references == null ? "" : references).split("[\\s,;]+")) {
            if (!r.isBlank()) {
                refs.add(r.strip().toUpperCase(Locale.ROOT));
            }
        }
        Map<Long, TeamInfo> holders = new LinkedHashMap<>();
        List<String> notYours = new ArrayList<>();
        for (String r : refs) {
            Optional<Long> id = concerns.idOf(r);
            Optional<TeamInfo> holder = id.flatMap(i -> inbox.holder(member, i));
            if (holder.isEmpty()) {
                notYours.add(r);
            } else {
                holders.put(id.get(), holder.get());
            }
        }
        if (refs.isEmpty()) {
            problems.add(new Problem("references", "outcomes.error.noConcern"));
        } else if (!notYours.isEmpty()) {
            problems.add(new Problem("references", "outcomes.error.concernNotYours", String.join(", ", notYours)));
        } else if (refs.size() > MAX_CONCERNS) {
            problems.add(new Problem("references", "outcomes.error.tooManyConcerns"));
        }
        if (!problems.isEmpty()) {
            return new SaveResult(outcomeId, List.copyOf(problems));
        }

        Instant now = clock.instant();
        if (outcome == null) {
            Long partnerId = member.isAdmin() ? holders.values().iterator().next().partnerId() : member.partnerId();
            outcome = new Outcome(partnerId, member.id(), now);
            em.persist(outcome);
        }
        Map<Long, StaffConcern> views = concerns.forStaff(holders.keySet());
        outcome.write(text, member.id(), now);
        outcome.answer(holders.keySet().stream().map(views::get)
                .map(c -> new LinkedConcern(c.id(), c.ward().code(), c.categoryCode(), c.sensitive())).toList());
        if (publish) {
            outcome.publish(now, today);
            em.flush();
            ConcernStatus to = outcome.getKind().closesConcerns() ? ConcernStatus.CLOSED : ConcernStatus.IN_PROGRESS;
            String detail = "/outcomes/view.xhtml?id=" + outcome.getId();
            for (Long concernId : holders.keySet()) {
                Inbox.Result moved = inbox.outcomePublished(member, concernId, to, detail);
                if (!moved.ok()) {
                    throw new IllegalStateException("a concern checked above could not be moved on");
                }
            }
            OutcomeText t = outcome.text();
            publishedEvents.fire(new OutcomePublished(outcome.getId(), List.copyOf(holders.keySet()),
                    new BilingualText(t.outcomeEn(), t.outcomeCy()), now));
        }
        em.flush();
        return new SaveResult(outcome.getId(), List.of());
    }

    /**
     * Publishes at once a participatory budgeting project's progress update, for the partner responsible for the
     * project (the budgeting capability has checked that this member may speak for it): the response (what residents
     * chose) and the update in English and Welsh, both required; {@code done} makes it an "action taken", otherwise a
     * progress update. It answers no concern, so it moves none on and e-mails no concern's followers; it concerns the
     * wards of the round's area, which the board's ward filter, the ward's feed and its quarterly summary use.
     */
    @Transactional
    public SaveResult publishProjectUpdate(StaffMember member, Long partnerId, ProjectRef project, List<String> wardCodes,
                                           boolean done, String responseEn, String responseCy, String outcomeEn, String outcomeCy) {
        if (!mayWrite(member) || partnerId == null || !(member.isAdmin() || partnerId.equals(member.partnerId()))) {
            return refused(null, "outcomes.error.notAllowed", null);
        }
        if (project == null || wardCodes == null || wardCodes.isEmpty()) {
            throw new IllegalArgumentException("a project's update names the project and its wards");
        }
        LocalDate today = LocalDate.now(clock.withZone(WALES));
        OutcomeText text = new OutcomeText(done ? OutcomeKind.ACTION_TAKEN : OutcomeKind.PROGRESS, responseEn, responseCy,
                outcomeEn, outcomeCy, null, null, today.toString());
        List<Problem> problems = text.problems(today, true);
        if (!problems.isEmpty()) {
            return new SaveResult(null, List.copyOf(problems));
        }
        Instant now = clock.instant();
        Outcome outcome = Outcome.ofProject(partnerId, member.id(), now,
                new ProjectLink(project.roundId(), project.projectId(), project.title().en(), project.title().cy(),
                        project.roundTitle().en(), project.roundTitle().cy()), wardCodes);
        em.persist(outcome);
        outcome.write(text, member.id(), now);
        outcome.publish(now, today);
        em.flush();
        return new SaveResult(outcome.getId(), List.of());
    }

    /** The newest published progress update of each of these budgeting projects that has one. */
    @Transactional
    public Map<Long, ProjectUpdate> latestOfProjects(java.util.Collection<Long> projectIds) {
        Map<Long, ProjectUpdate> latest = new HashMap<>();
        if (projectIds == null || projectIds.isEmpty()) {
            return latest;
        }
        for (Outcome o : em.createQuery("SELECT o FROM Outcome o WHERE o.project.projectId IN :ids"
                        + " AND o.status = cymru.llais.outcomes.entity.OutcomeStatus.PUBLISHED ORDER BY o.publishedAt DESC, o.id DESC",
                Outcome.class).setParameter("ids", projectIds).getResultList()) {
            OutcomeText t = o.text();
            latest.putIfAbsent(o.getProject().getProjectId(), new ProjectUpdate(o.getId(), o.getProject().getProjectId(),
                    new BilingualText(t.outcomeEn(), t.outcomeCy()), o.getDoneOn(), o.getPublishedAt()));
        }
        return latest;
    }

    /** An outcome this member may see: their organisation's, or any for an administrator. */
    @Transactional
    public Optional<StaffOutcome> forStaff(StaffMember member, Long id) {
        if (!mayWrite(member) || id == null) {
            return Optional.empty();
        }
        Outcome o = em.find(Outcome.class, id);
        if (o == null || !mayRead(member, o)) {
            return Optional.empty();
        }
        return Optional.of(staffView(o));
    }

    /** The outcomes of the member's organisation (all for an administrator), drafts first, newest first. */
    @Transactional
    public List<StaffOutcome> ofPartner(StaffMember member) {
        if (!mayWrite(member)) {
            return List.of();
        }
        TypedQuery<Outcome> q = em.createQuery("SELECT o FROM Outcome o" + (member.isAdmin() ? "" : " WHERE o.partnerId = :p")
                + " ORDER BY o.status ASC, o.updatedAt DESC, o.id DESC", Outcome.class).setMaxResults(500);
        if (!member.isAdmin()) {
            q.setParameter("p", member.partnerId());
        }
        return q.getResultList().stream().map(this::staffView).toList();
    }

    /** A concern that this member may answer, for the form that starts from it. */
    public Optional<StaffConcern> answerable(StaffMember member, Long concernId) {
        if (!mayWrite(member) || concernId == null || inbox.holder(member, concernId).isEmpty()) {
            return Optional.empty();
        }
        return concerns.forStaff(concernId);
    }

    /** The open concerns this member's organisation holds, for the picker. */
    public List<StaffConcern> pickable(StaffMember member) {
        if (!mayWrite(member)) {
            return List.of();
        }
        return inbox.items(member, new Inbox.Filter(false, false, null)).stream().map(Inbox.Item::concern)
                .sorted(Comparator.comparing(StaffConcern::reference)).toList();
    }

    private StaffOutcome staffView(Outcome o) {
        Map<Long, StaffConcern> views = concerns.forStaff(o.getConcerns().stream().map(LinkedConcern::getConcernId).toList());
        List<StaffConcern> linked = o.getConcerns().stream().map(l -> views.get(l.getConcernId())).filter(c -> c != null).toList();
        return new StaffOutcome(o.getId(), o.getStatus(), o.text(), linked, partnerName(o.getPartnerId()), o.getUpdatedAt(),
                o.getPublishedAt());
    }

    static boolean mayWrite(StaffMember member) {
        return member != null && member.active() && !member.isCouncillor();
    }

    static boolean mayRead(StaffMember member, Outcome o) {
        return member.isAdmin() || o.getPartnerId().equals(member.partnerId());
    }

    private static SaveResult refused(String field, String key, String argument) {
        return new SaveResult(null, List.of(new Problem(field, key, argument)));
    }

    // ---- public

    /** A published outcome, for its permanent page. */
    @Transactional
    public Optional<PublicOutcome> published(Long id) {
        Outcome o = id == null ? null : em.find(Outcome.class, id);
        if (o == null || !o.isPublished()) {
            return Optional.empty();
        }
        return Optional.of(publicViews(List.of(o)).get(0));
    }

    /** The public board: published outcomes, newest first, filtered; ward and category match only non-sensitive concerns. */
    @Transactional
    public Board board(Filter filter, int page) {
        int p = Math.max(1, Math.min(page, MAX_PAGE));
        StringBuilder where = new StringBuilder(" WHERE o.status = cymru.llais.outcomes.entity.OutcomeStatus.PUBLISHED");
        Map<String, Object> parameters = new HashMap<>();
        boolean join = filter.wardCode() != null || filter.categoryCode() != null;
        if (join) {
            // one non-sensitive concern matches ward and category; or, with no category asked for, a ward the outcome
            // concerns directly (a budgeting round's area)
            StringBuilder concern = new StringBuilder("l.sensitive = false");
            if (filter.wardCode() != null) {
                concern.append(" AND l.wardCode = :ward");
                parameters.put("ward", filter.wardCode());
            }
            if (filter.categoryCode() != null) {
                concern.append(" AND l.categoryCode = :category");
                parameters.put("category", filter.categoryCode());
            }
            where.append(filter.categoryCode() == null ? " AND ((" + concern + ") OR w.wardCode = :ward)" : " AND " + concern);
        }
        if (filter.partnerId() != null) {
            where.append(" AND o.partnerId = :partner");
            parameters.put("partner", filter.partnerId());
        }
        if (filter.period() != null) {
            where.append(" AND o.publishedAt >= :since");
            parameters.put("since", clock.instant().minus(Duration.ofDays(filter.period().days)));
        }
        // the public texts only, both languages whatever the page's; the columns' collation ignores case and accents
        List<List<String>> words = filter.search().welshPatterns();
        for (int i = 0; i < words.size(); i++) {
            List<String> any = new ArrayList<>();
            for (int j = 0; j < words.get(i).size(); j++) {
                String name = "search" + i + "_" + j;
                parameters.put(name, words.get(i).get(j));
                List<String> columns = j == 0 ? List.of("responseEn", "outcomeEn", "reasonEn", "responseCy", "outcomeCy", "reasonCy")
                        : List.of("responseCy", "outcomeCy", "reasonCy");
                columns.forEach(c -> any.add("o." + c + " LIKE :" + name + " ESCAPE '!'"));
            }
            where.append(" AND (").append(String.join(" OR ", any)).append(")");
        }
        String from = " FROM Outcome o" + (join ? " LEFT JOIN o.concerns l" + (filter.categoryCode() == null ? " LEFT JOIN o.wards w" : "") : "");
        TypedQuery<Object[]> list = em.createQuery("SELECT DISTINCT o.id, o.publishedAt" + from + where
                + " ORDER BY o.publishedAt DESC, o.id DESC", Object[].class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(DISTINCT o.id)" + from + where, Long.class);
        parameters.forEach(list::setParameter);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        List<Long> found = list.setFirstResult((p - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList().stream()
                .map(r -> (Long) r[0]).toList();
        List<Outcome> outcomes = found.isEmpty() ? List.of()
                : em.createQuery("SELECT o FROM Outcome o WHERE o.id IN :ids", Outcome.class).setParameter("ids", found)
                .getResultList().stream().sorted(Comparator.comparing((Outcome o) -> found.indexOf(o.getId()))).toList();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Board(publicViews(outcomes), p, pages, total);
    }

    /** Published outcomes answering a non-sensitive concern of the ward {@code :w}, or concerning it directly. */
    private static final String OF_WARD = " LEFT JOIN o.concerns l LEFT JOIN o.wards w WHERE"
            + " o.status = cymru.llais.outcomes.entity.OutcomeStatus.PUBLISHED"
            + " AND ((l.sensitive = false AND l.wardCode = :w) OR w.wardCode = :w)";

    /** The newest published outcomes answering a (non-sensitive) concern of a ward, or concerning it, for its feed. */
    @Transactional
    public List<PublicOutcome> ofWard(String wardCode, int limit) {
        List<Outcome> outcomes = em.createQuery("SELECT DISTINCT o FROM Outcome o" + OF_WARD
                        + " ORDER BY o.publishedAt DESC, o.id DESC", Outcome.class)
                .setParameter("w", wardCode).setMaxResults(limit).getResultList();
        return publicViews(outcomes);
    }

    /** The outcomes published in {@code [from, to)} answering a (non-sensitive) concern of a ward, oldest first. */
    @Transactional
    public List<PublicOutcome> ofWardBetween(String wardCode, Instant from, Instant to, int limit) {
        List<Outcome> outcomes = em.createQuery("SELECT DISTINCT o FROM Outcome o" + OF_WARD
                        + " AND o.publishedAt >= :from AND o.publishedAt < :to ORDER BY o.publishedAt ASC, o.id ASC", Outcome.class)
                .setParameter("w", wardCode).setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
        return publicViews(outcomes);
    }

    /** The published outcomes answering a concern, by its reference, for its public page. */
    public List<Long> answering(String reference) {
        return concerns.idOf(reference).map(id -> em.createQuery("SELECT o.id FROM Outcome o JOIN o.concerns l WHERE"
                + " o.status = cymru.llais.outcomes.entity.OutcomeStatus.PUBLISHED AND l.concernId = :c ORDER BY o.publishedAt DESC",
                Long.class).setParameter("c", id).getResultList()).orElse(List.of());
    }

    public List<PartnerOption> partnerOptions() {
        return partners.all().stream().map(p -> new PartnerOption(p.getId(), p.getName())).toList();
    }

    public List<CategoryView> publicCategories() {
        return concerns.categories().stream().filter(c -> !c.sensitive()).toList();
    }

    public Optional<WardInfo> ward(String code) {
        return code == null ? Optional.empty() : areas.ward(code.strip());
    }

    public List<Areas.WardGroup> wardGroups(Language language) {
        return areas.wardsByAuthority(language);
    }

    private List<PublicOutcome> publicViews(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        Map<Long, StaffConcern> views = concerns.forStaff(outcomes.stream().flatMap(o -> o.getConcerns().stream())
                .map(LinkedConcern::getConcernId).distinct().toList());
        Map<Long, BilingualText> partnerNames = new HashMap<>();
        partners.all().forEach(p -> partnerNames.put(p.getId(), p.getName()));
        Map<String, BilingualText> categoryNames = new HashMap<>();
        concerns.categories().forEach(c -> categoryNames.put(c.code(), c.name()));
        List<PublicOutcome> result = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Long> groups = new LinkedHashMap<>();
            long sensitive = 0;
            List<PublicLink> links = new ArrayList<>();
            for (LinkedConcern l : o.getConcerns()) {
                if (l.isSensitive()) {
                    sensitive++;
                    continue;
                }
                groups.merge(l.getCategoryCode() + "|" + l.getWardCode(), 1L, Long::sum);
                StaffConcern c = views.get(l.getConcernId());
                // a concern whose text was removed at its reporter's request is counted, not quoted
                if (c != null && !c.sensitive() && c.publication() == Publication.PUBLISHED && !c.description().isBlank()) {
                    links.add(new PublicLink(c.reference(), c.categoryName(), c.ward(), c.description(), c.language(), c.status()));
                }
            }
            List<Said> said = new ArrayList<>();
            groups.forEach((key, n) -> {
                String[] parts = key.split("\\|", 2);
                areas.ward(parts[1]).ifPresent(w -> said.add(new Said(
                        categoryNames.getOrDefault(parts[0], new BilingualText(parts[0], parts[0])), w, n)));
            });
            OutcomeText t = o.text();
            ProjectLink p = o.getProject();
            ProjectRef project = p == null ? null
                    : new ProjectRef(p.getRoundId(), p.getProjectId(), new BilingualText(p.getTitleEn(), p.getTitleCy()),
                    new BilingualText(p.getRoundTitleEn(), p.getRoundTitleCy()));
            List<WardInfo> wards = o.getWards().stream().map(areas::ward).flatMap(Optional::stream).toList();
            result.add(new PublicOutcome(o.getId(), o.getKind(), partnerNames.get(o.getPartnerId()),
                    new BilingualText(t.responseEn(), t.responseCy()), new BilingualText(t.outcomeEn(), t.outcomeCy()),
                    t.reasonEn() == null ? null : new BilingualText(t.reasonEn(), t.reasonCy()), o.getDoneOn(), o.getPublishedAt(),
                    said, links, sensitive, project, wards));
        }
        return result;
    }

    private BilingualText partnerName(Long partnerId) {
        return partners.all().stream().filter(p -> p.getId().equals(partnerId)).map(p -> p.getName()).findFirst()
                .orElse(new BilingualText("?", "?"));
    }
}
