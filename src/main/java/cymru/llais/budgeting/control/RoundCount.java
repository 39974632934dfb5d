package cymru.llais.budgeting.control;

import cymru.llais.budgeting.control.counting.CountResult;
import cymru.llais.budgeting.control.counting.Counting;
import cymru.llais.budgeting.control.counting.Election;
import cymru.llais.budgeting.control.counting.PbBallot;
import cymru.llais.budgeting.control.counting.PbInstance;
import cymru.llais.budgeting.control.counting.PbProject;
import cymru.llais.budgeting.control.counting.Rule;
import cymru.llais.budgeting.entity.BallotType;
import cymru.llais.budgeting.entity.CountingRule;
import cymru.llais.budgeting.entity.Feasibility;
import cymru.llais.budgeting.entity.Project;
import cymru.llais.budgeting.entity.Round;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a round's feasible projects and stored ballots into the counting core's input (a pabulib instance, the
 * same that the export writes) and counts it with the round's rule, and with greedy and Equal Shares for the
 * comparison. Project ids are the projects' database ids; voters are numbered 1, 2, 3, ... in no meaningful
 * order (ballots carry no code, receipt or account). Counted on each call: a round of a ward is small.
 */
@ApplicationScoped
public class RoundCount {

    private static final DateTimeFormatter PABULIB_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    /** A counted round: its projects by id, the instance counted, its election and the three counts. */
    public record Tally(PbInstance instance, Election election, Map<String, Project> projects,
                        CountResult result, CountResult greedy, CountResult equalShares) {

        /** The score (votes, or points) of a project. */
        public BigInteger score(String projectId) {
            for (int p = 0; p < election.projectCount(); p++) {
                if (election.projectId(p).equals(projectId)) {
                    return election.score(p);
                }
            }
            throw new IllegalArgumentException("no project " + projectId);
        }
    }

    public static Rule rule(CountingRule rule) {
        return switch (rule) {
            case GREEDY -> Rule.GREEDY;
            case GREEDY_NO_SKIP -> Rule.GREEDY_NO_SKIP;
            case EQUAL_SHARES -> Rule.EQUAL_SHARES;
        };
    }

    /** Counts a round by its rule, and by greedy and by Equal Shares. */
    public Tally count(Round round, String unitName) {
        PbInstance instance = instance(round, unitName);
        Election election = Election.of(instance);
        CountResult greedy = Counting.count(election, Rule.GREEDY);
        CountResult equalShares = Counting.count(election, Rule.EQUAL_SHARES);
        Rule rule = rule(round.getRule());
        CountResult result = switch (rule) {
            case GREEDY -> greedy;
            case EQUAL_SHARES -> equalShares;
            default -> Counting.count(election, rule);
        };
        Map<String, Project> projects = new LinkedHashMap<>();
        feasible(round).forEach(p -> projects.put(p.getId().toString(), p));
        return new Tally(withSelection(instance, election, result), election, projects, result, greedy, equalShares);
    }

    private List<Project> feasible(Round round) {
        return em.createQuery("SELECT p FROM Project p WHERE p.roundId = :r AND p.status = :s ORDER BY p.id", Project.class)
                .setParameter("r", round.getId()).setParameter("s", Feasibility.FEASIBLE).getResultList();
    }

    /**
     * The round as a pabulib instance: META (description, country, unit, budget, vote type, rule, dates), the
     * feasible projects with their cost and names, and every ballot, anonymous.
     */
    PbInstance instance(Round round, String unitName) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", round.title(Language.EN));
        meta.put("description_cy", round.title(Language.CY));
        meta.put("country", "Wales");
        meta.put("unit", unitName);
        meta.put("instance", "llais-" + round.getId());
        meta.put("num_projects", "0");
        meta.put("num_votes", "0");
        meta.put("budget", Long.toString(round.getBudget()));
        boolean cumulative = round.getBallotType() == BallotType.CUMULATIVE;
        meta.put("vote_type", cumulative ? "cumulative" : "approval");
        meta.put("rule", rule(round.getRule()).pabulibName());
        meta.put("date_begin", round.getVotingFrom().format(PABULIB_DATE));
        meta.put("date_end", round.getResultsFrom().minusDays(1).format(PABULIB_DATE));
        switch (round.getBallotType()) {
            case APPROVAL -> meta.put("max_length", round.getMaxProjects().toString());
            case KNAPSACK -> meta.put("max_sum_cost", Long.toString(round.getBudget()));
            case CUMULATIVE -> meta.put("max_sum_points", round.getPoints().toString());
        }
        meta.put("language", "en,cy");

        List<PbProject> projects = new ArrayList<>();
        for (Project p : feasible(round)) {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("name", p.title(Language.EN));
            columns.put("name_cy", p.title(Language.CY));
            projects.add(new PbProject(p.getId().toString(), BigDecimal.valueOf(p.getCost()), columns));
        }

        List<?> rows = em.createNativeQuery("SELECT c.ballot_id, c.project_id, c.points FROM pb_ballot_choice c "
                        + "JOIN pb_ballot b ON b.id = c.ballot_id JOIN pb_project p ON p.id = c.project_id "
                        + "WHERE b.round_id = ?1 AND p.status = 'FEASIBLE' AND c.points > 0 ORDER BY c.ballot_id, c.project_id")
                .setParameter(1, round.getId()).getResultList();
        List<PbBallot> ballots = new ArrayList<>();
        long current = -1;
        List<String> ids = new ArrayList<>();
        List<BigInteger> points = new ArrayList<>();
        for (Object o : rows) {
            Object[] row = (Object[]) o;
            long ballot = ((Number) row[0]).longValue();
            if (ballot != current && !ids.isEmpty()) {
                ballots.add(new PbBallot(Integer.toString(ballots.size() + 1), ids, cumulative ? points : List.of()));
                ids = new ArrayList<>();
                points = new ArrayList<>();
            }
            current = ballot;
            ids.add(Long.toString(((Number) row[1]).longValue()));
            points.add(BigInteger.valueOf(((Number) row[2]).longValue()));
        }
        if (!ids.isEmpty()) {
            ballots.add(new PbBallot(Integer.toString(ballots.size() + 1), ids, cumulative ? points : List.of()));
        }
        return new PbInstance(meta, projects, ballots);
    }

    /** The instance with each project's votes and whether the round's rule selected it, as an export writes them. */
    private static PbInstance withSelection(PbInstance instance, Election election, CountResult result) {
        List<PbProject> projects = new ArrayList<>();
        for (int p = 0; p < instance.projects().size(); p++) {
            PbProject project = instance.projects().get(p);
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put(instance.voteType() == cymru.llais.budgeting.control.counting.VoteType.CUMULATIVE ? "score" : "votes",
                    election.score(p).toString());
            columns.putAll(project.attributes());
            columns.put("selected", result.outcome(project.id()).selected() ? "1" : "0");
            projects.add(new PbProject(project.id(), project.cost(), columns));
        }
        return new PbInstance(instance.meta(), projects, instance.ballots());
    }
}
