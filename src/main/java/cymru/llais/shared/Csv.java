package cymru.llais.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Comma-separated values (RFC 4180): every text field quoted, quotes doubled, CRLF line ends; a text field that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) gets a leading apostrophe.
 * Numbers written as numbers ({@link #writeRow}) are left as they are: a number is never a formula, and a
 * longitude such as -3.17 must stay a number.
 */
public final class Csv {

    private Csv() {
    }

    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            writeRow(out, row);
        }
        return out.toString();
    }

    /**
     * Appends one record: a {@link Number} as a plain number (unquoted, no exponent), anything else as defused,
     * quoted text ({@code null} as an empty field).
     */
    public static void writeRow(Appendable out, List<?> row) {
        try {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object value = row.get(i);
                out.append(value instanceof Number n ? number(n) : field(value == null ? null : value.toString()));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(Number n) {
        return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
