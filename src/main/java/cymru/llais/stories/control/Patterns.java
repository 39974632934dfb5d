package cymru.llais.stories.control;

import cymru.llais.stories.entity.DyadValue;
import cymru.llais.stories.entity.TriadValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The patterns across many stories: each triad's stories as dots on a ternary plot, each dyad's as a histogram
 * of ten bins (0–9, 10–19, ..., 90–100). A story's group is the option it chose on the context question the
 * analyst colours by (0 for no answer).
 */
public final class Patterns {

    public static final int BINS = 10;

    /** One story as a dot: where it lies, which story, which group. */
    public record Dot(long storyId, String title, TriadValue value, int group, String cx, String cy) {
    }

    private Patterns() {
    }

    public static List<Dot> dots(TernaryPlot plot, Map<Long, TriadValue> values, Map<Long, String> titles, Map<Long, Integer> groups) {
        List<Dot> dots = new ArrayList<>();
        values.forEach((story, v) -> {
            double[] p = plot.toScreen(v);
            dots.add(new Dot(story, titles.get(story), v, groups.getOrDefault(story, 0),
                    String.format(Locale.ROOT, "%.2f", p[0]), String.format(Locale.ROOT, "%.2f", p[1])));
        });
        dots.sort(java.util.Comparator.comparingLong(Dot::storyId));
        return dots;
    }

    /** How many stories fall in each tenth of the slider; 100 counts in the last bin. */
    public static int[] histogram(Iterable<DyadValue> values) {
        int[] bins = new int[BINS];
        for (DyadValue v : values) {
            bins[Math.min(BINS - 1, v.value() / (100 / BINS))]++;
        }
        return bins;
    }
}
