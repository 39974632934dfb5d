package cymru.llais.budgeting.control.counting;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How long the Method of Equal Shares with the add1 completion takes on a large round: 100,000 voters,
 * 100 projects, random approval ballots (seeded), counted on one thread. A benchmark to run and read, never
 * a test: {@code mvn -q -Pbench-count test-compile exec:java}. It prints elapsed time and the counting thread's CPU
 * time, which is the fairer figure on a machine shared with other builds (options: -Dbench.voters=100000
 * -Dbench.projects=100 -Dbench.repeats=5 -Dbench.seed=2026).
 */
public final class EqualSharesBenchmark {

    private EqualSharesBenchmark() {
    }

    public static void main(String[] args) {
        int voters = Integer.getInteger("bench.voters", 100_000);
        int projects = Integer.getInteger("bench.projects", 100);
        int repeats = Integer.getInteger("bench.repeats", 5);
        long seed = Long.getLong("bench.seed", 2026L);

        long start = System.nanoTime();
        Election election = generate(voters, projects, seed);
        long built = System.nanoTime();
        System.out.printf(Locale.ROOT, "Llais counting benchmark: %,d voters, %d projects, budget %s; Java %s, %d processors%n",
                voters, projects, election.budget().toPlainString(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "generated the ballots in %d ms%n", (built - start) / 1_000_000);

        report("greedy", election, Rule.GREEDY, repeats);
        report("equal shares, no completion (one run)", election, Rule.EQUAL_SHARES_WITHOUT_COMPLETION, repeats);
        report("equal shares + add1", election, Rule.EQUAL_SHARES, repeats);
    }

    private static void report(String name, Election election, Rule rule, int repeats) {
        CountResult result = Counting.count(election, rule); // warm-up: let the JIT compile the count
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ms = new long[repeats];
        long[] cpu = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = Counting.count(election, rule);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        String perVoter = result.perVoterBudget().map(r -> ", each voter's share " + r.toBigDecimal(2).toPlainString())
                .orElse("");
        System.out.printf(Locale.ROOT, "%n%s: %d projects selected, cost %s%s%n", name, result.selectedInOrder().size(),
                result.totalCost().toPlainString(), perVoter);
        System.out.printf(Locale.ROOT, "  %d runs: elapsed min %d ms, median %d ms, max %d ms; CPU time of the counting thread min %d ms, median %d ms%n",
                repeats, ms[0], ms[repeats / 2], ms[repeats - 1], cpu[0], cpu[repeats / 2]);
    }

    /**
     * Projects cost 5,000–200,000 (whole hundreds); the budget is 2,000,000. Each voter approves 1–10
     * projects, drawn with weights so that some projects are much more popular than others, as in real rounds.
     */
    static Election generate(int voters, int projects, long seed) {
        Random random = new Random(seed);
        Election.Builder b = Election.builder(BigDecimal.valueOf(2_000_000));
        double[] weight = new double[projects];
        double total = 0;
        for (int p = 0; p < projects; p++) {
            b.project("p" + (p + 1), 100L * (50 + random.nextInt(1951)));
            weight[p] = 1.0 / (1 + random.nextInt(20));
            total += weight[p];
        }
        for (int v = 0; v < voters; v++) {
            int k = 1 + random.nextInt(10);
            List<String> ballot = new ArrayList<>(k);
            boolean[] chosen = new boolean[projects];
            while (ballot.size() < k) {
                double x = random.nextDouble() * total;
                int p = 0;
                while (p < projects - 1 && x >= weight[p]) {
                    x -= weight[p];
                    p++;
                }
                if (!chosen[p]) {
                    chosen[p] = true;
                    ballot.add("p" + (p + 1));
                }
            }
            b.ballot(ballot);
        }
        return b.build();
    }
}
