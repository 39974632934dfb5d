package cymru.llais.outcomes.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What a resident sends to rate an outcome, and its rules: one of the three answers, and a comment of at most
 * {@link #MAX_COMMENT} characters (blank means none).
 */
public record RatingInput(String choice, String comment) {

    public static final int MAX_COMMENT = 1000;

    public RatingInput {
        choice = choice == null || choice.isBlank() ? null : choice.strip();
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (rating() == null) {
            problems.add(new Problem("rating", choice == null ? "outcomes.rating.error.choice" : "outcomes.rating.error.unknownChoice"));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(new Problem("comment", "outcomes.rating.error.tooLong", String.valueOf(MAX_COMMENT)));
        }
        return problems;
    }

    /** The answer, or null when none or not one of the three. */
    public Rating rating() {
        return Rating.parse(choice).orElse(null);
    }
}
