package cymru.llais.outcomes.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The words and facts of an outcome as staff write them, and the rules they must meet: a draft may lack a
 * language, a published outcome may not ("no translation to follow"); no action possible needs its reason in
 * both languages; the date it was done is a real date and not in the future.
 */
public record OutcomeText(OutcomeKind kind, String responseEn, String responseCy, String outcomeEn, String outcomeCy,
                          String reasonEn, String reasonCy, String doneOn) {

    public static final int MAX_LENGTH = 4000;

    public OutcomeText {
        responseEn = clean(responseEn);
        responseCy = clean(responseCy);
        outcomeEn = clean(outcomeEn);
        outcomeCy = clean(outcomeCy);
        reasonEn = kind == OutcomeKind.NO_ACTION ? clean(reasonEn) : null;
        reasonCy = kind == OutcomeKind.NO_ACTION ? clean(reasonCy) : null;
        doneOn = clean(doneOn);
    }

    /** The problems that stop it being saved as a draft ({@code publishing} false) or published. */
    public List<Problem> problems(LocalDate today, boolean publishing) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Problem("kind", "outcomes.error.kind"));
        }
        length(problems, "responseEn", responseEn);
        length(problems, "responseCy", responseCy);
        length(problems, "outcomeEn", outcomeEn);
        length(problems, "outcomeCy", outcomeCy);
        length(problems, "reasonEn", reasonEn);
        length(problems, "reasonCy", reasonCy);
        if (doneOn != null) {
            LocalDate date = date();
            if (date == null) {
                problems.add(new Problem("doneOn", "outcomes.error.dateInvalid"));
            } else if (date.isAfter(today)) {
                problems.add(new Problem("doneOn", "outcomes.error.dateFuture"));
            }
        } else if (publishing) {
            problems.add(new Problem("doneOn", "outcomes.error.dateRequired"));
        }
        if (publishing) {
            required(problems, "responseEn", responseEn);
            required(problems, "responseCy", responseCy);
            required(problems, "outcomeEn", outcomeEn);
            required(problems, "outcomeCy", outcomeCy);
            if (kind != null && kind.needsReason()) {
                required(problems, "reasonEn", reasonEn);
                required(problems, "reasonCy", reasonCy);
            }
        }
        return problems;
    }

    /** The text fields by name, as in {@link Problem#field()}: responseEn, responseCy, outcomeEn, ... */
    public static final List<String> TEXT_FIELDS = List.of("responseEn", "responseCy", "outcomeEn", "outcomeCy", "reasonEn", "reasonCy");

    /** One text field by its name, or null. */
    public String field(String name) {
        return switch (name) {
            case "responseEn" -> responseEn;
            case "responseCy" -> responseCy;
            case "outcomeEn" -> outcomeEn;
            case "outcomeCy" -> outcomeCy;
            case "reasonEn" -> reasonEn;
            case "reasonCy" -> reasonCy;
            default -> throw new IllegalArgumentException("no text field " + name);
        };
    }

    /** The same text with one field written anew. */
    public OutcomeText with(String name, String value) {
        return new OutcomeText(kind,
                "responseEn".equals(name) ? value : responseEn, "responseCy".equals(name) ? value : responseCy,
                "outcomeEn".equals(name) ? value : outcomeEn, "outcomeCy".equals(name) ? value : outcomeCy,
                "reasonEn".equals(name) ? value : reasonEn, "reasonCy".equals(name) ? value : reasonCy, doneOn);
    }

    /** The name of the same field in the other language: responseEn and responseCy. */
    public static String counterpart(String name) {
        return name.endsWith("En") ? name.substring(0, name.length() - 2) + "Cy" : name.substring(0, name.length() - 2) + "En";
    }

    /** The date it was done, or null when none or not a date. */
    public LocalDate date() {
        if (doneOn == null) {
            return null;
        }
        try {
            return LocalDate.parse(doneOn);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void length(List<Problem> problems, String field, String value) {
        if (value != null && value.length() > MAX_LENGTH) {
            problems.add(new Problem(field, "outcomes.error.tooLong"));
        }
    }

    private static void required(List<Problem> problems, String field, String value) {
        if (value == null) {
            problems.add(new Problem(field, "outcomes.error." + field));
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
