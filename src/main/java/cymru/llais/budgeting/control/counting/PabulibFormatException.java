package cymru.llais.budgeting.control.counting;

import java.util.Arrays;
import java.util.List;

/**
 * A {@code .pb} file that is not well-formed. Carries the 1-based line number and a message key of the
 * {@code budgeting.pabulib.*} family with its arguments, so that it can be shown in either language;
 * {@link #getMessage()} is the English gist for logs.
 */
public class PabulibFormatException extends Exception {

    private final int line;
    private final String key;
    private final transient List<Object> args;

    public PabulibFormatException(int line, String key, String englishGist, Object... args) {
        super("line " + line + ": " + englishGist);
        this.line = line;
        this.key = key;
        this.args = List.copyOf(Arrays.asList(args));
    }

    public int line() {
        return line;
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
