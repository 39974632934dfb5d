package cymru.llais.stories.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a teller's signification from the form's fields and checks it against the collection's signifiers:
 * each triad as three whole percentages ({@code triad-<n>-a|b|c}) summing to 100, each dyad ({@code dyad-<n>})
 * 0 to 100, each context question ({@code context-<n>}) one of its options or no answer. Triads and dyads are
 * numbered from 1 within their kind, in the collection's order. Nothing is rebalanced: a wrong sum is refused.
 */
public final class Signification {

    /** A signifier as the form sees it: its id, kind and (a context question) its option ids. */
    public record Question(Long signifierId, SignifierKind kind, List<Long> optionIds) {
    }

    /** One read value: exactly one of triad, dyad and option is set. */
    public record Value(Long signifierId, TriadValue triad, DyadValue dyad, Long optionId) {
    }

    /** The values when there are no problems. */
    public record Result(List<Value> values, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private Signification() {
    }

    public static Result read(List<Question> questions, Map<String, String> fields) {
        List<Value> values = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int triads = 0;
        int dyads = 0;
        int contexts = 0;
        for (Question q : questions) {
            switch (q.kind()) {
                case TRIAD -> {
                    String f = "triad-" + (++triads);
                    Integer a = number(fields.get(f + "-a"));
                    Integer b = number(fields.get(f + "-b"));
                    Integer c = number(fields.get(f + "-c"));
                    if (a == null || b == null || c == null) {
                        problems.add(new Problem(f + "-a", "stories.error.triadMissing"));
                    } else {
                        TriadValue.ofPercents(a, b, c).ifPresentOrElse(
                                v -> values.add(new Value(q.signifierId(), v, null, null)),
                                () -> problems.add(new Problem(f + "-a", "stories.error.triadSum")));
                    }
                }
                case DYAD -> {
                    String f = "dyad-" + (++dyads);
                    Integer v = number(fields.get(f));
                    if (v == null) {
                        problems.add(new Problem(f, "stories.error.dyadMissing"));
                    } else {
                        DyadValue.of(v).ifPresentOrElse(d -> values.add(new Value(q.signifierId(), null, d, null)),
                                () -> problems.add(new Problem(f, "stories.error.dyadRange")));
                    }
                }
                case CONTEXT -> {
                    String f = "context-" + (++contexts);
                    String raw = fields.get(f);
                    if (raw == null || raw.isBlank()) {
                        continue;
                    }
                    Long option = id(raw);
                    if (option == null || !q.optionIds().contains(option)) {
                        problems.add(new Problem(f, "stories.error.contextOption"));
                    } else {
                        values.add(new Value(q.signifierId(), null, null, option));
                    }
                }
            }
        }
        return new Result(problems.isEmpty() ? values : List.of(), problems);
    }

    private static Integer number(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > 4) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long id(String raw) {
        try {
            return raw.strip().length() > 19 ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
