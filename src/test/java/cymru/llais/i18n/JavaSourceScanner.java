package cymru.llais.i18n;

import java.util.ArrayList;
import java.util.List;

/** Just enough of Java's lexical rules to tell code from comments and string literals. */
final class JavaSourceScanner {

    /** A string literal: its text (escapes left as written) and where it starts in the source. */
    record Literal(String text, int offset) {
    }

    private JavaSourceScanner() {
    }

    /** The source with every comment turned into spaces (line breaks kept), literals untouched. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i);
                out.append(source, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The string literals (text blocks included) of a comment-free piece of code. */
    static List<Literal> literals(String code) {
        List<Literal> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i);
                if (c == '"') {
                    boolean block = code.startsWith("\"\"\"", i);
                    int quote = block ? 3 : 1;
                    literals.add(new Literal(code.substring(i + quote, Math.max(i + quote, end - quote)), i));
                }
                i = end;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The text between the parenthesis at {@code open} and its partner, literals skipped over. */
    static String parenthesised(String code, int open) {
        int depth = 0;
        int i = open;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(open + 1, i);
            }
            i++;
        }
        return code.substring(open + 1);
    }

    private static int endOfLiteral(String s, int start) {
        char quote = s.charAt(start);
        if (quote == '"' && s.startsWith("\"\"\"", start)) {
            int end = s.indexOf("\"\"\"", start + 3);
            while (end > 0 && s.charAt(end - 1) == '\\') {
                end = s.indexOf("\"\"\"", end + 1);
            }
            return end < 0 ? s.length() : end + 3;
        }
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i + 1;
            }
        }
        return s.length();
    }
}
