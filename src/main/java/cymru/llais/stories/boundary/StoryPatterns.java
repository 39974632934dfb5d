package cymru.llais.stories.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.stories.control.Patterns;
import cymru.llais.stories.control.TernaryPlot;
import cymru.llais.stories.entity.SignifierKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;

/**
 * Staff's patterns of a collection ({@code /staff/stories.xhtml?collection=&colour=&only=}): each triad as a
 * ternary scatter plot of the published stories, coloured by a context question, each dyad as a histogram, and
 * a table beside every chart.
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

    private String collection;
    private String colour;
    private String only;
    private Stories.Analysis analysis;

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

    /** The context question stories are coloured by, or null. */
    public Stories.SignifierView getColourBy() {
        Long id = Ids.parse(colour);
        return getContextQuestions().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    public Stories.Analysis getAnalysis() {
        Stories.CollectionView c = getSelected();
        if (analysis == null && c != null) {
            analysis = stories.analysis(c.id(), Ids.parse(colour), Ids.parse(only), new TernaryPlot(SIDE));
        }
        return analysis;
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

    public String getOnly() {
        return only;
    }

    public void setOnly(String only) {
        this.only = only;
    }

}
