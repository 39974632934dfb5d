package cymru.llais.outcomes.boundary;

import cymru.llais.accounts.boundary.Resident;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.StaffConcern;
import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.moderation.boundary.ModerationWords;
import cymru.llais.outcomes.entity.LinkedConcern;
import cymru.llais.outcomes.entity.Outcome;
import cymru.llais.outcomes.entity.OutcomeRating;
import cymru.llais.outcomes.entity.Problem;
import cymru.llais.outcomes.entity.Rating;
import cymru.llais.outcomes.entity.RatingInput;
import cymru.llais.routing.boundary.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Residents rate a published outcome: resolved, partly resolved or not resolved, with a comment for the partner's
 * staff only. "Not resolved" from the resident who reported one of the concerns it answers sends each of their own
 * concerns back to the partner that holds it, through the inbox, so its trail records it with their words.
 * The public sees counts only, and never the rating of a resident who reported a sensitive concern it answers.
 */
@ApplicationScoped
public class OutcomeRatings {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Concerns concerns;

    @Inject
    Inbox inbox;

    @Inject
    ModerationWords words;

    @Inject
    Outcomes outcomes;

    @Inject
    Clock clock;

    /** How many said each answer. */
    public record Counts(long resolved, long partly, long notResolved) {
        public static final Counts NONE = new Counts(0, 0, 0);

        public long total() {
            return resolved + partly + notResolved;
        }

        static Counts of(Map<Rating, Long> byRating) {
            return new Counts(byRating.getOrDefault(Rating.RESOLVED, 0L), byRating.getOrDefault(Rating.PARTLY_RESOLVED, 0L),
                    byRating.getOrDefault(Rating.NOT_RESOLVED, 0L));
        }
    }

    /** The answer to a rating: recorded (and how many of the rater's concerns went back to their partner), or the problems. */
    public record RateResult(List<Problem> problems, int reopened) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A rating as the partner's staff read it: never who gave it, only whether they reported a concern it answers. */
    public record StaffRating(Rating rating, String comment, boolean reporter, Instant at) {
    }

    /** The resident's own rating, to show it on the page. */
    public record Mine(Rating rating, String comment) {
    }

    @Transactional
    public RateResult rate(Resident resident, Long outcomeId, RatingInput input) {
        if (resident == null || !resident.verified()) {
            return refused(null, "outcomes.rating.error.signIn");
        }
        // the lock makes two ratings of one outcome wait for each other; the unique constraint backs it
        Outcome outcome = outcomeId == null ? null : em.find(Outcome.class, outcomeId, LockModeType.PESSIMISTIC_WRITE);
        if (outcome == null || !outcome.isPublished()) {
            return refused(null, "outcomes.rating.error.notFound");
        }
        List<Problem> problems = new ArrayList<>(input.problems());
        if (input.comment() != null) {
            List<String> found = words.findings(input.comment());
            if (found.contains("EMAIL") || found.contains("PHONE")) {
                problems.add(new Problem("comment", "outcomes.rating.error.personalData"));
            } else if (!found.isEmpty()) {
                problems.add(new Problem("comment", "outcomes.rating.error.words"));
            }
        }
        if (!problems.isEmpty()) {
            return new RateResult(List.copyOf(problems), 0);
        }
        List<StaffConcern> own = ownConcerns(resident.id(), outcome);
        boolean sensitive = own.stream().anyMatch(StaffConcern::sensitive)
                || outcome.getConcerns().stream().anyMatch(l -> l.isSensitive() && own.stream().anyMatch(c -> c.id().equals(l.getConcernId())));
        Instant now = clock.instant();
        OutcomeRating rating = find(resident.id(), outcome.getId()).orElse(null);
        if (rating == null) {
            rating = new OutcomeRating(outcome.getId(), resident.id(), now);
            em.persist(rating);
        }
        boolean changed = rating.rate(input, !own.isEmpty(), !sensitive, now);
        int reopened = 0;
        if (!own.isEmpty() && input.rating() == Rating.NOT_RESOLVED) {
            String detail = "/outcomes/view.xhtml?id=" + outcome.getId() + (input.comment() == null ? "" : " — " + input.comment());
            for (StaffConcern c : own) {
                // sent again unchanged, it reopens only a concern that was closed again since
                if ((changed || c.status() == ConcernStatus.CLOSED) && inbox.reopenedByReporter(c.id(), detail).isPresent()) {
                    reopened++;
                }
            }
        }
        em.flush();
        return new RateResult(List.of(), reopened);
    }

    /** The public counts of a published outcome. */
    public Counts counts(Long outcomeId) {
        if (outcomeId == null) {
            return Counts.NONE;
        }
        Map<Rating, Long> byRating = new EnumMap<>(Rating.class);
        em.createQuery("SELECT r.rating, COUNT(r) FROM OutcomeRating r WHERE r.outcomeId = :o AND r.countsPublicly = true"
                        + " GROUP BY r.rating", Object[].class).setParameter("o", outcomeId).getResultList()
                .forEach(row -> byRating.put((Rating) row[0], ((Number) row[1]).longValue()));
        return Counts.of(byRating);
    }

    /** Every rating's counts, for the partner's staff (the ones kept from the public too); the caller scoped the ids. */
    public Map<Long, Counts> staffCounts(Collection<Long> outcomeIds) {
        Map<Long, Map<Rating, Long>> found = new HashMap<>();
        if (!outcomeIds.isEmpty()) {
            em.createQuery("SELECT r.outcomeId, r.rating, COUNT(r) FROM OutcomeRating r WHERE r.outcomeId IN :ids"
                            + " GROUP BY r.outcomeId, r.rating", Object[].class).setParameter("ids", outcomeIds).getResultList()
                    .forEach(row -> found.computeIfAbsent((Long) row[0], k -> new EnumMap<>(Rating.class))
                            .put((Rating) row[1], ((Number) row[2]).longValue()));
        }
        Map<Long, Counts> result = new HashMap<>();
        outcomeIds.forEach(id -> result.put(id, Counts.of(found.getOrDefault(id, Map.of()))));
        return result;
    }

    /** Every rating's counts of an outcome this member may see; none for another partner's. */
    @Transactional
    public Counts staffCounts(StaffMember member, Long outcomeId) {
        if (outcomes.forStaff(member, outcomeId).isEmpty()) {
            return Counts.NONE;
        }
        return staffCounts(List.of(outcomeId)).get(outcomeId);
    }

    /** The ratings and comments of an outcome this member may see (their organisation's; any for an administrator). */
    @Transactional
    public List<StaffRating> forStaff(StaffMember member, Long outcomeId) {
        if (outcomes.forStaff(member, outcomeId).isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM OutcomeRating r WHERE r.outcomeId = :o ORDER BY r.updatedAt DESC, r.id DESC",
                        OutcomeRating.class).setParameter("o", outcomeId).getResultList().stream()
                .map(r -> new StaffRating(r.getRating(), r.getComment(), r.isReporter(), r.getUpdatedAt())).toList();
    }

    /** The resident's own rating of an outcome, if they gave one. */
    public Optional<Mine> mine(Long accountId, Long outcomeId) {
        return find(accountId, outcomeId).map(r -> new Mine(r.getRating(), r.getComment()));
    }

    /** Whether the resident reported one of the concerns this published outcome answers. */
    @Transactional
    public boolean reportedOneOf(Long accountId, Long outcomeId) {
        Outcome outcome = outcomeId == null || accountId == null ? null : em.find(Outcome.class, outcomeId);
        return outcome != null && outcome.isPublished() && !ownConcerns(accountId, outcome).isEmpty();
    }

    private List<StaffConcern> ownConcerns(Long accountId, Outcome outcome) {
        Map<Long, StaffConcern> views = concerns.forStaff(outcome.getConcerns().stream().map(LinkedConcern::getConcernId).toList());
        return views.values().stream().filter(c -> concerns.isReportedBy(c.reference(), accountId)).toList();
    }

    private Optional<OutcomeRating> find(Long accountId, Long outcomeId) {
        if (accountId == null || outcomeId == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT r FROM OutcomeRating r WHERE r.outcomeId = :o AND r.accountId = :a", OutcomeRating.class)
                .setParameter("o", outcomeId).setParameter("a", accountId).getResultStream().findFirst();
    }

    private static RateResult refused(String field, String key) {
        return new RateResult(List.of(new Problem(field, key)), 0);
    }
}
