package cymru.llais.outcomes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** The permanent page of a published outcome; a draft or an unknown id is not found. */
@Named
@RequestScoped
public class ShowOutcome {

    @Inject
    Outcomes outcomes;

    private String id;
    private Outcomes.PublicOutcome outcome;

    public void load() throws IOException {
        Long parsed;
        try {
            parsed = id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            parsed = null;
        }
        outcome = outcomes.published(parsed).orElse(null);
        if (outcome == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** Shows the outcome again after a refused rating (the page's action does not run on a postback); false when none. */
    boolean show(Long outcomeId) {
        outcome = outcomes.published(outcomeId).orElse(null);
        id = outcomeId == null ? null : outcomeId.toString();
        return outcome != null;
    }

    public Outcomes.PublicOutcome getOutcome() {
        return outcome;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
