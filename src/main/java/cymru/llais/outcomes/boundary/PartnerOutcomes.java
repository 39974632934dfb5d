package cymru.llais.outcomes.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The outcomes of the member's organisation, drafts and published. */
@Named
@RequestScoped
public class PartnerOutcomes {

    @Inject
    CurrentStaff current;

    @Inject
    Outcomes outcomes;

    private List<Outcomes.StaffOutcome> items;

    public List<Outcomes.StaffOutcome> getItems() {
        if (items == null) {
            items = outcomes.ofPartner(current.require());
        }
        return items;
    }
}
