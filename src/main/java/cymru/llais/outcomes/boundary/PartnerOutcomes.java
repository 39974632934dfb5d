package cymru.llais.outcomes.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outcomes of the member's organisation, drafts and published. */
@Named
@RequestScoped
public class PartnerOutcomes {

    @Inject
    CurrentStaff current;

    @Inject
    Outcomes outcomes;

    @Inject
    OutcomeRatings ratings;

    private List<Outcomes.StaffOutcome> items;
    private Map<Long, OutcomeRatings.Counts> counts;
    private final Map<Long, List<OutcomeRatings.StaffRating>> comments = new HashMap<>();

    public List<Outcomes.StaffOutcome> getItems() {
        if (items == null) {
            items = outcomes.ofPartner(current.require());
        }
        return items;
    }

    /** Every rating's counts of one of the member's outcomes (none for another partner's). */
    public OutcomeRatings.Counts counts(Long outcomeId) {
        if (counts == null) {
            counts = ratings.staffCounts(getItems().stream().map(Outcomes.StaffOutcome::id).toList());
        }
        return counts.getOrDefault(outcomeId, OutcomeRatings.Counts.NONE);
    }

    /** Every rating's counts of an outcome this member may see (none otherwise), for its own page. */
    public OutcomeRatings.Counts countsOf(Long outcomeId) {
        return ratings.staffCounts(current.require(), outcomeId);
    }

    /** The ratings and comments of one of the member's outcomes. */
    public List<OutcomeRatings.StaffRating> ratings(Long outcomeId) {
        return comments.computeIfAbsent(outcomeId, id -> ratings.forStaff(current.require(), id));
    }
}
