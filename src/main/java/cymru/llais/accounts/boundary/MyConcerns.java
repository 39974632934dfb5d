package cymru.llais.accounts.boundary;

import cymru.llais.concerns.boundary.ConcernLine;
import cymru.llais.concerns.boundary.Concerns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** "My concerns": every concern the resident reported, or that their account claimed, sensitive ones included. */
@Named
@RequestScoped
public class MyConcerns {

    @Inject
    CurrentResident current;

    @Inject
    Concerns concerns;

    private List<ConcernLine> items;

    public List<ConcernLine> getItems() {
        if (items == null) {
            items = concerns.reportedBy(current.require().id());
        }
        return items;
    }
}
