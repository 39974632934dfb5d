package cymru.llais.stories.control;

import java.util.List;

/**
 * Comma-separated values (RFC 4180): every field quoted, quotes doubled, CRLF line ends; a field that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
