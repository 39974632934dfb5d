package cymru.llais.stories.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A signifier as the administrator types it: its kind, its question in both languages, and either its corners
 * (a triad: a, b and c), its poles (a dyad: a and b) or its options one a line in each language (a context
 * question: at least two, the same number in both languages).
 */
public record SignifierDetails(String kind, String questionEn, String questionCy, String aEn, String aCy,
                               String bEn, String bCy, String cEn, String cCy, String optionsEn, String optionsCy) {

    public static final int MAX_LABEL = 200;
    public static final int MAX_QUESTION = 500;
    public static final int MAX_OPTIONS = 12;

    public SignifierKind signifierKind() {
        try {
            return kind == null ? null : SignifierKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        SignifierKind k = signifierKind();
        if (k == null) {
            problems.add(new Problem("kind", "stories.error.kind"));
            return problems;
        }
        required(problems, "questionEn", questionEn, MAX_QUESTION);
        required(problems, "questionCy", questionCy, MAX_QUESTION);
        if (k == SignifierKind.TRIAD || k == SignifierKind.DYAD) {
            required(problems, "aEn", aEn, MAX_LABEL);
            required(problems, "aCy", aCy, MAX_LABEL);
            required(problems, "bEn", bEn, MAX_LABEL);
            required(problems, "bCy", bCy, MAX_LABEL);
        }
        if (k == SignifierKind.TRIAD) {
            required(problems, "cEn", cEn, MAX_LABEL);
            required(problems, "cCy", cCy, MAX_LABEL);
        }
        if (k == SignifierKind.CONTEXT) {
            List<String> en = options(optionsEn);
            List<String> cy = options(optionsCy);
            if (en.size() < 2 || en.size() > MAX_OPTIONS || en.stream().anyMatch(o -> o.length() > MAX_LABEL)) {
                problems.add(new Problem("optionsEn", "stories.error.options"));
            }
            if (cy.size() < 2 || cy.size() > MAX_OPTIONS || cy.stream().anyMatch(o -> o.length() > MAX_LABEL)) {
                problems.add(new Problem("optionsCy", "stories.error.options"));
            }
            if (problems.isEmpty() && en.size() != cy.size()) {
                problems.add(new Problem("optionsCy", "stories.error.optionsCount"));
            }
        }
        return problems;
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "stories.error.required"));
        } else if (value.strip().length() > max) {
            problems.add(new Problem(field, "stories.error.tooLong"));
        }
    }

    /** The non-blank lines, stripped. */
    public static List<String> options(String lines) {
        if (lines == null) {
            return List.of();
        }
        return Arrays.stream(lines.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
