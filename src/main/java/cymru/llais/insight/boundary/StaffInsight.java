package cymru.llais.insight.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.concerns.boundary.CategoryView;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.insight.control.BarChart;
import cymru.llais.insight.control.DurationBuckets;
import cymru.llais.insight.control.InsightQueries;
import cymru.llais.insight.control.Shading;
import cymru.llais.insight.entity.InsightFilter;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.Partners;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The dashboard page {@code /staff/insight.xhtml}: the figures of the viewer's scope for the GET filters, each chart
 * with its table, each figure linked to the inbox with the same filters.
 */
@Named
@RequestScoped
public class StaffInsight {

    /** The ward chart shows the wards with most concerns; the table and the map show them all. */
    public static final int WARD_CHART_ROWS = 20;

    @Inject
    CurrentStaff current;

    @Inject
    Insight insight;

    @Inject
    CurrentLanguage language;

    @Inject
    Areas areas;

    @Inject
    Concerns concerns;

    @Inject
    Partners partners;

    @Inject
    Clock clock;

    private String from;
    private String to;
    private String authority;
    private String ward;
    private String category;
    private String partner;

    private StaffMember member;
    private InsightFilter filter;
    private Insight.Dashboard dashboard;

    /** A line of a table: what, how many, the link to the items behind it (null when there are none to show). */
    public record Line(String label, String value, String href) {
    }

    /** A line of the durations table. */
    public record DurationLine(String label, long count, String median, String p90, String href) {
    }

    /** An option of a filter's list. */
    public record Option(String value, String label) {
    }

    /** A group of ward options under their authority. */
    public record WardGroup(String label, List<Option> wards) {
    }

    public void load() {
        member = current.require();
        filter = InsightFilter.parse(from, to, authority, ward, category, partner, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        dashboard = insight.dashboard(member, filter);
    }

    public boolean isAdmin() {
        return member.isAdmin();
    }

    public String getSelectedPartner() {
        return filter.partner() == null ? "" : filter.partner().toString();
    }

    public List<String> getProblems() {
        return filter.problems().stream().map(this::text).toList();
    }

    public InsightFilter getFilter() {
        return filter;
    }

    public Insight.Dashboard getDashboard() {
        return dashboard;
    }

    public String getPeriod() {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang().locale());
        return Messages.get().format(lang(), "insight.period", f.format(filter.from()), f.format(filter.to()));
    }

    public String getScopeText() {
        if (member.isAdmin()) {
            return text("insight.scope.all");
        }
        String name = partners.all().stream().filter(p -> p.getId().equals(member.partnerId())).map(p -> p.getName().in(lang()))
                .findFirst().orElse("");
        return Messages.get().format(lang(), "insight.scope.partner", name);
    }

    public BarChart getCategoryChart() {
        return BarChart.of(dashboard.byCategory().stream()
                .map(c -> new BarChart.Row(name(c), c.count(), inbox("all", filter.withCategory(c.key())))).toList());
    }

    public BarChart getWardChart() {
        return BarChart.of(dashboard.byWard().stream().limit(WARD_CHART_ROWS)
                .map(c -> new BarChart.Row(name(c), c.count(), inbox("all", filter.withWard(c.key())))).toList());
    }

    public List<Line> getWardLines() {
        return dashboard.byWard().stream()
                .map(c -> new Line(name(c), Long.toString(c.count()), inbox("all", filter.withWard(c.key())))).toList();
    }

    public BarChart getPartnerChart() {
        return BarChart.of(dashboard.byPartner().stream()
                .map(c -> new BarChart.Row(c.key() == null ? text("insight.noPartner") : name(c), c.count(),
                        c.key() == null ? null : inbox("all", filter.withPartner(Long.valueOf(c.key()))))).toList());
    }

    public BarChart getMonthChart() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("LLLL yyyy", lang().locale());
        return BarChart.of(dashboard.byMonth().stream().map(c -> {
            YearMonth m = YearMonth.of(Integer.parseInt(c.key()) / 100, Integer.parseInt(c.key()) % 100);
            return new BarChart.Row(f.format(m), c.count(), inbox("all", filter.month(m)));
        }).toList());
    }

    public List<DurationLine> getAcknowledgeLines() {
        return durationLines(dashboard.acknowledge(), "all");
    }

    public List<DurationLine> getResolveLines() {
        return durationLines(dashboard.resolve(), "closed");
    }

    private List<DurationLine> durationLines(List<Insight.Durations> list, String view) {
        List<DurationLine> out = new ArrayList<>();
        for (Insight.Durations d : list) {
            String label = d.partnerId() == null ? text("insight.durations.all")
                    : (lang() == Language.CY ? d.partnerCy() : d.partnerEn());
            InsightFilter f = d.partnerId() == null ? filter : filter.withPartner(d.partnerId());
            out.add(new DurationLine(label, d.count(), duration(d.median()), duration(d.p90()), inbox(view, f)));
        }
        return out;
    }

    public BarChart getOverdueChart() {
        return BarChart.of(dashboard.overdue().stream()
                .map(c -> new BarChart.Row(c.key() == null ? text("insight.noPartner") : name(c), c.count(),
                        inbox("overdue", c.key() == null ? filter : filter.withPartner(Long.valueOf(c.key()))))).toList());
    }

    public String getOverdueLink() {
        return inbox("overdue", filter);
    }

    public String getAllLink() {
        return inbox("all", filter);
    }

    public BarChart getRatingChart() {
        Map<String, Long> counts = dashboard.ratings().stream()
                .collect(Collectors.toMap(InsightQueries.RatingCount::rating, InsightQueries.RatingCount::count));
        String href = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/staff/outcomes.xhtml";
        return BarChart.of(List.of(new String[] {"RESOLVED", "insight.rating.resolved"},
                        new String[] {"PARTLY_RESOLVED", "insight.rating.partly_resolved"},
                        new String[] {"NOT_RESOLVED", "insight.rating.not_resolved"}).stream()
                .map(r -> new BarChart.Row(text(r[1]), counts.getOrDefault(r[0], 0L), href))
                .toList());
    }

    /** Of the ratings, the share saying resolved or partly resolved. */
    public String getSatisfaction() {
        long total = dashboard.ratingsTotal();
        if (total == 0) {
            return text("insight.ratings.none");
        }
        long good = dashboard.ratings().stream().filter(r -> !"NOT_RESOLVED".equals(r.rating()))
                .mapToLong(InsightQueries.RatingCount::count).sum();
        return Messages.get().format(lang(), "insight.ratings.share", Math.round(100.0 * good / total), total);
    }

    public List<Line> getTurnoutLines() {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return dashboard.turnout().stream().map(t -> new Line(
                (lang() == Language.CY ? t.titleCy() : t.titleEn()) + " — " + (lang() == Language.CY ? t.areaCy() : t.areaEn()),
                t.codes() == 0 ? Messages.get().format(lang(), "insight.turnout.ballots", t.ballots())
                        : Messages.get().format(lang(), "insight.turnout.figures", t.ballots(), t.codes(), t.codesUsed(),
                        Math.round(100.0 * t.codesUsed() / t.codes())),
                base + "/budgeting/results.xhtml?round=" + t.roundId())).toList();
    }

    public BarChart getTurnoutChart() {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return BarChart.of(dashboard.turnout().stream().map(t -> new BarChart.Row(
                lang() == Language.CY ? t.titleCy() : t.titleEn(), t.ballots(), base + "/budgeting/results.xhtml?round=" + t.roundId()))
                .toList());
    }

    public BarChart getStoryChart() {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return BarChart.of(dashboard.stories().stream().map(s -> new BarChart.Row(storyLabel(s), s.stories(),
                base + "/staff/stories.xhtml?collection=" + s.collectionId())).toList());
    }

    public String storyPublished(long collectionId) {
        return dashboard.stories().stream().filter(s -> s.collectionId() == collectionId).findFirst()
                .map(s -> Long.toString(s.published())).orElse("0");
    }

    public List<InsightQueries.StoryVolume> getStories() {
        return dashboard.stories();
    }

    public String storyLabel(InsightQueries.StoryVolume s) {
        String prompt = lang() == Language.CY ? s.promptCy() : s.promptEn();
        if (prompt.length() > 60) {
            prompt = prompt.substring(0, 57).strip() + "…";
        }
        return prompt + " — " + (lang() == Language.CY ? s.areaCy() : s.areaEn());
    }

    public String storiesLink(long collectionId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/staff/stories.xhtml?collection=" + collectionId;
    }

    public String getMapData() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/staff/insight-wards.json?" + filter.query();
    }

    public List<Shading.Range> getLegend() {
        return Shading.of(dashboard.byWard().stream().mapToLong(InsightQueries.Count::count).max().orElse(0)).ranges();
    }

    public List<Option> getAuthorities() {
        return areas.authorities(lang()).stream().map(a -> new Option(a.code(), a.name().in(lang()))).toList();
    }

    public List<WardGroup> getWardGroups() {
        return areas.wardsByAuthority(lang()).stream()
                .filter(g -> filter.authority() == null || g.authority().code().equals(filter.authority()))
                .map(g -> new WardGroup(g.authority().name().in(lang()),
                        g.wards().stream().map(w -> new Option(w.code(), w.name().in(lang()))).toList()))
                .toList();
    }

    public List<Option> getCategories() {
        List<Option> out = new ArrayList<>();
        for (CategoryView c : concerns.categories()) {
            out.add(new Option(c.code(), c.name().in(lang())));
        }
        return out;
    }

    public List<Option> getPartners() {
        return partners.all().stream().map(p -> new Option(p.getId().toString(), p.getName().in(lang()))).toList();
    }

    /** A duration in the page's language: minutes under two hours, hours under two days, else days ({@link DurationBuckets}). */
    public String duration(OptionalLong minutes) {
        if (minutes.isEmpty()) {
            return text("insight.durations.none");
        }
        DurationBuckets.Shown shown = DurationBuckets.shown(minutes.getAsLong());
        return Messages.get().format(lang(), switch (shown.unit()) {
            case MINUTES -> "insight.duration.minutes";
            case HOURS -> "insight.duration.hours";
            case DAYS -> "insight.duration.days";
        }, shown.amount());
    }

    private String inbox(String view, InsightFilter f) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/staff/inbox.xhtml?view=" + view + "&" + f.query();
    }

    private String name(InsightQueries.Count c) {
        return lang() == Language.CY ? c.nameCy() : c.nameEn();
    }

    private String text(String key) {
        return Messages.get().text(lang(), key);
    }

    private Language lang() {
        return language.get();
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

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }
}
