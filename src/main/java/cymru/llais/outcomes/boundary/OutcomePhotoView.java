package cymru.llais.outcomes.boundary;

import cymru.llais.shared.BilingualText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/** The photos of published outcomes on the board and the permanent page: the description of each, by outcome. */
@Named
@RequestScoped
public class OutcomePhotoView {

    @Inject
    OutcomePhotos photos;

    private final Map<Long, BilingualText> known = new HashMap<>();

    /** The description of the outcome's photo, or null when it has none (its page shows it only once published). */
    public BilingualText description(Long outcomeId) {
        if (outcomeId == null) {
            return null;
        }
        if (!known.containsKey(outcomeId)) {
            known.put(outcomeId, photos.descriptions(java.util.List.of(outcomeId)).get(outcomeId));
        }
        return known.get(outcomeId);
    }
}
