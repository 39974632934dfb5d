package cymru.llais.insight.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes a choropleth map shades wards by: up to five classes of equal width from 1 to the largest count (a
 * ward with none is class 0, unshaded), so the legend reads as plain ranges ("1–20", "21–40", ...).
 */
public final class Shading {

    public static final int CLASSES = 5;

    /** A class of the legend: from and to inclusive. */
    public record Range(int shade, long from, long to) {
    }

    private final List<Range> ranges;

    private Shading(List<Range> ranges) {
        this.ranges = ranges;
    }

    public static Shading of(long max) {
        List<Range> ranges = new ArrayList<>();
        if (max <= 0) {
            return new Shading(ranges);
        }
        int classes = (int) Math.min(CLASSES, max);
        long from = 1;
        for (int i = 1; i <= classes; i++) {
            long to = i == classes ? max : Math.max(from, (max * i + classes - 1) / classes);
            ranges.add(new Range(i, from, to));
            from = to + 1;
            if (from > max) {
                break;
            }
        }
        return new Shading(ranges);
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** The class of a count: 0 for none, else the class whose range holds it. */
    public int shade(long count) {
        for (Range r : ranges) {
            if (count >= r.from() && count <= r.to()) {
                return r.shade();
            }
        }
        return 0;
    }
}
