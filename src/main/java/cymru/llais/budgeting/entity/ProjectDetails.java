package cymru.llais.budgeting.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A project's words and cost as staff or its proposer write them: a title and a description in at least one
 * language (a resident's proposal has its author's language only; staff may add the other), a cost in whole
 * pounds, and optionally a place.
 */
public record ProjectDetails(String titleEn, String titleCy, String descriptionEn, String descriptionCy, String cost,
                             String place) {

    public static final int MAX_PLACE = 200;

    public ProjectDetails {
        titleEn = RoundDetails.clean(titleEn);
        titleCy = RoundDetails.clean(titleCy);
        descriptionEn = RoundDetails.clean(descriptionEn);
        descriptionCy = RoundDetails.clean(descriptionCy);
        cost = RoundDetails.clean(cost);
        place = RoundDetails.clean(place);
    }

    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        boolean en = titleEn != null || descriptionEn != null;
        boolean cy = titleCy != null || descriptionCy != null;
        if (!en && !cy) {
            p.add(new Problem("titleEn", "budgeting.project.error.text"));
        }
        if (en) {
            pair(p, "titleEn", titleEn, "descriptionEn", descriptionEn);
        }
        if (cy) {
            pair(p, "titleCy", titleCy, "descriptionCy", descriptionCy);
        }
        Long c = costPounds();
        if (c == null || c < 1 || c > RoundDetails.MAX_BUDGET) {
            p.add(new Problem("cost", "budgeting.project.error.cost"));
        }
        if (place != null && place.length() > MAX_PLACE) {
            p.add(new Problem("place", "budgeting.error.tooLong"));
        }
        return p;
    }

    private static void pair(List<Problem> p, String titleField, String title, String textField, String text) {
        if (title == null) {
            p.add(new Problem(titleField, "budgeting.project.error.title"));
        } else if (title.length() > RoundDetails.MAX_TITLE) {
            p.add(new Problem(titleField, "budgeting.error.tooLong"));
        }
        if (text == null) {
            p.add(new Problem(textField, "budgeting.project.error.description"));
        } else if (text.length() > RoundDetails.MAX_TEXT) {
            p.add(new Problem(textField, "budgeting.error.tooLong"));
        }
    }

    public Long costPounds() {
        return RoundDetails.number(cost);
    }
}
