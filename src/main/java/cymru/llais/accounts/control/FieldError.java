package cymru.llais.accounts.control;

import java.util.List;

/** A rule a form broke: which field, the bundle key of the message, and its arguments. */
public record FieldError(String field, String key, List<Object> arguments) {

    public static FieldError of(String field, String key, Object... arguments) {
        return new FieldError(field, key, List.of(arguments));
    }
}
