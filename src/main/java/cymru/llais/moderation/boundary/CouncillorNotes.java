package cymru.llais.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The public councillors' notes on a concern's page. */
@Named
@RequestScoped
public class CouncillorNotes {

    @Inject
    Moderation moderation;

    private List<Moderation.NoteView> notes;

    public List<Moderation.NoteView> of(String reference) {
        if (notes == null) {
            notes = reference == null ? List.of() : moderation.notes(reference);
        }
        return notes;
    }
}
