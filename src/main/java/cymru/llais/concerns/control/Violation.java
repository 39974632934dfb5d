package cymru.llais.concerns.control;

import java.util.List;

/** What is wrong with one field of a submission: the field, the bundle key of the message, and its arguments. */
public record Violation(String field, String key, List<Object> arguments) {

    public static Violation of(String field, String key, Object... arguments) {
        return new Violation(field, key, List.of(arguments));
    }
}
