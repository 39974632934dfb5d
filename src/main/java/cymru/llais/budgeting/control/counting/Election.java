package cymru.llais.budgeting.control.counting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the counting rules need, independent of any file format: the budget, the projects (id, cost, score)
 * and, for each project, the voters who support it.
 * <ul>
 * <li>A voter supports every project on their ballot (approval, choose-1, ordinal) or every project they
 * gave at least one point (cumulative). Equal Shares uses these supports with cost utilities.</li>
 * <li>A project's score, used by greedy and for tie-breaking, is its number of supporters, or the sum of its
 * points when the ballots carry points. A file without any ballots takes the score from the PROJECTS column
 * {@code score}, else {@code votes}.</li>
 * <li>Projects whose score is below the META {@code min_project_score_threshold}, if given, cannot win.</li>
 * </ul>
 * The priority order, used for greedy and to break every tie: higher score, then lower cost, then
 * {@link ProjectIds#ORDER}.
 */
public final class Election {

    final BigDecimal budget;
    final int voters;
    final String[] ids;
    final BigDecimal[] costs;
    final Rational[] exactCosts;
    final BigInteger[] scores;
    final int[][] supporters;
    final boolean[] eligible;
    final BigDecimal threshold;
    /** priority[p]: position of project p in the priority order (0 = first). */
    final int[] priority;

    private Election(BigDecimal budget, int voters, List<String> ids, List<BigDecimal> costs, List<BigInteger> scores,
                     List<int[]> supporters, BigDecimal threshold) {
        this.budget = budget;
        this.voters = voters;
        int n = ids.size();
        this.ids = ids.toArray(new String[0]);
        this.costs = costs.toArray(new BigDecimal[0]);
        this.exactCosts = new Rational[n];
        this.scores = scores.toArray(new BigInteger[0]);
        this.supporters = supporters.toArray(new int[0][]);
        this.threshold = threshold;
        this.eligible = new boolean[n];
        for (int p = 0; p < n; p++) {
            exactCosts[p] = Rational.of(this.costs[p]);
            eligible[p] = threshold == null || new BigDecimal(this.scores[p]).compareTo(threshold) >= 0;
        }
        Integer[] order = new Integer[n];
        for (int p = 0; p < n; p++) {
            order[p] = p;
        }
        Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(p -> this.scores[p]).reversed()
                .thenComparing(p -> this.costs[p])
                .thenComparing(p -> this.ids[p], ProjectIds.ORDER));
        this.priority = new int[n];
        for (int i = 0; i < n; i++) {
            priority[order[i]] = i;
        }
    }

    public BigDecimal budget() {
        return budget;
    }

    public int voterCount() {
        return voters;
    }

    public int projectCount() {
        return ids.length;
    }

    public String projectId(int p) {
        return ids[p];
    }

    public BigInteger score(int p) {
        return scores[p];
    }

    public Optional<BigDecimal> threshold() {
        return Optional.ofNullable(threshold);
    }

    /** The election a pabulib file describes. */
    public static Election of(PbInstance instance) {
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<BigDecimal> costs = new ArrayList<>();
        for (PbProject p : instance.projects()) {
            index.put(p.id(), ids.size());
            ids.add(p.id());
            costs.add(p.cost());
        }
        int n = ids.size();
        BigInteger[] scores = new BigInteger[n];
        Arrays.fill(scores, BigInteger.ZERO);
        int[] counts = new int[n];
        List<PbBallot> ballots = instance.ballots();
        for (PbBallot b : ballots) {
            for (int k = 0; k < b.projectIds().size(); k++) {
                int p = index.get(b.projectIds().get(k));
                if (b.points().isEmpty()) {
                    scores[p] = scores[p].add(BigInteger.ONE);
                    counts[p]++;
                } else if (b.points().get(k).signum() > 0) {
                    scores[p] = scores[p].add(b.points().get(k));
                    counts[p]++;
                }
            }
        }
        int[][] supporters = new int[n][];
        for (int p = 0; p < n; p++) {
            supporters[p] = new int[counts[p]];
            counts[p] = 0;
        }
        for (int v = 0; v < ballots.size(); v++) {
            PbBallot b = ballots.get(v);
            for (int k = 0; k < b.projectIds().size(); k++) {
                if (b.points().isEmpty() || b.points().get(k).signum() > 0) {
                    int p = index.get(b.projectIds().get(k));
                    supporters[p][counts[p]++] = v;
                }
            }
        }
        if (ballots.isEmpty()) {
            for (int p = 0; p < n; p++) {
                PbProject project = instance.projects().get(p);
                String declared = project.attribute("score") != null ? project.attribute("score")
                        : project.attribute("votes");
                scores[p] = declared == null ? BigInteger.ZERO : declaredScore(declared);
            }
        }
        String t = instance.meta().get("min_project_score_threshold");
        BigDecimal threshold = t == null || t.isBlank() ? null : new BigDecimal(t.trim());
        return new Election(instance.budget(), ballots.size(), ids, costs, Arrays.asList(scores),
                Arrays.asList(supporters), threshold);
    }

    private static BigInteger declaredScore(String text) {
        try {
            return new BigDecimal(text.trim()).toBigInteger();
        } catch (NumberFormatException e) {
            return BigInteger.ZERO;
        }
    }

    public static Builder builder(BigDecimal budget) {
        return new Builder(budget);
    }

    /** Builds an approval election in code (tests, benchmarks, the portal). */
    public static final class Builder {
        private final BigDecimal budget;
        private final Map<String, BigDecimal> projects = new LinkedHashMap<>();
        private final List<List<String>> ballots = new ArrayList<>();
        private BigDecimal threshold;

        private Builder(BigDecimal budget) {
            this.budget = budget;
        }

        public Builder project(String id, long cost) {
            return project(id, BigDecimal.valueOf(cost));
        }

        public Builder project(String id, BigDecimal cost) {
            if (projects.put(id, cost) != null) {
                throw new IllegalArgumentException("duplicate project " + id);
            }
            return this;
        }

        public Builder ballot(String... projectIds) {
            return ballot(List.of(projectIds));
        }

        public Builder ballot(List<String> projectIds) {
            for (String id : projectIds) {
                if (!projects.containsKey(id)) {
                    throw new IllegalArgumentException("unknown project " + id);
                }
            }
            if (new java.util.HashSet<>(projectIds).size() != projectIds.size()) {
                throw new IllegalArgumentException("a ballot names a project twice");
            }
            ballots.add(List.copyOf(projectIds));
            return this;
        }

        /** The same ballot, {@code times} times. */
        public Builder ballots(int times, String... projectIds) {
            for (int i = 0; i < times; i++) {
                ballot(projectIds);
            }
            return this;
        }

        public Builder threshold(BigDecimal threshold) {
            this.threshold = threshold;
            return this;
        }

        public Election build() {
            List<PbProject> ps = new ArrayList<>();
            projects.forEach((id, cost) -> ps.add(new PbProject(id, cost, Map.of())));
            List<PbBallot> bs = new ArrayList<>();
            for (int v = 0; v < ballots.size(); v++) {
                bs.add(new PbBallot(Integer.toString(v + 1), ballots.get(v), List.of()));
            }
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("budget", budget.toPlainString());
            if (threshold != null) {
                meta.put("min_project_score_threshold", threshold.toPlainString());
            }
            return of(new PbInstance(meta, ps, bs));
        }
    }
}
