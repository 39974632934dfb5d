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
 * The implementation of {@link EqualSharesCount} before it was made faster (one class per voter, no grouping
 * of identical ballots), kept unchanged as the reference that {@code EqualSharesEquivalenceTest} compares
 * the fast one with.
 * <p>
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
 * Voters with the same money left are handled as one class, so that a round costs a pass over the
 * supporters with integer work plus exact whole-number arithmetic only per distinct amount.
 */
final class EqualSharesReference {

    public enum Completion { NONE, ADD1, ADD1_THEN_GREEDY }

    private EqualSharesReference() {
    }

    public static CountResult count(Election e, Completion completion) {
        Rational budget = Rational.of(e.budget);
        Run run = new Run(e, budget);
        int n = e.voters;
        if (completion != Completion.NONE && n > 0) {
            int candidates = run.candidateCount();
            Rational step = Rational.of(n);
            Rational endowment = Rational.of(budget.divide(n).floor()).multiply(n);
            while (!run.exhaustive(budget) && run.winners.size() < candidates) {
                Rational next = endowment.add(step);
                Run bigger = new Run(e, next);
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
                    run.payments.get(w).toBigDecimal(2), w + 1);
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
     * One run with a fixed total endowment, shared equally. Money is counted in units of 1/{@code unit} of the
     * currency so that every cost is a whole number; every voter's money left is {@code num/denominator} such
     * units, with one common denominator that grows as payments are made, so that no fraction is ever reduced.
     * Voters with the same money left share a class.
     */
    static final class Run {
        private final Election e;
        final Rational perVoter;
        final List<Integer> winners = new ArrayList<>();
        final List<Rational> payments = new ArrayList<>();
        Rational cost = Rational.ZERO;

        private final BigInteger unit;
        private final BigInteger[] cents;
        private BigInteger denominator;
        private final int[] voterClass;
        private final List<BigInteger> classNum = new ArrayList<>();
        private final List<Integer> population = new ArrayList<>();
        /** Each class's money in units as a double: only a guide to where to look, every answer is checked exactly. */
        private double[] approx = new double[64];
        private final double[] centsApprox;
        private final int zeroClass;
        private int[] rank = new int[0];
        private int[] classOfRank = new int[0];
        private int liveClasses;
        private int[] counts = new int[0];

        Run(Election e, Rational endowment) {
            this.e = e;
            int n = e.voters;
            this.voterClass = new int[n];
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
            newClass(start.numerator(), toDouble(start.numerator(), denominator));
            population.set(0, n);
            this.zeroClass = newClass(BigInteger.ZERO, 0.0);
            if (n > 0) {
                count();
            }
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
            classNum.add(num);
            population.add(0);
            int id = classNum.size() - 1;
            if (id >= approx.length) {
                approx = Arrays.copyOf(approx, approx.length * 2);
            }
            approx[id] = approxValue;
            return id;
        }

        private static double down(double value) {
            return value * (1 - 1e-9);
        }

        private static double toDouble(BigInteger num, BigInteger den) {
            return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).doubleValue();
        }

        private void count() {
            int np = e.projectCount();
            List<Integer> remaining = new ArrayList<>();
            // a lower bound of each project's rho/cost, rounded down a little: it only orders and prunes the
            // search (a project whose bound is above the best so far cannot win); the winner is chosen exactly
            double[] lowerBound = new double[np];
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
                int best = -1;
                BigInteger[] bestPayment = null;
                Frac bestRatio = null;
                double bestUp = Double.POSITIVE_INFINITY;
                List<Integer> unaffordable = new ArrayList<>();
                for (int p : remaining) {
                    if (lowerBound[p] > bestUp) {
                        break;
                    }
                    BigInteger[] payment = payment(p);
                    if (payment == null) {
                        unaffordable.add(p);
                        continue;
                    }
                    Frac ratio = ratio(p, payment);
                    double approxRatio = toDouble(ratio.num(), ratio.den());
                    lowerBound[p] = down(approxRatio);
                    int c = best < 0 ? -1 : ratio.compareTo(bestRatio);
                    if (c < 0 || (c == 0 && e.priority[p] < e.priority[best])) {
                        best = p;
                        bestPayment = payment;
                        bestRatio = ratio;
                        bestUp = approxRatio * (1 + 1e-9);
                    }
                }
                remaining.removeAll(unaffordable);
                if (best < 0) {
                    break;
                }
                remaining.remove(Integer.valueOf(best));
                winners.add(best);
                cost = cost.add(e.exactCosts[best]);
                charge(best, bestPayment[0], bestPayment[1]);
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

        private void rankClasses() {
            List<Integer> live = new ArrayList<>();
            for (int c = 0; c < classNum.size(); c++) {
                if (population.get(c) > 0) {
                    live.add(c);
                }
            }
            live.sort(Comparator.comparing(classNum::get));
            if (rank.length < classNum.size()) {
                rank = new int[classNum.size() * 2];
            }
            liveClasses = live.size();
            classOfRank = new int[liveClasses];
            for (int r = 0; r < liveClasses; r++) {
                rank[live.get(r)] = r;
                classOfRank[r] = live.get(r);
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
            int[] sup = e.supporters[p];
            int maxRank = 0;
            for (int v : sup) {
                int r = rank[voterClass[v]];
                counts[r]++;
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
                BigInteger value = classNum.get(classOfRank[r]);
                x = x.subtract(c == 1 ? value : value.multiply(BigInteger.valueOf(c)));
                payers -= c;
                prev = r;
            }
            boolean right = true;
            if (star >= 0) {
                right = x.compareTo(classNum.get(classOfRank[star]).multiply(BigInteger.valueOf(payers))) <= 0;
            }
            if (right && prev >= 0) {
                BigInteger value = classNum.get(classOfRank[prev]);
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
                BigInteger value = classNum.get(classOfRank[r]);
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
                for (int c = 0; c < classNum.size(); c++) {
                    if (population.get(c) > 0) {
                        classNum.set(c, classNum.get(c).multiply(scale));
                    }
                }
            }
            payments.add(Rational.of(price, denominator.multiply(unit)));
            double priceApprox = toDouble(price, denominator);
            int[] memo = new int[classNum.size()];
            Arrays.fill(memo, -1);
            for (int v : e.supporters[p]) {
                int c = voterClass[v];
                int m = memo[c];
                if (m < 0) {
                    BigInteger value = classNum.get(c);
                    m = value.compareTo(price) <= 0 ? zeroClass : newClass(value.subtract(price), approx[c] - priceApprox);
                    memo[c] = m;
                }
                voterClass[v] = m;
                population.set(c, population.get(c) - 1);
                population.set(m, population.get(m) + 1);
            }
        }

        /** Why p, not selected, lost: how much its supporters had left, poorest first. */
        Reason unaffordable(int p) {
            Map<Integer, Integer> byClass = new HashMap<>();
            for (int v : e.supporters[p]) {
                byClass.merge(voterClass[v], 1, Integer::sum);
            }
            List<Integer> classes = new ArrayList<>(byClass.keySet());
            classes.sort(Comparator.comparing(classNum::get));
            List<Reason.SupporterShare> shares = new ArrayList<>();
            BigInteger left = BigInteger.ZERO;
            BigInteger money = denominator.multiply(unit);
            for (int c : classes) {
                int voters = byClass.get(c);
                shares.add(new Reason.SupporterShare(voters, Rational.of(classNum.get(c), money).toBigDecimal(2)));
                left = left.add(classNum.get(c).multiply(BigInteger.valueOf(voters)));
            }
            return new Reason("budgeting.reason.equalShares.unaffordable",
                    List.of(e.supporters[p].length, Rational.of(left, money).toBigDecimal(2), e.costs[p]), shares);
        }
    }
}
