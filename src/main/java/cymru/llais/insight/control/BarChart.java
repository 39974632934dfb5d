package cymru.llais.insight.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG: one row per value, its label on the left, the bar scaled to the
 * largest value, the number after the bar. Only geometry here; the page writes the SVG with these numbers, and its
 * table says the same figures for those who do not see the chart.
 */
public final class BarChart {

    public static final int WIDTH = 640;
    public static final int LABEL_WIDTH = 220;
    public static final int ROW = 26;
    public static final int BAR = 18;
    private static final int NUMBER_SPACE = 70;

    /** One bar: its label and number, where it is drawn (x, y, width, height) and where its texts go. */
    public record Bar(String label, long value, String href, int y, String width, int textY, String numberX) {
    }

    private final List<Bar> bars;

    private BarChart(List<Bar> bars) {
        this.bars = bars;
    }

    /** One row of data: label, value, and the link to the items behind it (may be null). */
    public record Row(String label, long value, String href) {
    }

    public static BarChart of(List<Row> rows) {
        long max = 0;
        for (Row r : rows) {
            if (r.value() < 0) {
                throw new IllegalArgumentException("a negative value");
            }
            max = Math.max(max, r.value());
        }
        double room = WIDTH - LABEL_WIDTH - NUMBER_SPACE;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double w = max == 0 ? 0 : room * r.value() / max;
            int y = i * ROW + (ROW - BAR) / 2;
            bars.add(new Bar(r.label(), r.value(), r.href(), y, fmt(w), i * ROW + ROW / 2 + 5, fmt(LABEL_WIDTH + w + 6)));
        }
        return new BarChart(bars);
    }

    public List<Bar> getBars() {
        return bars;
    }

    public int getHeight() {
        return Math.max(ROW, bars.size() * ROW);
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getLabelWidth() {
        return LABEL_WIDTH;
    }

    public int getBarHeight() {
        return BAR;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
