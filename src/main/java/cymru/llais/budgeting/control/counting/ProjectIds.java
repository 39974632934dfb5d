package cymru.llais.budgeting.control.counting;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * The order of project ids used for output and as the last tie-break: ids that are whole numbers come
 * first, by value; the others follow, by their text (Unicode code units).
 */
public final class ProjectIds {

    public static final Comparator<String> ORDER = ProjectIds::compare;

    private ProjectIds() {
    }

    private static int compare(String a, String b) {
        BigInteger x = integer(a);
        BigInteger y = integer(b);
        if (x != null && y != null) {
            int c = x.compareTo(y);
            return c != 0 ? c : a.compareTo(b);
        }
        if (x != null) {
            return -1;
        }
        if (y != null) {
            return 1;
        }
        return a.compareTo(b);
    }

    private static BigInteger integer(String s) {
        if (s.isEmpty() || s.length() > 60) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return new BigInteger(s);
    }
}
