package cymru.llais.outcomes.entity;

import java.util.Locale;

/**
 * What kind of answer an outcome is, and what publishing it does to the concerns it answers: action taken,
 * referred elsewhere and no action possible close them (the partnership's part is done); part of a wider plan
 * keeps them open, in progress, because the work goes on. A progress update reports how the delivery of a
 * participatory budgeting project is going; it answers no concern and is never written on the concerns' form.
 */
public enum OutcomeKind {
    ACTION_TAKEN, REFERRED, WIDER_PLAN, NO_ACTION, PROGRESS;

    /** Whether staff may choose it for an outcome answering concerns. */
    public boolean answersConcerns() {
        return this != PROGRESS;
    }

    /** Whether the concerns it answers are closed when it is published. */
    public boolean closesConcerns() {
        return this != WIDER_PLAN;
    }

    /** Whether a reason, in both languages, must be given. */
    public boolean needsReason() {
        return this == NO_ACTION;
    }

    public String key() {
        return "outcomes.kind." + name().toLowerCase(Locale.ROOT);
    }

    public static java.util.Optional<OutcomeKind> parse(String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        for (OutcomeKind k : values()) {
            if (k.name().equalsIgnoreCase(value.strip())) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
