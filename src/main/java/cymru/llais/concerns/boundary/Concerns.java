package cymru.llais.concerns.boundary;

import cymru.llais.concerns.control.ConcernRegistry;
import cymru.llais.concerns.control.ConcernRules;
import cymru.llais.shared.PhotoSanitiser;
import cymru.llais.concerns.control.Violation;
import cymru.llais.concerns.entity.Category;
import cymru.llais.concerns.entity.Concern;
import cymru.llais.concerns.entity.ConcernPhoto;
import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.concerns.entity.Publication;
import cymru.llais.concerns.entity.Reference;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.EmailAddress;
import cymru.llais.shared.GeoPoint;
import cymru.llais.shared.Language;
import cymru.llais.concerns.entity.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The concerns capability as the rest of the portal sees it: report, find, list. */
@ApplicationScoped
public class Concerns {

    public static final int PAGE_SIZE = 20;
    /** The most public concerns one query gives (Open311's limit). */
    public static final int MAX_PUBLIC_LIST = 1000;
    private static final int MAX_PAGE = 10_000;
    private static final int EXCERPT = 180;
    /** A submission token: where it came from (the form, the API), and a key of 16 to 64 characters. */
    public static final Pattern TOKEN = Pattern.compile("(form|api):[A-Za-z0-9_-]{16,64}");

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Areas areas;

    @Inject
    ConcernRegistry registry;

    @Inject
    Clock clock;

    @Inject
    ReportConfirmation confirmation;

    @Inject
    Event<ConcernStatusChanged> statusChanges;

    /** The categories a resident can choose from, in their order. */
    public List<CategoryView> categories() {
        return em.createNamedQuery(Category.ACTIVE, Category.class).getResultList().stream()
                .map(c -> new CategoryView(c.getCode(), c.getName(), c.isSensitive())).toList();
    }

    /** The categories that may be shown and reported through open channels (the API, Open311): never a sensitive one. */
    public List<CategoryView> publicCategories() {
        return categories().stream().filter(c -> !c.sensitive()).toList();
    }

    /**
     * Checks and stores a report. Nothing is stored when a rule is broken. The same submission token
     * sent twice (a double click, a resent form, two requests at once) gives the first concern back.
     */
    public ReportResult report(NewConcern draft) {
        String token = draft.submissionToken();
        if (token != null && !TOKEN.matcher(token).matches()) {
            return ReportResult.refused(List.of(Violation.of("form", "concerns.error.form.tampered")));
        }
        Map<String, Boolean> categories = new HashMap<>();
        categories().forEach(c -> categories.put(c.code(), c.sensitive()));
        ConcernRules.Checked checked = ConcernRules.check(
                new ConcernRules.Input(draft.category(), draft.latitude(), draft.longitude(), draft.ward(),
                        draft.locationText(), draft.description(), draft.language(), draft.email()),
                categories::containsKey, places());
        List<Violation> violations = new ArrayList<>(checked.violations());
        PhotoSanitiser.Photo photo = null;
        if (draft.photo() != null && draft.photo().length > 0) {
            try {
                photo = PhotoSanitiser.sanitise(draft.photo());
            } catch (PhotoSanitiser.Rejected e) {
                violations.add(Violation.of("photo", e.key(), PhotoSanitiser.MAX_BYTES / (1024 * 1024)));
            }
        }
        if (!violations.isEmpty()) {
            return ReportResult.refused(violations);
        }
        if (token != null) {
            Optional<ReportResult> earlier = registry.bySubmissionToken(token).map(c -> replay(c, checked));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            if (draft.reporterAccountId() != null && checked.email() == null) {
                throw new IllegalArgumentException("a report from an account carries the account's address");
            }
            Concern stored = createRetryingDeadlocks(checked, photo, token, draft.reporterAccountId());
            Language contact = draft.contactLanguage() == null ? checked.language() : draft.contactLanguage();
            confirmation.send(checked.email(), contact, stored.getReference(),
                    stored.getCategory().getName().in(contact), stored.isSensitive());
            return new ReportResult(stored.getReference(), stored.isSensitive(), List.of());
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            if (token != null) {
                Optional<ReportResult> winner = registry.bySubmissionToken(token).map(c -> replay(c, checked));
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
            throw e;
        }
    }

    /**
     * Stores the concern; a transaction that InnoDB chose as a deadlock's victim (many reports at once) was rolled back
     * whole and is tried again, up to three times, after a short random pause.
     */
    private Concern createRetryingDeadlocks(ConcernRules.Checked checked, PhotoSanitiser.Photo photo, String token, Long accountId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return registry.create(checked, photo, token, accountId, clock);
            } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
                if (attempt >= DEADLOCK_ATTEMPTS || !cymru.llais.platform.Outages.isDeadlock(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static final int DEADLOCK_ATTEMPTS = 3;

    /**
     * The same submission sent again gets the first concern back; a different report under the same
     * token does not (so a guessed token never reveals someone else's report).
     */
    private static ReportResult replay(Concern earlier, ConcernRules.Checked now) {
        boolean same = earlier.getCategory().getCode().equals(now.category())
                && earlier.getDescription().equals(now.description());
        return same ? new ReportResult(earlier.getReference(), earlier.isSensitive(), List.of())
                : ReportResult.refused(List.of(Violation.of("form", "concerns.error.form.reused")));
    }

    /** Moves a concern to a new status, recorded in its history; refused when its status does not allow it. */
    @Transactional
    public void changeStatus(String reference, ConcernStatus status) {
        Concern concern = Reference.parse(reference)
                .flatMap(r -> em.createNamedQuery(Concern.BY_REFERENCE, Concern.class).setParameter("reference", r.toString())
                        .getResultStream().findFirst())
                .orElseThrow(() -> new IllegalArgumentException("no concern " + reference));
        concern.changeStatus(status, clock.instant());
        statusChanged(concern);
    }

    /** Tells the rest of the portal (notifications), in this transaction, which step of the history is new. */
    private void statusChanged(Concern concern) {
        em.flush();
        StatusChange change = concern.latestChange();
        statusChanges.fire(new ConcernStatusChanged(concern.getId(), change.getId(), concern.getReference(),
                change.getStatus().name(), concern.getWardCode(), concern.isSensitive(), change.getChangedAt()));
    }

    /** Moves a concern on, for the staff who hold it; the caller has checked that they may. */
    @Transactional
    public ConcernStatus changeStatus(Long id, ConcernStatus status) {
        Concern concern = em.find(Concern.class, id);
        if (concern == null) {
            throw new IllegalArgumentException("no concern " + id);
        }
        ConcernStatus from = concern.getStatus();
        if (from != status) {
            concern.changeStatus(status, clock.instant());
            statusChanged(concern);
        }
        return from;
    }

    /** A concern with everything staff may see; the caller has checked that they may. */
    @Transactional
    public Optional<StaffConcern> forStaff(Long id) {
        Concern c = id == null ? null : em.find(Concern.class, id);
        if (c == null) {
            return Optional.empty();
        }
        ConcernView v = view(c);
        return Optional.of(new StaffConcern(c.getId(), c.getReference(), v.categoryCode(), v.categoryName(), c.isSensitive(),
                v.ward(), c.getLatitude(), c.getLongitude(), c.getLocationText(), c.getDescription(), c.getLanguage(),
                c.getReporterEmail(), c.getStatus(), c.getCreatedAt(), v.history(),
                em.createQuery("SELECT COUNT(p) FROM ConcernPhoto p WHERE p.concernId = :id", Long.class)
                        .setParameter("id", c.getId()).getSingleResult() > 0,
                c.getPublication(), c.getOriginalDescription(), c.getOriginalLocationText()));
    }

    /** Short views of several concerns by id, sensitive ones included, for staff lists. */
    public Map<Long, StaffConcern> forStaff(java.util.Collection<Long> ids) {
        Map<Long, StaffConcern> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        for (Concern c : em.createQuery("SELECT c FROM Concern c WHERE c.id IN :ids", Concern.class)
                .setParameter("ids", ids).getResultList()) {
            result.put(c.getId(), new StaffConcern(c.getId(), c.getReference(), c.getCategory().getCode(), c.getCategory().getName(),
                    c.isSensitive(), wardInfo(c.getWardCode()), c.getLatitude(), c.getLongitude(), c.getLocationText(),
                    c.getDescription(), c.getLanguage(), null, c.getStatus(), c.getCreatedAt(), List.of(), false,
                    c.getPublication(), c.getOriginalDescription(), c.getOriginalLocationText()));
        }
        return result;
    }

    /** The internal id of a concern, by its public reference. */
    public Optional<Long> idOf(String reference) {
        return Reference.parse(reference).flatMap(r -> em.createQuery("SELECT c.id FROM Concern c WHERE c.reference = :r", Long.class)
                .setParameter("r", r.toString()).getResultStream().findFirst());
    }

    /**
     * When a resident's address is verified, the account claims every concern reported earlier without an
     * account and with that address. Joins the caller's transaction; gives how many were claimed.
     */
    @Transactional
    public int claimByEmail(String verifiedEmail, Long accountId) {
        if (verifiedEmail == null || verifiedEmail.isBlank() || accountId == null) {
            return 0;
        }
        int claimed = 0;
        for (Concern c : em.createNamedQuery(Concern.CLAIMABLE, Concern.class)
                .setParameter("email", EmailAddress.normalise(verifiedEmail)).getResultList()) {
            if (c.claimFor(accountId, verifiedEmail)) {
                claimed++;
            }
        }
        return claimed;
    }

    /** Every concern a resident's account reported (sensitive ones too), newest first. */
    public List<ConcernLine> reportedBy(Long accountId) {
        if (accountId == null) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Concern c WHERE c.reporterAccountId = :account ORDER BY c.createdAt DESC, c.id DESC",
                        Concern.class)
                .setParameter("account", accountId).getResultList().stream().map(this::line).toList();
    }

    /** Whether the concern with this reference was reported by (or claimed for) this account. */
    public boolean isReportedBy(String reference, Long accountId) {
        if (accountId == null) {
            return false;
        }
        return Reference.parse(reference).map(r -> em.createQuery(
                        "SELECT COUNT(c) FROM Concern c WHERE c.reference = :r AND c.reporterAccountId = :account", Long.class)
                .setParameter("r", r.toString()).setParameter("account", accountId).getSingleResult() > 0).orElse(false);
    }

    /**
     * The internal id of a concern that this account may see: a public one, or a sensitive one it reported.
     * Empty for any other reference, so that nobody learns that a sensitive concern exists.
     */
    public Optional<Long> visibleTo(String reference, Long accountId) {
        return Reference.parse(reference).flatMap(r -> em.createNamedQuery(Concern.BY_REFERENCE, Concern.class)
                .setParameter("reference", r.toString()).getResultStream().findFirst())
                .filter(c -> !c.isSensitive() || (accountId != null && accountId.equals(c.getReporterAccountId())))
                .map(Concern::getId);
    }

    /** Lines for these concerns, in the order of the ids given; sensitive ones only when this account reported them. */
    public List<ConcernLine> lines(List<Long> ids, Long accountId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Concern> found = new HashMap<>();
        em.createQuery("SELECT c FROM Concern c WHERE c.id IN :ids", Concern.class).setParameter("ids", ids).getResultList()
                .forEach(c -> found.put(c.getId(), c));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull)
                .filter(c -> !c.isSensitive() || (accountId != null && accountId.equals(c.getReporterAccountId())))
                .map(this::line).toList();
    }

    /**
     * The retention rule: removes the personal data (reporter's e-mail, photo) of concerns closed
     * before the cut-off. Returns how many were anonymised. In batches, so a backlog never makes one huge transaction.
     */
    @Transactional
    public int anonymiseClosedBefore(Instant cutoff, int batch) {
        List<Concern> due = em.createQuery("SELECT c FROM Concern c WHERE c.status = :closed AND c.updatedAt < :cutoff"
                        + " AND c.anonymisedAt IS NULL ORDER BY c.updatedAt", Concern.class)
                .setParameter("closed", ConcernStatus.CLOSED).setParameter("cutoff", cutoff).setMaxResults(batch).getResultList();
        Instant now = clock.instant();
        for (Concern c : due) {
            c.anonymise(now);
            em.createQuery("DELETE FROM ConcernPhoto p WHERE p.concernId = :id").setParameter("id", c.getId()).executeUpdate();
            // reporters of concerns merged into this one came with their e-mail addresses
            em.createNativeQuery("UPDATE concern_reporter SET reporter_email = NULL WHERE concern_id = ?")
                    .setParameter(1, c.getId()).executeUpdate();
        }
        return due.size();
    }

    /** Whether any concern has been reported at all. */
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(c) FROM Concern c", Long.class).getSingleResult() == 0;
    }

    /** A concern by its reference, sensitive ones included: the caller decides who may see those. */
    @Transactional
    public Optional<ConcernView> find(String reference) {
        Optional<Reference> parsed = Reference.parse(reference);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Concern.BY_REFERENCE, Concern.class)
                .setParameter("reference", parsed.get().toString())
                .getResultStream().findFirst().map(this::view);
    }

    /** Only published concerns are public: not one awaiting moderation, hidden or merged. */
    private static final String PUBLIC = " WHERE c.sensitive = false AND c.publication = cymru.llais.concerns.entity.Publication.PUBLISHED";

    /** The public list: newest first, only published concerns, never a sensitive one. */
    public ConcernPage list(String wardCode, String categoryCode, ConcernStatus status, int page) {
        int p = Math.max(1, Math.min(page, MAX_PAGE));
        StringBuilder where = new StringBuilder(PUBLIC);
        if (wardCode != null) {
            where.append(" AND c.wardCode = :ward");
        }
        if (categoryCode != null) {
            where.append(" AND c.category.code = :category");
        }
        if (status != null) {
            where.append(" AND c.status = :status");
        }
        TypedQuery<Concern> query = em.createQuery("SELECT c FROM Concern c" + where + " ORDER BY c.createdAt DESC, c.id DESC", Concern.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Concern c" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (wardCode != null) {
                q.setParameter("ward", wardCode);
            }
            if (categoryCode != null) {
                q.setParameter("category", categoryCode);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        List<ConcernSummary> items = query.setFirstResult((p - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultList().stream().map(this::summary).toList();
        return new ConcernPage(items, p, PAGE_SIZE, count.getSingleResult());
    }

    /**
     * Public concerns for feeds and open APIs, newest first, never a sensitive one. References that
     * are not well formed match nothing; at most {@link #MAX_PUBLIC_LIST} are given.
     */
    public List<PublicConcern> publicConcerns(PublicQuery query) {
        StringBuilder where = new StringBuilder(PUBLIC);
        Map<String, Object> parameters = new HashMap<>();
        if (!query.references().isEmpty()) {
            List<String> references = query.references().stream().map(Reference::parse).flatMap(Optional::stream)
                    .map(Reference::toString).distinct().toList();
            if (references.isEmpty()) {
                return List.of();
            }
            where.append(" AND c.reference IN :references");
            parameters.put("references", references);
        }
        if (!query.categoryCodes().isEmpty()) {
            where.append(" AND c.category.code IN :categories");
            parameters.put("categories", List.copyOf(query.categoryCodes()));
        }
        if (query.open() != null) {
            where.append(" AND c.status IN :statuses");
            parameters.put("statuses", Arrays.stream(ConcernStatus.values()).filter(s -> s.isOpen() == query.open()).toList());
        }
        if (query.from() != null) {
            where.append(" AND c.createdAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" AND c.createdAt <= :to");
            parameters.put("to", query.to());
        }
        TypedQuery<Concern> q = em.createQuery("SELECT c FROM Concern c" + where + " ORDER BY c.createdAt DESC, c.id DESC", Concern.class);
        parameters.forEach(q::setParameter);
        List<Concern> found = q.setMaxResults(Math.min(query.limit(), MAX_PUBLIC_LIST)).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> withPhoto = new HashSet<>(em.createQuery("SELECT p.concernId FROM ConcernPhoto p WHERE p.concernId IN :ids", Long.class)
                .setParameter("ids", found.stream().map(Concern::getId).toList()).getResultList());
        return found.stream().map(c -> new PublicConcern(c.getId(), c.getReference(), c.getCategory().getCode(),
                c.getCategory().getName(), c.getLatitude(), c.getLongitude(), c.getLocationText(), c.getDescription(),
                c.getLanguage(), c.getStatus(), c.getCreatedAt(), c.getUpdatedAt(), withPhoto.contains(c.getId()))).toList();
    }

    /** How many sensitive concerns a ward has: the only thing the public learns of them. */
    public long sensitiveCount(String wardCode) {
        return em.createQuery("SELECT COUNT(c) FROM Concern c WHERE c.sensitive = true AND c.wardCode = :ward", Long.class)
                .setParameter("ward", wardCode).getSingleResult();
    }

    /**
     * How many concerns of a ward were received in {@code [from, to)} (by category; sensitive ones as one number)
     * and how many were closed in it, for the public quarterly summary: numbers only, every moderation state but
     * merged duplicates included.
     */
    public WardCounts countsInWard(String wardCode, Instant from, Instant to) {
        Map<String, Long> byCategory = new HashMap<>();
        long sensitive = 0;
        for (Object[] row : em.createQuery("SELECT c.category.code, c.sensitive, COUNT(c) FROM Concern c WHERE c.wardCode = :ward"
                        + " AND c.createdAt >= :from AND c.createdAt < :to AND c.publication <> cymru.llais.concerns.entity.Publication.MERGED"
                        + " GROUP BY c.category.code, c.sensitive", Object[].class)
                .setParameter("ward", wardCode).setParameter("from", from).setParameter("to", to).getResultList()) {
            long n = ((Number) row[2]).longValue();
            if (Boolean.TRUE.equals(row[1])) {
                sensitive += n;
            } else {
                byCategory.merge((String) row[0], n, Long::sum);
            }
        }
        long closed = em.createQuery("SELECT COUNT(DISTINCT c.id) FROM StatusChange s JOIN s.concern c WHERE c.wardCode = :ward"
                        + " AND s.status = cymru.llais.concerns.entity.ConcernStatus.CLOSED AND s.changedAt >= :from AND s.changedAt < :to"
                        + " AND c.publication <> cymru.llais.concerns.entity.Publication.MERGED", Long.class)
                .setParameter("ward", wardCode).setParameter("from", from).setParameter("to", to).getSingleResult();
        return new WardCounts(byCategory, sensitive, closed);
    }

    /** The photo of a concern that the public may see (or its reporter, while it awaits moderation). */
    public Optional<ConcernPhoto> publicPhoto(String reference, boolean reporter) {
        return find(reference).filter(v -> !v.sensitive() && v.hasPhoto() && (v.isPublished() || reporter && v.isAwaitingModeration()))
                .flatMap(v -> em.createQuery("SELECT p FROM ConcernPhoto p, Concern c WHERE p.concernId = c.id AND c.reference = :r", ConcernPhoto.class)
                        .setParameter("r", v.reference()).getResultStream().findFirst());
    }

    public Optional<WardInfo> ward(String code) {
        return areas.ward(code);
    }

    private ConcernRules.Places places() {
        return new ConcernRules.Places() {
            @Override
            public boolean inWales(GeoPoint point) {
                return areas.inWales(point);
            }

            @Override
            public Optional<String> wardAt(GeoPoint point) {
                return areas.wardAt(point).map(WardInfo::code);
            }

            @Override
            public boolean wardExists(String code) {
                return areas.ward(code).isPresent();
            }
        };
    }

    private ConcernView view(Concern c) {
        boolean hasPhoto = !c.isSensitive() && em.createQuery("SELECT COUNT(p) FROM ConcernPhoto p WHERE p.concernId = :id", Long.class)
                .setParameter("id", c.getId()).getSingleResult() > 0;
        BilingualText hiddenReason = c.getPublication() == Publication.HIDDEN && c.getHiddenReasonEn() != null
                ? new BilingualText(c.getHiddenReasonEn(), c.getHiddenReasonCy()) : null;
        return new ConcernView(c.getReference(), c.getCategory().getCode(), c.getCategory().getName(), c.isSensitive(),
                wardInfo(c.getWardCode()), c.getLatitude(), c.getLongitude(), c.getLocationText(), c.getDescription(),
                c.getLanguage(), c.getStatus(), c.getCreatedAt(),
                c.getHistory().stream().map(h -> new ConcernView.Step(h.getStatus(), h.getChangedAt())).toList(), hasPhoto,
                c.getPublication(), hiddenReason, mergedInto(c));
    }

    /** The reference of the concern this one was merged into, following the chain to the one kept. */
    private String mergedInto(Concern c) {
        Concern target = c;
        for (int i = 0; i < 20 && target.getMergedIntoId() != null; i++) {
            Concern next = em.find(Concern.class, target.getMergedIntoId());
            if (next == null) {
                break;
            }
            target = next;
        }
        return target == c ? null : target.getReference();
    }

    private ConcernLine line(Concern c) {
        WardInfo ward = wardInfo(c.getWardCode());
        return new ConcernLine(c.getReference(), c.getCategory().getName(), ward.name(), c.isSensitive(), c.getStatus(),
                c.getCreatedAt(), c.getUpdatedAt());
    }

    private ConcernSummary summary(Concern c) {
        WardInfo ward = wardInfo(c.getWardCode());
        String text = c.getDescription();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, text.offsetByCodePoints(0, Math.min(EXCERPT, text.codePointCount(0, text.length())))) + "…";
        return new ConcernSummary(c.getReference(), c.getCategory().getCode(), c.getCategory().getName(), ward.code(),
                ward.name(), c.getLatitude(), c.getLongitude(), excerpt, c.getLanguage(), c.getStatus(), c.getCreatedAt());
    }

    private WardInfo wardInfo(String code) {
        return areas.ward(code).orElseGet(() -> new WardInfo(code, new BilingualText(code, code), "", new BilingualText("-", "-")));
    }
}
