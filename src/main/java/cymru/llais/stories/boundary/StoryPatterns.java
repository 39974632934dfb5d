package cymru.llais.stories.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.stories.control.Patterns;
import cymru.llais.stories.control.TernaryPlot;
import cymru.llais.stories.entity.SignifierKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.stories.entity.Problem;
import cymru.llais.stories.entity.StoryFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * Staff's patterns of a collection ({@code /staff/stories.xhtml?collection=&colour=&ward=&answer=&from=&to=&compare=&first=&second=}): each triad as a
 * ternary scatter plot of the published stories, coloured by a context question, each dyad as a histogram, and
 * a table beside every chart; narrowed by ward, context answer and period; or two groups (two answers) side by
 * side for one triad or dyad.
 */
@Named
@RequestScoped
public class StoryPatterns {

    /** The plot's side in SVG units. */
    public static final int SIDE = 300;
    /** The histogram's height in SVG units. */
    public static final int BAR_HEIGHT = 150;

    @Inject
    Stories stories;

    @Inject
    cymru.llais.i18n.CurrentLanguage language;

    private String collection;
    private String colour;
    private String ward;
    private String answer;
    private String from;
    private String to;
    private String compare;
    private String first;
    private String second;
    private Stories.Analysis analysis;
    private StoryFilter.Read filter;
    private Optional<Stories.Comparison> comparison;

    public List<Stories.CollectionView> getCollections() {
        return stories.collections();
    }

    public Stories.CollectionView getSelected() {
        return stories.collection(Ids.parse(collection)).orElse(null);
    }

    public List<Stories.SignifierView> getContextQuestions() {
        Stories.CollectionView c = getSelected();
        return c == null ? List.of() : stories.signifiers(c.id()).stream().filter(s -> s.kind() == SignifierKind.CONTEXT).toList();
    }

    /** The triads and dyads, which two groups can be compared on. */
    public List<Stories.SignifierView> getComparable() {
        Stories.CollectionView c = getSelected();
        return c == null ? List.of() : stories.signifiers(c.id()).stream().filter(s -> s.kind() != SignifierKind.CONTEXT).toList();
    }

    /** The wards the collection's stories may be about. */
    public List<WardInfo> getWards() {
        Stories.CollectionView c = getSelected();
        return c == null ? List.of() : stories.wardsOf(c.collection(), language.get());
    }

    /** The context question stories are coloured by, or null. */
    public Stories.SignifierView getColourBy() {
        Long id = Ids.parse(colour);
        return getContextQuestions().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The filter as read from the page's address: a ward not of the collection's area and an answer not of its
     * questions are dropped with a problem too, as are dates that are not dates.
     */
    public StoryFilter.Read getFilterRead() {
        if (filter == null) {
            StoryFilter.Read read = StoryFilter.read(ward, answer, from, to);
            List<Problem> problems = new ArrayList<>(read.problems());
            StoryFilter f = read.filter();
            Stories.CollectionView c = getSelected();
            String wardCode = f.wardCode();
            if (c != null && wardCode != null && getWards().stream().noneMatch(w -> w.code().equals(wardCode))) {
                problems.add(new Problem("filter-ward", "stories.filter.error.ward"));
                f = new StoryFilter(null, f.optionId(), f.from(), f.to());
            }
            if (c != null && f.optionId() != null && stories.option(c.id(), f.optionId()).isEmpty()) {
                problems.add(new Problem("filter-answer", "stories.filter.error.answer"));
                f = new StoryFilter(f.wardCode(), null, f.from(), f.to());
            }
            filter = new StoryFilter.Read(f, List.copyOf(problems));
        }
        return filter;
    }

    public StoryFilter getFilter() {
        return getFilterRead().filter();
    }

    /** The filter as query parameters for the export link, starting with {@code &} (empty for none). */
    public String getFilterQuery() {
        return getFilter().query();
    }

    public Stories.Analysis getAnalysis() {
        Stories.CollectionView c = getSelected();
        if (analysis == null && c != null) {
            analysis = stories.analysis(c.id(), Ids.parse(colour), getFilter(), new TernaryPlot(SIDE));
        }
        return analysis;
    }

    /** Whether two groups were asked for (a signifier or an answer given). */
    public boolean isComparing() {
        return !blank(compare) || !blank(first) || !blank(second);
    }

    /** The two groups side by side, or null when not asked for or not both chosen. */
    public Stories.Comparison getComparison() {
        Stories.CollectionView c = getSelected();
        if (comparison == null) {
            comparison = c == null || !isComparing() ? Optional.empty()
                    : stories.compare(c.id(), Ids.parse(compare), Ids.parse(first), Ids.parse(second), getFilter(), new TernaryPlot(SIDE));
        }
        return comparison.orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The name of a dot's group: the option chosen on the colouring question, or null for no answer. */
    public String groupLabel(int group, cymru.llais.shared.Language language) {
        Stories.SignifierView by = getColourBy();
        return by == null || group < 1 || group > by.options().size() ? null : by.options().get(group - 1).label(language);
    }

    public int percent(int basisPoints) {
        return Math.round(basisPoints / 100f);
    }

    public int getSide() {
        return SIDE;
    }

    public String getHeight() {
        return String.format(Locale.ROOT, "%.2f", new TernaryPlot(SIDE).height());
    }

    public String getTrianglePoints() {
        double h = new TernaryPlot(SIDE).height();
        return String.format(Locale.ROOT, "%d,0 0,%.2f %d,%.2f", SIDE / 2, h, SIDE, h);
    }

    /** A bar's height for a count, scaled to the chart's tallest bar. */
    public String barHeight(int count, int max) {
        return max == 0 ? "0" : String.format(Locale.ROOT, "%.1f", BAR_HEIGHT * (double) count / max);
    }

    public String barY(int count, int max) {
        return max == 0 ? String.valueOf(BAR_HEIGHT) : String.format(Locale.ROOT, "%.1f", BAR_HEIGHT - BAR_HEIGHT * (double) count / max);
    }

    public int getBarHeightMax() {
        return BAR_HEIGHT;
    }

    public int getBins() {
        return Patterns.BINS;
    }

    public String getCollection() {
        return collection;
    }

    public void setCollection(String collection) {
        this.collection = collection;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCompare() {
        return compare;
    }

    public void setCompare(String compare) {
        this.compare = compare;
    }

    public String getFirst() {
        return first;
    }

    public void setFirst(String first) {
        this.first = first;
    }

    public String getSecond() {
        return second;
    }

    public void setSecond(String second) {
        this.second = second;
    }

}
