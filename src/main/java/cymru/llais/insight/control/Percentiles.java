package cymru.llais.insight.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * Percentiles of durations given as a histogram (a value and how many items had it), as the database's GROUP BY
 * returns them. Nearest rank: the p-th percentile of n values is the value at rank ceil(p × n / 100) in ascending
 * order, so it is always a value that occurred (a median of 1 and 3 minutes is 1, not 2).
 */
public final class Percentiles {

    /** One value of the histogram and its count. */
    public record Bin(long value, long count) {
    }

    private final List<Bin> bins;
    private final long total;

    private Percentiles(List<Bin> bins, long total) {
        this.bins = bins;
        this.total = total;
    }

    public static Percentiles of(List<Bin> histogram) {
        List<Bin> sorted = new ArrayList<>();
        long total = 0;
        for (Bin b : histogram) {
            if (b.count() < 0) {
                throw new IllegalArgumentException("a negative count");
            }
            if (b.count() > 0) {
                sorted.add(b);
                total += b.count();
            }
        }
        sorted.sort(Comparator.comparingLong(Bin::value));
        return new Percentiles(sorted, total);
    }

    public long count() {
        return total;
    }

    /** The p-th percentile (0 < p ≤ 100); empty when there are no values. */
    public OptionalLong percentile(int p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("a percentile is from 1 to 100: " + p);
        }
        if (total == 0) {
            return OptionalLong.empty();
        }
        long rank = Math.max(1, ceilDiv(p * total, 100));
        long seen = 0;
        for (Bin b : bins) {
            seen += b.count();
            if (seen >= rank) {
                return OptionalLong.of(b.value());
            }
        }
        return OptionalLong.of(bins.get(bins.size() - 1).value());
    }

    public OptionalLong median() {
        return percentile(50);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
