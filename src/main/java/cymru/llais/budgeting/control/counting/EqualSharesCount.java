package cymru.llais.budgeting.control.counting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Method of Equal Shares with cost utilities (equalshares.net), in exact arithmetic.
 * <p>
 * Every voter starts with an equal share of the money. In each round, for every project still possible, the
 * smallest payment ρ is found such that its supporters, each paying ρ or everything they have left if that is
 * less, cover its cost. With cost utilities the project with the smallest ρ/cost wins (equivalently the
 * largest "effective vote count" cost/ρ; ties: higher score, then lower cost, then id) and its supporters pay. Counting ends when no project can be paid for by its supporters.
 * <p>
 * The add1 completion: if money is left over and some project not selected would still fit the real
 * budget, the count is run again with every voter's share raised by one unit of money (starting from the
 * whole-unit share below budget/voters), and the new outcome is kept as long as its cost stays within the
 * real budget. It stops at the first outcome that would exceed the budget, at an exhaustive outcome (no
 * further project fits), or once every supported project is selected.
 * <p>
 * Voters with identical ballots are counted as one group with a weight, and groups with the same money left
 * as one class, so that a round costs a pass over the supporting groups with integer work. Each class's money
 * is held exactly (whole numbers over one common denominator) and as a double; the doubles, with a proven
 * bound of their error, rank the classes and bound every project's ρ/cost, and exact arithmetic decides
 * whenever the bound leaves a comparison in doubt and for the projects that may win the round. The result
 * is exactly that of the plain exact computation (the tests compare it with the earlier implementation).
 */
public final class EqualSharesCount {

    public enum Completion { NONE, ADD1, ADD1_THEN_GREEDY }

    private EqualSharesCount() {
    }

    public static CountResult count(Election e, Completion completion) {
        Rational budget = Rational.of(e.budget);
        Groups groups = new Groups(e);
        Run run = new Run(e, groups, budget);
        int n = e.voters;
        if (completion != Completion.NONE && n > 0) {
            int candidates = run.candidateCount();
            Rational step = Rational.of(n);
            Rational endowment = Rational.of(budget.divide(n).floor()).multiply(n);
            while (!run.exhaustive(budget) && run.winners.size() < candidates) {
                Rational next = endowment.add(step);
                Run bigger = new Run(e, groups, next);
                if (bigger.cost.compareTo(budget) > 0) {
                    break;
                }
                endowment = next;
                run = bigger;
            }
        }
        return result(e, run, completion, budget);
    }

    private static CountResult result(Election e, Run run, Completion completion, Rational budget) {
        int np = e.projectCount();
        Reason[] reasons = new Reason[np];
        boolean[] selected = new boolean[np];
        List<String> order = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int w = 0; w < run.winners.size(); w++) {
            int p = run.winners.get(w);
            selected[p] = true;
            order.add(e.ids[p]);
            total = total.add(e.costs[p]);
            reasons[p] = Reason.of("budgeting.reason.equalShares.selected", e.supporters[p].length,
                    run.paid(w).toBigDecimal(2), w + 1);
        }
        if (completion == Completion.ADD1_THEN_GREEDY) {
            BigDecimal left = e.budget.subtract(total);
            for (int p : GreedyCount.byPriority(e)) {
                if (!selected[p] && e.eligible[p] && e.supporters[p].length > 0 && e.costs[p].compareTo(left) <= 0) {
                    reasons[p] = Reason.of("budgeting.reason.completion.selected", new BigDecimal(e.scores[p]),
                            e.costs[p], left);
                    selected[p] = true;
                    order.add(e.ids[p]);
                    left = left.subtract(e.costs[p]);
                    total = total.add(e.costs[p]);
                }
            }
        }
        for (int p = 0; p < np; p++) {
            if (selected[p]) {
                continue;
            }
            if (!e.eligible[p]) {
                reasons[p] = Reason.of("budgeting.reason.belowThreshold", new BigDecimal(e.scores[p]), e.threshold);
            } else if (e.supporters[p].length == 0) {
                reasons[p] = Reason.of("budgeting.reason.noSupport");
            } else {
                reasons[p] = run.unaffordable(p);
            }
        }
        List<ProjectOutcome> outcomes = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            outcomes.add(new ProjectOutcome(e.ids[p], selected[p], reasons[p]));
        }
        Rule rule = switch (completion) {
            case NONE -> Rule.EQUAL_SHARES_WITHOUT_COMPLETION;
            case ADD1 -> Rule.EQUAL_SHARES;
            case ADD1_THEN_GREEDY -> Rule.EQUAL_SHARES_THEN_GREEDY;
        };
        return new CountResult(rule, order, outcomes, total, Optional.of(run.perVoter));
    }

    /** An unreduced positive fraction, compared by cross-multiplication: cheaper than reducing every time. */
    private record Frac(BigInteger num, BigInteger den) implements Comparable<Frac> {
        static final Frac ZERO = new Frac(BigInteger.ZERO, BigInteger.ONE);

        @Override
        public int compareTo(Frac o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }
    }

    /**
     * Voters with identical ballots (the same set of supported projects) have the same money at every step
     * of every run, so they are counted as one group with a weight. Groups are numbered in the order of
     * their first voter, so that scanning a project's groups meets the voters' classes in the same order as
     * scanning its voters would. Shared by all the runs of one count.
     */
    static final class Groups {
        /** supporters[p]: the groups supporting p, ascending. */
        final int[][] supporters;
        final int[] weight;
        final int count;

        Groups(Election e) {
            int n = e.voters;
            int np = e.projectCount();
            int[] length = new int[n];
            for (int[] sup : e.supporters) {
                for (int v : sup) {
                    length[v]++;
                }
            }
            int[][] ballot = new int[n][];
            for (int v = 0; v < n; v++) {
                ballot[v] = new int[length[v]];
                length[v] = 0;
            }
            for (int p = 0; p < np; p++) {
                for (int v : e.supporters[p]) {
                    ballot[v][length[v]++] = p;
                }
            }
            Map<IntArray, Integer> ids = new HashMap<>();
            int[] groupOf = new int[n];
            int[] weights = new int[Math.max(n, 1)];
            int groups = 0;
            for (int v = 0; v < n; v++) {
                Integer g = ids.putIfAbsent(new IntArray(ballot[v]), groups);
                if (g == null) {
                    g = groups++;
                }
                groupOf[v] = g;
                weights[g]++;
            }
            this.count = groups;
            this.weight = Arrays.copyOf(weights, groups);
            this.supporters = new int[np][];
            boolean[] seen = new boolean[groups];
            int[] buffer = new int[groups];
            for (int p = 0; p < np; p++) {
                int k = 0;
                for (int v : e.supporters[p]) {
                    int g = groupOf[v];
                    if (!seen[g]) {
                        seen[g] = true;
                        buffer[k++] = g;
                    }
                }
                int[] gs = Arrays.copyOf(buffer, k);
                for (int g : gs) {
                    seen[g] = false;
                }
                Arrays.sort(gs);
                supporters[p] = gs;
            }
        }
    }

    private record IntArray(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IntArray a && Arrays.equals(values, a.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /**
     * One run with a fixed total endowment, shared equally. Money is counted in units of 1/{@code unit} of the
     * currency so that every cost is a whole number; every voter's money left is {@code num/denominator} such
     * units, with one common denominator that grows as payments are made, so that no fraction is ever reduced.
     * Groups of voters with the same money left share a class.
     */
    static final class Run {
        private final Election e;
        private final Groups groups;
        final Rational perVoter;
        final List<Integer> winners = new ArrayList<>();
        /** Each winner's payment per paying supporter, unreduced: {price, denominator * unit}. */
        private final List<BigInteger[]> payments = new ArrayList<>();
        Rational cost = Rational.ZERO;

        private final BigInteger unit;
        private final BigInteger[] cents;
        private BigInteger denominator;
        private final int[] groupClass;
        private BigInteger[] classNum = new BigInteger[64];
        private int[] population = new int[64];
        private int classes;
        /** Each class's money in units as a double: only a guide to where to look, every answer is checked exactly. */
        private double[] approx = new double[64];
        /** Two approximations further apart than this are certainly in the same order as the exact values. */
        private final double tolerance;
        private final double startApprox;
        private final double[] centsApprox;
        private final int zeroClass;
        private int[] rank = new int[0];
        private int[] classOfRank = new int[0];
        private int liveClasses;
        /** The classes made before the last ranking. */
        private int rankedClasses;
        private int[] counts = new int[0];
        private BigDecimal[] roundedLeft;
        private int[] voters;
        private boolean rankedForReasons;

        Run(Election e, Groups groups, Rational endowment) {
            this.e = e;
            this.groups = groups;
            int n = e.voters;
            this.groupClass = new int[groups.count];
            this.perVoter = n == 0 ? Rational.ZERO : endowment.divide(n);
            int scale = 0;
            for (BigDecimal c : e.costs) {
                scale = Math.max(scale, c.stripTrailingZeros().scale());
            }
            this.unit = BigInteger.TEN.pow(scale);
            this.cents = new BigInteger[e.projectCount()];
            for (int p = 0; p < cents.length; p++) {
                cents[p] = e.costs[p].movePointRight(scale).toBigIntegerExact();
            }
            this.centsApprox = new double[cents.length];
            for (int p = 0; p < cents.length; p++) {
                centsApprox[p] = cents[p].doubleValue();
            }
            Rational start = perVoter.multiply(Rational.of(unit));
            this.denominator = start.denominator();
            this.startApprox = toDouble(start.numerator(), denominator);
            // each class's approximation is the start less at most one rounded price (at most the start) per
            // project, each rounding off less than 1e-15 of the start
            this.tolerance = startApprox * 1e-13 * (e.projectCount() + 10);
            newClass(start.numerator(), startApprox);
            population[0] = n;
            this.zeroClass = newClass(BigInteger.ZERO, 0.0);
            if (n > 0) {
                count();
            }
        }

        Rational paid(int w) {
            BigInteger[] pay = payments.get(w);
            return Rational.of(pay[0], pay[1]);
        }

        int classCount() {
            return liveClasses;
        }

        int candidateCount() {
            int c = 0;
            for (int p = 0; p < e.projectCount(); p++) {
                if (e.eligible[p] && e.supporters[p].length > 0) {
                    c++;
                }
            }
            return c;
        }

        /** True if no project that is not selected fits the budget that is left. */
        boolean exhaustive(Rational budget) {
            boolean[] won = new boolean[e.projectCount()];
            winners.forEach(p -> won[p] = true);
            for (int p = 0; p < won.length; p++) {
                if (!won[p] && cost.add(e.exactCosts[p]).compareTo(budget) <= 0) {
                    return false;
                }
            }
            return true;
        }

        private int newClass(BigInteger num, double approxValue) {
            int id = classes++;
            if (id >= approx.length) {
                approx = Arrays.copyOf(approx, approx.length * 2);
                classNum = Arrays.copyOf(classNum, approx.length);
                population = Arrays.copyOf(population, approx.length);
            }
            classNum[id] = num;
            population[id] = 0;
            approx[id] = approxValue;
            return id;
        }

        private static double down(double value) {
            return value * (1 - 1e-9);
        }

        /** num/den, positive, correctly to a few units in the last place (the guide needs no more). */
        private static double toDouble(BigInteger num, BigInteger den) {
            if (num.signum() == 0) {
                return 0.0;
            }
            int shift = Math.min(num.bitLength(), den.bitLength()) - 900;
            if (shift > 0) {
                num = num.shiftRight(shift);
                den = den.shiftRight(shift);
                if (den.signum() == 0) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            return num.doubleValue() / den.doubleValue();
        }

        /** Orders classes by their exact money; the approximations decide when they are far enough apart. */
        private int compareClasses(int a, int b) {
            double d = approx[a] - approx[b];
            if (d > tolerance) {
                return 1;
            }
            if (d < -tolerance) {
                return -1;
            }
            return classNum[a].compareTo(classNum[b]);
        }

        private void count() {
            int np = e.projectCount();
            List<Integer> remaining = new ArrayList<>();
            // a lower bound of each project's rho/cost: ratios only grow from round to round, so a bound stays
            // true; it only orders and prunes the search (a project whose bound is above an upper bound of
            // another's cannot win); the winner is chosen exactly
            double[] lowerBound = new double[np];
            double[] low = new double[np];
            for (int p = 0; p < np; p++) {
                if (e.eligible[p] && e.supporters[p].length > 0) {
                    remaining.add(p);
                    // nobody pays more than an equal share: rho/cost >= 1/supporters
                    lowerBound[p] = cents[p].signum() == 0 ? 0.0 : down(1.0 / e.supporters[p].length);
                }
            }
            Comparator<Integer> byBound = Comparator.<Integer>comparingDouble(p -> lowerBound[p])
                    .thenComparingInt(p -> e.priority[p]);
            while (!remaining.isEmpty()) {
                rankClasses();
                remaining.sort(byBound);
                double upper = Double.POSITIVE_INFINITY;
                List<Integer> seen = new ArrayList<>();
                List<Integer> unaffordable = new ArrayList<>();
                for (int p : remaining) {
                    if (lowerBound[p] > upper) {
                        break;
                    }
                    double[] bounds = estimate(p);
                    if (bounds == null) {
                        unaffordable.add(p);
                        continue;
                    }
                    low[p] = bounds[0];
                    lowerBound[p] = bounds[0] - Math.abs(bounds[0]) * 1e-9;
                    upper = Math.min(upper, bounds[1]);
                    seen.add(p);
                }
                remaining.removeAll(unaffordable);
                if (seen.isEmpty()) {
                    break;
                }
                // only a project whose lower bound is not above the smallest upper bound can have the least ratio
                int best = -1;
                BigInteger[] bestPayment = null;
                Frac bestRatio = null;
                for (int p : seen) {
                    if (low[p] > upper) {
                        continue;
                    }
                    BigInteger[] payment = payment(p);
                    if (payment == null) {
                        throw new IllegalStateException("an affordable project found unaffordable");
                    }
                    Frac ratio = ratio(p, payment);
                    int c = best < 0 ? -1 : ratio.compareTo(bestRatio);
                    if (c < 0 || (c == 0 && e.priority[p] < e.priority[best])) {
                        best = p;
                        bestPayment = payment;
                        bestRatio = ratio;
                    }
                }
                remaining.remove(Integer.valueOf(best));
                winners.add(best);
                cost = cost.add(e.exactCosts[best]);
                charge(best, bestPayment[0], bestPayment[1]);
            }
        }

        /**
         * Bounds {low, high} of project p's ratio rho/cost, or null if its supporters cannot afford it. Worked
         * out with the approximations and a bound of their error; only when that leaves the answer in doubt
         * (someone's money about equal to rho, or the money about equal to the cost) is it worked out exactly.
         */
        private double[] estimate(int p) {
            int[] sup = groups.supporters[p];
            int[] weight = groups.weight;
            int maxRank = 0;
            for (int g : sup) {
                int r = rank[groupClass[g]];
                counts[r] += weight[g];
                if (r > maxRank) {
                    maxRank = r;
                }
            }
            try {
                double price = centsApprox[p];
                int supporters = e.supporters[p].length;
                double xd = price;
                int payers = supporters;
                int star = -1;
                int steps = 0;
                boolean hasPrev = false;
                double gPrev = 0;
                for (int r = 0; r <= maxRank; r++) {
                    int c = counts[r];
                    if (c == 0) {
                        continue;
                    }
                    steps++;
                    double a = approx[classOfRank[r]];
                    if (xd <= a * payers) {
                        star = r;
                        break;
                    }
                    hasPrev = true;
                    gPrev = xd - a * payers;
                    xd -= a * c;
                    payers -= c;
                }
                // every approximation is within the tolerance; rounding adds a little for each step
                double magnitude = price + supporters * startApprox;
                double error = 4 * supporters * tolerance + (steps + 8) * 1e-15 * magnitude;
                if (star < 0) {
                    // nobody could pay rho: the supporters' money falls short of the cost by xd
                    if (xd > error) {
                        return null;
                    }
                } else if (xd - approx[classOfRank[star]] * payers < -error && (!hasPrev || gPrev > error)) {
                    if (cents[p].signum() == 0) {
                        return new double[] {0.0, 0.0};
                    }
                    double ratio = xd / payers / price;
                    double spread = error / payers / price * (1 + 1e-9) + ratio * 1e-12;
                    return new double[] {ratio - spread, ratio + spread};
                }
                BigInteger[] payment = guided(p, maxRank);
                if (payment == null) {
                    return null;
                }
                Frac ratio = ratio(p, payment);
                double approxRatio = toDouble(ratio.num(), ratio.den());
                return new double[] {approxRatio * (1 - 1e-9), approxRatio * (1 + 1e-9)};
            } finally {
                Arrays.fill(counts, 0, maxRank + 1, 0);
            }
        }

        /**
         * With cost utilities a supporter's payment per unit of utility is rho/cost: the smaller, the better
         * (the reciprocal of equalshares.net's "effective vote count" cost/rho). Zero for a free project.
         */
        private Frac ratio(int p, BigInteger[] payment) {
            if (cents[p].signum() == 0) {
                return Frac.ZERO;
            }
            return new Frac(payment[0], payment[1].multiply(denominator).multiply(cents[p]));
        }

        /**
         * Ranks the classes that have voters by their money, poorest first (equal money: lower class first).
         * A class's money never changes, so the classes ranked last time keep their order: only the classes
         * made since are sorted, and merged in.
         */
        private void rankClasses() {
            Integer[] made = new Integer[classes - rankedClasses + 1];
            int k = 0;
            // the one older class whose voters can come and go: those who have nothing left
            boolean zeroAgain = zeroClass < rankedClasses && population[zeroClass] > 0;
            if (zeroAgain) {
                made[k++] = zeroClass;
            }
            for (int c = rankedClasses; c < classes; c++) {
                if (population[c] > 0) {
                    made[k++] = c;
                }
            }
            Arrays.sort(made, 0, k, this::compareClasses);
            int[] merged = new int[liveClasses + k];
            int m = 0;
            int i = 0;
            int j = 0;
            while (i < liveClasses || j < k) {
                if (i < liveClasses && (population[classOfRank[i]] == 0 || (zeroAgain && classOfRank[i] == zeroClass))) {
                    i++;
                } else if (j >= k || (i < liveClasses && compareClasses(classOfRank[i], made[j]) <= 0)) {
                    merged[m++] = classOfRank[i++];
                } else {
                    merged[m++] = made[j++];
                }
            }
            rankedClasses = classes;
            if (rank.length < classes) {
                rank = new int[classes * 2];
            }
            liveClasses = m;
            classOfRank = Arrays.copyOf(merged, m);
            for (int r = 0; r < liveClasses; r++) {
                rank[classOfRank[r]] = r;
            }
            if (counts.length < liveClasses) {
                counts = new int[liveClasses * 2];
            }
        }

        /**
         * The equal payment that pays for project p, as {X, payers}: rho = X / (payers * denominator); or null
         * if its supporters cannot afford it. The poorest supporters pay all they have, the others rho each.
         */
        private BigInteger[] payment(int p) {
            int[] sup = groups.supporters[p];
            int[] weight = groups.weight;
            int maxRank = 0;
            for (int g : sup) {
                int r = rank[groupClass[g]];
                counts[r] += weight[g];
                if (r > maxRank) {
                    maxRank = r;
                }
            }
            BigInteger[] result;
            try {
                result = guided(p, maxRank);
            } finally {
                Arrays.fill(counts, 0, maxRank + 1, 0);
            }
            return result;
        }

        /**
         * Finds where the supporters start paying the equal share with doubles, then checks that place exactly:
         * g(r) = x_r - value_r * payers_r never increases with r, so the place is right if g is positive at the
         * rank before it and not positive at it. If the check fails, the exact walk decides.
         */
        private BigInteger[] guided(int p, int maxRank) {
            double xd = centsApprox[p];
            int payers = e.supporters[p].length;
            int star = -1;
            for (int r = 0; r <= maxRank; r++) {
                int c = counts[r];
                if (c == 0) {
                    continue;
                }
                double a = approx[classOfRank[r]];
                if (xd <= a * payers) {
                    star = r;
                    break;
                }
                xd -= a * c;
                payers -= c;
            }
            int limit = star >= 0 ? star : maxRank + 1;
            BigInteger x = cents[p].multiply(denominator);
            payers = e.supporters[p].length;
            int prev = -1;
            for (int r = 0; r < limit; r++) {
                int c = counts[r];
                if (c == 0) {
                    continue;
                }
                BigInteger value = classNum[classOfRank[r]];
                if (value.signum() != 0) {
                    x = x.subtract(c == 1 ? value : value.multiply(BigInteger.valueOf(c)));
                }
                payers -= c;
                prev = r;
            }
            boolean right = true;
            if (star >= 0) {
                right = x.compareTo(classNum[classOfRank[star]].multiply(BigInteger.valueOf(payers))) <= 0;
            }
            if (right && prev >= 0) {
                BigInteger value = classNum[classOfRank[prev]];
                BigInteger before = x.add(value.multiply(BigInteger.valueOf(counts[prev])));
                right = before.compareTo(value.multiply(BigInteger.valueOf(payers + counts[prev]))) > 0;
            }
            if (!right) {
                return exactWalk(p, maxRank);
            }
            return star >= 0 ? new BigInteger[] {x, BigInteger.valueOf(payers)} : null;
        }

        private BigInteger[] exactWalk(int p, int maxRank) {
            BigInteger x = cents[p].multiply(denominator);
            int payers = e.supporters[p].length;
            for (int r = 0; r <= maxRank; r++) {
                int c = counts[r];
                if (c == 0) {
                    continue;
                }
                BigInteger value = classNum[classOfRank[r]];
                if (x.compareTo(value.multiply(BigInteger.valueOf(payers))) <= 0) {
                    return new BigInteger[] {x, BigInteger.valueOf(payers)};
                }
                x = x.subtract(value.multiply(BigInteger.valueOf(c)));
                payers -= c;
            }
            return null;
        }

        /** Supporters of p pay rho = x / (payers * denominator) each, or all they have if that is less. */
        private void charge(int p, BigInteger x, BigInteger payers) {
            BigInteger g = x.gcd(payers);
            BigInteger scale = payers.divide(g);
            BigInteger price = x.divide(g);
            if (!scale.equals(BigInteger.ONE)) {
                denominator = denominator.multiply(scale);
                for (int c = 0; c < classes; c++) {
                    if (population[c] > 0 && c != zeroClass) {
                        classNum[c] = classNum[c].multiply(scale);
                    }
                }
            }
            payments.add(new BigInteger[] {price, denominator.multiply(unit)});
            double priceApprox = toDouble(price, denominator);
            int[] memo = new int[classes];
            Arrays.fill(memo, -1);
            int[] weight = groups.weight;
            for (int grp : groups.supporters[p]) {
                int c = groupClass[grp];
                int m = memo[c];
                if (m < 0) {
                    BigInteger value = classNum[c];
                    m = value.compareTo(price) <= 0 ? zeroClass : newClass(value.subtract(price), approx[c] - priceApprox);
                    memo[c] = m;
                }
                groupClass[grp] = m;
                population[c] -= weight[grp];
                population[m] += weight[grp];
            }
        }

        /** Why p, not selected, lost: how much its supporters had left, poorest first. */
        Reason unaffordable(int p) {
            if (!rankedForReasons) {
                rankClasses();
                rankedForReasons = true;
            }
            if (voters == null || voters.length < classes) {
                voters = new int[classes];
            }
            int[] weight = groups.weight;
            int[] ranks = new int[groups.supporters[p].length];
            int k = 0;
            for (int g : groups.supporters[p]) {
                int c = groupClass[g];
                if (voters[c] == 0) {
                    ranks[k++] = rank[c];
                }
                voters[c] += weight[g];
            }
            Arrays.sort(ranks, 0, k);
            boolean equalMoney = false;
            for (int i = 1; i < k && !equalMoney; i++) {
                equalMoney = compareClasses(classOfRank[ranks[i - 1]], classOfRank[ranks[i]]) == 0;
            }
            if (roundedLeft == null || roundedLeft.length < classes) {
                roundedLeft = new BigDecimal[classes];
            }
            List<Reason.SupporterShare> shares = new ArrayList<>();
            BigInteger left = BigInteger.ZERO;
            BigInteger money = denominator.multiply(unit);
            for (int i = 0; i < k; i++) {
                int c = classOfRank[ranks[i]];
                if (!equalMoney) {
                    shares.add(share(c, voters[c], money));
                    left = left.add(classNum[c].multiply(BigInteger.valueOf(voters[c])));
                }
                voters[c] = 0;
            }
            if (equalMoney) {
                // classes with equal money come in the order of a hash map, as they always have
                Map<Integer, Integer> byClass = new HashMap<>();
                for (int g : groups.supporters[p]) {
                    byClass.merge(groupClass[g], weight[g], Integer::sum);
                }
                List<Integer> classList = new ArrayList<>(byClass.keySet());
                classList.sort(this::compareClasses);
                for (int c : classList) {
                    int n = byClass.get(c);
                    shares.add(share(c, n, money));
                    left = left.add(classNum[c].multiply(BigInteger.valueOf(n)));
                }
            }
            return new Reason("budgeting.reason.equalShares.unaffordable",
                    List.of(e.supporters[p].length, Rational.of(left, money).toBigDecimal(2), e.costs[p]), shares);
        }

        private Reason.SupporterShare share(int c, int n, BigInteger money) {
            if (roundedLeft[c] == null) {
                roundedLeft[c] = Rational.of(classNum[c], money).toBigDecimal(2);
            }
            return new Reason.SupporterShare(n, roundedLeft[c]);
        }
    }
}
