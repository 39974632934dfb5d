package cymru.llais.shared;

/** Ids as they arrive in request parameters and form fields. */
public final class Ids {

    private Ids() {
    }

    /** The id a parameter names, or null when it is missing, blank or not a number (the caller refuses it). */
    public static Long parse(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
