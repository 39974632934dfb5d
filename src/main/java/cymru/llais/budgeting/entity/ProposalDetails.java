package cymru.llais.budgeting.entity;

import cymru.llais.shared.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * A resident's proposal as they write it: a title and a description in their own language (staff add the other
 * language later), a cost estimate in whole pounds, a place, and, when a photo comes with it, what the photo shows.
 */
public record ProposalDetails(Language language, String title, String description, String cost, String place, String photoAlt,
                              boolean withPhoto) {

    public static final int MAX_ALT = 300;
    /** A resident's estimate is bounded well below a round's largest budget: £10 million. */
    public static final long MAX_COST = 10_000_000L;

    public ProposalDetails {
        title = RoundDetails.clean(title);
        description = RoundDetails.clean(description);
        cost = RoundDetails.clean(cost);
        place = RoundDetails.clean(place);
        photoAlt = RoundDetails.clean(photoAlt);
    }

    /** What is wrong, field by field (the form's fields: language, title, description, cost, place, photoAlt). */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        if (language == null) {
            p.add(new Problem("language", "budgeting.proposal.error.language"));
        }
        if (title == null) {
            p.add(new Problem("title", "budgeting.proposal.error.title"));
        } else if (title.length() > RoundDetails.MAX_TITLE) {
            p.add(new Problem("title", "budgeting.proposal.error.titleTooLong"));
        }
        if (description == null) {
            p.add(new Problem("description", "budgeting.proposal.error.description"));
        } else if (description.length() > RoundDetails.MAX_TEXT) {
            p.add(new Problem("description", "budgeting.proposal.error.descriptionTooLong"));
        }
        Long c = costPounds();
        if (c == null || c < 1 || c > MAX_COST) {
            p.add(new Problem("cost", "budgeting.proposal.error.cost"));
        }
        if (place != null && place.length() > ProjectDetails.MAX_PLACE) {
            p.add(new Problem("place", "budgeting.proposal.error.placeTooLong"));
        }
        if (withPhoto && photoAlt == null) {
            p.add(new Problem("photoAlt", "budgeting.proposal.error.photoAlt"));
        } else if (photoAlt != null && photoAlt.length() > MAX_ALT) {
            p.add(new Problem("photoAlt", "budgeting.proposal.error.photoAltTooLong"));
        }
        return p;
    }

    public Long costPounds() {
        return RoundDetails.number(cost);
    }

    /** The texts the free-text check reads before anyone else sees them. */
    public String[] freeText() {
        return new String[] {title, description, place, photoAlt};
    }

    /** As a project: the words in the proposer's language only. */
    ProjectDetails asProject() {
        boolean cy = language == Language.CY;
        return new ProjectDetails(cy ? null : title, cy ? title : null, cy ? null : description, cy ? description : null, cost, place);
    }
}
