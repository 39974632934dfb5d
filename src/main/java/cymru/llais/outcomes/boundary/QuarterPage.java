package cymru.llais.outcomes.boundary;

import cymru.llais.outcomes.entity.Quarter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The quarterly summary page of a ward, {@code /outcomes/quarter.xhtml?ward=W05000857&q=2026-Q3} (without
 * {@code q}, the current quarter). An unknown ward is not found (404), a quarter that is not one a bad request (400),
 * each with its message on the page.
 */
@Named("quarterPage")
@RequestScoped
public class QuarterPage {

    @Inject
    QuarterlySummaries summaries;

    private String ward;
    private String q;
    private QuarterlySummaries.Summary summary;
    private String problem;

    public void load() {
        Optional<Quarter> quarter = q == null || q.isBlank() ? Optional.of(summaries.current()) : Quarter.parse(q);
        if (quarter.isEmpty()) {
            fail(400, "outcomes.quarter.badQuarter");
            return;
        }
        summary = summaries.of(ward, quarter.get()).orElse(null);
        if (summary == null) {
            fail(404, "outcomes.quarter.unknownWard");
        }
    }

    /** The page then shows the problem alone, with the status a link checker or a crawler understands. */
    private void fail(int status, String key) {
        problem = key;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }

    /** The key of what was wrong with the request, or null. */
    public String getProblem() {
        return problem;
    }

    /** The current quarter's code, for the link from a problem. */
    public String getCurrentCode() {
        return summaries.current().code();
    }

    public List<Quarter> getQuarters() {
        List<Quarter> offered = new java.util.ArrayList<>(summaries.pickable());
        if (summary != null && !offered.contains(summary.quarter())) {
            offered.add(summary.quarter());
            offered.sort(java.util.Comparator.reverseOrder());
        }
        return offered;
    }

    public boolean isSelected(Quarter quarter) {
        return summary != null && summary.quarter().equals(quarter);
    }

    /** The quarter after this one, when it has begun. */
    public Quarter getNext() {
        return summary.quarter().next().filter(n -> n.compareTo(summaries.current()) <= 0).orElse(null);
    }

    public Quarter getPrevious() {
        return summary.quarter().previous().orElse(null);
    }

    /** The code of the quarter an instant falls in, for links from an outcome's page. */
    public String codeOf(Instant instant) {
        return Quarter.of(instant).code();
    }

    public QuarterlySummaries.Summary getSummary() {
        return summary;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
