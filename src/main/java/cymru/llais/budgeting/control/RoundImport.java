package cymru.llais.budgeting.control;

import cymru.llais.budgeting.control.counting.PbBallot;
import cymru.llais.budgeting.control.counting.PbInstance;
import cymru.llais.budgeting.control.counting.PbProject;
import cymru.llais.budgeting.control.counting.Rule;
import cymru.llais.budgeting.control.counting.VoteType;
import cymru.llais.budgeting.entity.BallotType;
import cymru.llais.budgeting.entity.CountingRule;
import cymru.llais.budgeting.entity.Feasibility;
import cymru.llais.budgeting.entity.Problem;
import cymru.llais.budgeting.entity.Project;
import cymru.llais.budgeting.entity.ProjectDetails;
import cymru.llais.budgeting.entity.Round;
import cymru.llais.budgeting.entity.RoundDetails;
import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a pabulib round (read and checked by the counting core's reader) as a closed round of the portal, filed
 * under an area of the administrator's choosing and in its results phase from today, with its projects (all
 * feasible) and its ballots, anonymous (voters "import:1", "import:2", ... apart from the ballots; no voting codes). All in
 * one transaction: a refusal, or any failure, stores nothing. The ballots are taken as the file records them (a
 * past round's record), not checked again against the ballot's limits.
 */
@ApplicationScoped
public class RoundImport {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    /** The new round's id, or the key of the refusal and its arguments. */
    public record Result(Long roundId, String refusal, List<Object> args) {
        public static Result refused(String key, Object... args) {
            return new Result(null, key, List.of(args));
        }
    }

    /** Everything the file must say that the portal cannot store otherwise; the refusal, or empty. */
    static Optional<Result> check(PbInstance pb) {
        BigDecimal budget = pb.budget();
        if (!whole(budget) || budget.signum() <= 0 || budget.compareTo(BigDecimal.valueOf(RoundDetails.MAX_BUDGET)) > 0) {
            return Optional.of(Result.refused("budgeting.import.error.budget", budget.toPlainString()));
        }
        if (pb.projects().isEmpty()) {
            return Optional.of(Result.refused("budgeting.import.error.noProjects"));
        }
        for (PbProject p : pb.projects()) {
            if (!whole(p.cost()) || p.cost().signum() <= 0 || p.cost().compareTo(BigDecimal.valueOf(RoundDetails.MAX_BUDGET)) > 0) {
                return Optional.of(Result.refused("budgeting.import.error.cost", p.id(), p.cost().toPlainString()));
            }
        }
        if (pb.voteType() == VoteType.ORDINAL) {
            return Optional.of(Result.refused("budgeting.import.error.voteType", "ordinal"));
        }
        if (pb.rule().isPresent() && Rule.fromName(pb.rule().get()).isEmpty()) {
            return Optional.of(Result.refused("budgeting.import.error.rule", pb.rule().get()));
        }
        return Optional.empty();
    }

    private static boolean whole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    /** The portal's rule for a file's: greedy when the file names none; Equal Shares for every variant of it. */
    static CountingRule rule(PbInstance pb) {
        Rule rule = pb.rule().flatMap(Rule::fromName).orElse(Rule.GREEDY);
        return switch (rule) {
            case GREEDY -> CountingRule.GREEDY;
            case GREEDY_NO_SKIP -> CountingRule.GREEDY_NO_SKIP;
            case EQUAL_SHARES, EQUAL_SHARES_THEN_GREEDY, EQUAL_SHARES_WITHOUT_COMPLETION -> CountingRule.EQUAL_SHARES;
        };
    }

    @Transactional
    public Result importRound(String area, PbInstance pb, LocalDate today, Instant now) {
        Optional<Result> refused = check(pb);
        if (refused.isPresent()) {
            return refused.get();
        }
        Messages m = Messages.get();
        String unit = pb.meta().getOrDefault("unit", "");
        String title = limit(Optional.ofNullable(pb.meta().get("description")).filter(s -> !s.isBlank())
                .orElse(unit.isBlank() ? m.format(Language.EN, "budgeting.import.untitled") : unit), RoundDetails.MAX_TITLE);
        String titleCy = limit(Optional.ofNullable(pb.meta().get("description_cy")).filter(s -> !s.isBlank()).orElse(title),
                RoundDetails.MAX_TITLE);
        String country = pb.meta().getOrDefault("country", "");
        String instance = pb.meta().getOrDefault("instance", "");
        BallotType type;
        String max = null;
        String points = null;
        if (pb.voteType() == VoteType.CUMULATIVE) {
            type = BallotType.CUMULATIVE;
            long most = pb.ballots().stream().mapToLong(b -> b.points().stream().mapToLong(BigInteger::longValue).sum()).max().orElse(1);
            points = Long.toString(Math.max(1, Math.min(RoundDetails.MAX_POINTS, declared(pb, "max_sum_points").orElse(most))));
        } else {
            type = BallotType.APPROVAL;
            long most = pb.voteType() == VoteType.CHOOSE_1 ? 1
                    : pb.ballots().stream().mapToLong(b -> b.projectIds().size()).max().orElse(pb.projects().size());
            max = Long.toString(Math.max(1, Math.min(RoundDetails.MAX_POINTS, declared(pb, "max_length").orElse(most))));
        }
        RoundDetails details = new RoundDetails(area, title, titleCy,
                m.format(Language.EN, "budgeting.import.description", unit, country, instance),
                m.format(Language.CY, "budgeting.import.description", unit, country, instance),
                pb.budget().toBigInteger().toString(), type.name(), max, points, rule(pb).name(),
                today.minusDays(3).toString(), today.minusDays(2).toString(), today.minusDays(1).toString(),
                today.toString(), today.plusYears(1).toString());
        List<Problem> problems = details.problems();
        if (!problems.isEmpty()) {
            return Result.refused(problems.get(0).key());
        }
        Round round = new Round(details, now);
        em.persist(round);
        em.flush();

        Map<String, Long> ids = new HashMap<>();
        for (PbProject p : pb.projects()) {
            String name = Optional.ofNullable(p.attribute("name")).filter(s -> !s.isBlank())
                    .orElse(m.format(Language.EN, "budgeting.import.projectName", p.id()));
            String nameCy = Optional.ofNullable(p.attribute("name_cy")).filter(s -> !s.isBlank())
                    .orElse(p.attribute("name") != null && !p.attribute("name").isBlank() ? name
                            : m.format(Language.CY, "budgeting.import.projectName", p.id()));
            Project project = new Project(round.getId(), new ProjectDetails(limit(name, RoundDetails.MAX_TITLE),
                    limit(nameCy, RoundDetails.MAX_TITLE), m.format(Language.EN, "budgeting.import.projectText", p.id()),
                    m.format(Language.CY, "budgeting.import.projectText", p.id()), p.cost().toBigInteger().toString(), null),
                    null, now);
            em.persist(project);
            String refusal = project.decide(Feasibility.FEASIBLE, null, null);
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
            em.flush();
            ids.put(p.id(), project.getId());
        }

        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<PbBallot> ballots = pb.ballots();
        long seen = 0;
        for (int from = 0; from < ballots.size(); from += BATCH) {
            int to = Math.min(ballots.size(), from + BATCH);
            StringBuilder sql = new StringBuilder("INSERT INTO pb_ballot (round_id, receipt, cast_at) VALUES ");
            StringBuilder voters = new StringBuilder("INSERT INTO pb_voter (round_id, voter_key) VALUES ");
            for (int v = from; v < to; v++) {
                // no voting code: the receipt is not one a voter could hold (lower case, which receipts never are)
                sql.append(v == from ? "" : ", ").append("(?1, 'i").append(round.getId()).append('.').append(v + 1).append("', ?2)");
                voters.append(v == from ? "" : ", ").append("(?1, 'import:").append(v + 1).append("')");
            }
            em.createNativeQuery(sql.toString()).setParameter(1, round.getId()).setParameter(2, at).executeUpdate();
            em.createNativeQuery(voters.toString()).setParameter(1, round.getId()).executeUpdate();
            Map<Integer, Long> ballotIds = new HashMap<>();
            for (Object o : em.createNativeQuery("SELECT id, receipt FROM pb_ballot WHERE round_id = ?1 AND id > ?2")
                    .setParameter(1, round.getId()).setParameter(2, seen).getResultList()) {
                Object[] row = (Object[]) o;
                seen = Math.max(seen, ((Number) row[0]).longValue());
                String receipt = (String) row[1];
                ballotIds.put(Integer.valueOf(receipt.substring(receipt.lastIndexOf('.') + 1)), ((Number) row[0]).longValue());
            }
            StringBuilder choices = new StringBuilder("INSERT INTO pb_ballot_choice (ballot_id, project_id, points) VALUES ");
            int n = 0;
            for (int v = from; v < to; v++) {
                PbBallot b = ballots.get(v);
                for (int k = 0; k < b.projectIds().size(); k++) {
                    long given = b.points().isEmpty() ? 1 : b.points().get(k).longValue();
                    if (given > 0) {
                        choices.append(n++ == 0 ? "" : ", ").append('(').append(ballotIds.get(v + 1)).append(", ")
                                .append(ids.get(b.projectIds().get(k))).append(", ").append(given).append(')');
                    }
                }
            }
            if (n > 0) {
                em.createNativeQuery(choices.toString()).executeUpdate();
            }
        }
        return new Result(round.getId(), null, List.of());
    }

    private static Optional<Long> declared(PbInstance pb, String key) {
        String v = pb.meta().get(key);
        try {
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(v.trim()).longValue());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String limit(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
