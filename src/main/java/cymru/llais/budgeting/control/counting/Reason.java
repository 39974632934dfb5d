package cymru.llais.budgeting.control.counting;

import java.util.Arrays;
import java.util.List;

/**
 * Why a project won or lost, as a message key of the {@code budgeting.reason.*} family and its positional
 * arguments (numbers as {@link java.math.BigDecimal} or {@link Integer}, project ids as strings), so that
 * the portal can say it in either language. For Equal Shares losers, {@code supporters} tells how many
 * supporters had how much money left, poorest first; it is empty otherwise.
 */
public record Reason(String key, List<Object> args, List<SupporterShare> supporters) {

    public Reason {
        args = List.copyOf(args);
        supporters = List.copyOf(supporters);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.asList(args), List.of());
    }

    /** {@code voters} supporters each had {@code left} (rounded to cents for display) when counting ended. */
    public record SupporterShare(int voters, java.math.BigDecimal left) {
    }
}
