package cymru.llais.outcomes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Links from a concern's public page to the published outcomes that answer it. */
@Named
@RequestScoped
public class OutcomeLinks {

    @Inject
    Outcomes outcomes;

    public List<Long> answering(String reference) {
        return reference == null ? List.of() : outcomes.answering(reference);
    }
}
