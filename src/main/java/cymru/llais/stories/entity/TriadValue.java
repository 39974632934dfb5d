package cymru.llais.stories.entity;

import java.util.Optional;

/**
 * A point in a triangle as three shares of its corners, in basis points: each 0 to 10,000 and together exactly
 * 10,000, so the shares sum to exactly one with no floating-point drift.
 */
public record TriadValue(int a, int b, int c) {

    public static final int WHOLE = 10_000;

    public TriadValue {
        if (!valid(a, b, c)) {
            throw new IllegalArgumentException("shares must be 0.." + WHOLE + " and sum to " + WHOLE);
        }
    }

    public static boolean valid(int a, int b, int c) {
        return a >= 0 && b >= 0 && c >= 0 && a <= WHOLE && b <= WHOLE && c <= WHOLE && a + b + c == WHOLE;
    }

    /** Whole percentages as a person types them on the accessible alternative: each 0 to 100, summing to 100. */
    public static Optional<TriadValue> ofPercents(int a, int b, int c) {
        if (a < 0 || b < 0 || c < 0 || a > 100 || b > 100 || c > 100 || a + b + c != 100) {
            return Optional.empty();
        }
        return Optional.of(new TriadValue(a * 100, b * 100, c * 100));
    }

    /**
     * Shares given as fractions (from a point placed on the triangle). Rejects NaN, infinities and negatives, and
     * fractions that do not sum to one within a thousandth; rounds to basis points by the largest remainder so the
     * sum stays exact.
     */
    public static Optional<TriadValue> ofFractions(double a, double b, double c) {
        double[] f = {a, b, c};
        double sum = 0;
        for (double x : f) {
            if (Double.isNaN(x) || Double.isInfinite(x) || x < 0 || x > 1) {
                return Optional.empty();
            }
            sum += x;
        }
        if (Math.abs(sum - 1) > 0.001) {
            return Optional.empty();
        }
        int[] r = Apportion.largestRemainder(new double[] {a / sum * WHOLE, b / sum * WHOLE, c / sum * WHOLE}, WHOLE);
        return Optional.of(new TriadValue(r[0], r[1], r[2]));
    }

    /** The shares as whole percentages summing to 100 (largest remainder), for the linked inputs. */
    public int[] percents() {
        return Apportion.largestRemainder(new double[] {a / 100.0, b / 100.0, c / 100.0}, 100);
    }

    public double fractionA() {
        return a / (double) WHOLE;
    }

    public double fractionB() {
        return b / (double) WHOLE;
    }

    public double fractionC() {
        return c / (double) WHOLE;
    }
}
