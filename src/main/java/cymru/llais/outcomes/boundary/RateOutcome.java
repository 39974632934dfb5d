package cymru.llais.outcomes.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.accounts.boundary.CurrentResident;
import cymru.llais.accounts.boundary.FormFeedback;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.outcomes.entity.Problem;
import cymru.llais.outcomes.entity.Rating;
import cymru.llais.outcomes.entity.RatingInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rating form on an outcome's permanent page. The outcome's id travels with the form ({@code ratingOutcome}),
 * the answer as {@code rating} and the comment as {@code comment}; a refused rating shows the page again with
 * what the resident typed.
 */
@Named
@RequestScoped
public class RateOutcome {

    @Inject
    CurrentResident current;

    @Inject
    OutcomeRatings ratings;

    @Inject
    ShowOutcome page;

    @Inject
    CurrentLanguage language;

    @Inject
    HttpServletRequest request;

    private final FormFeedback feedback = new FormFeedback();
    private final Map<String, String> errors = new HashMap<>();
    private String choice;
    private String comment;
    private boolean submitted;
    private OutcomeRatings.Mine mine;

    public String rate() {
        feedback.clear();
        submitted = true;
        choice = request.getParameter("rating");
        comment = request.getParameter("comment");
        Long outcomeId = Ids.parse(request.getParameter("ratingOutcome"));
        OutcomeRatings.RateResult result;
        if (!current.isSignedIn() && current.isAnyoneSignedIn()) {
            result = new OutcomeRatings.RateResult(List.of(new Problem(null, "outcomes.rating.error.residentsOnly")), 0);
        } else {
            result = ratings.rate(current.get().orElse(null), outcomeId, new RatingInput(choice, comment));
        }
        if (result.ok()) {
            FormFeedback.noticeAfterRedirect(language.get(), result.reopened() > 0 ? "outcomes.rating.done.reopened" : "outcomes.rating.done",
                    result.reopened());
            return "/outcomes/view.xhtml?faces-redirect=true&id=" + outcomeId;
        }
        for (Problem p : result.problems()) {
            // a number is formatted as one (1,000), in the page's language
            Object[] arguments = p.argument() == null ? new Object[0]
                    : new Object[] {p.argument().matches("\\d{1,9}") ? (Object) Integer.valueOf(p.argument()) : p.argument()};
            feedback.error(language.get(), p.field(), p.key(), arguments);
            if (p.field() != null) {
                errors.put(p.field(), Messages.get().format(language.get(), p.key(), arguments));
            }
        }
        page.show(outcomeId);
        return null;
    }

    public boolean invalid(String field) {
        return feedback.invalid(field);
    }

    /** The error beside a field (the inputs are plain HTML, so no h:message can name them). */
    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** Whether a resident may rate here (staff and visitors see why not instead). */
    public boolean isResident() {
        return current.isSignedIn();
    }

    public boolean isStaff() {
        return current.isAnyoneSignedIn() && !current.isSignedIn();
    }

    public OutcomeRatings.Counts counts(Long outcomeId) {
        return ratings.counts(outcomeId);
    }

    public boolean reportedOneOf(Long outcomeId) {
        return current.isSignedIn() && ratings.reportedOneOf(current.id(), outcomeId);
    }

    /** The resident's rating as it stands, or null. */
    public OutcomeRatings.Mine mine(Long outcomeId) {
        if (mine == null && current.isSignedIn()) {
            mine = ratings.mine(current.id(), outcomeId).orElse(null);
        }
        return mine;
    }

    /** Whether the answer is the one to show as chosen: what was sent, or else the resident's rating. */
    public boolean isChosen(Long outcomeId, Rating rating) {
        if (submitted) {
            return rating.name().equals(choice);
        }
        OutcomeRatings.Mine m = mine(outcomeId);
        return m != null && m.rating() == rating;
    }

    /** The comment to show in the box: what was sent, or else the resident's comment. */
    public String comment(Long outcomeId) {
        if (submitted) {
            return comment == null ? "" : comment;
        }
        OutcomeRatings.Mine m = mine(outcomeId);
        return m == null || m.comment() == null ? "" : m.comment();
    }

    public Rating[] getChoices() {
        return Rating.values();
    }

    public int getMaxComment() {
        return RatingInput.MAX_COMMENT;
    }

}
