package cymru.llais.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the portal accepts as an e-mail address, and how it compares two: the same rule for a report's
 * address and an account's, so that an account can claim the reports made with its address.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddress() {
    }

    /** Whether the text (without surrounding spaces) is an address the portal can write to. */
    public static boolean isValid(String email) {
        if (email == null) {
            return false;
        }
        String e = email.strip();
        return !e.isEmpty() && e.length() <= MAX_LENGTH && FORM.matcher(e).matches();
    }

    /** The form addresses are stored and compared in: without surrounding spaces, in lower case. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether two addresses are the same mailbox as the portal sees it (letter case and spaces aside). */
    public static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && normalise(a).equals(normalise(b));
    }
}
