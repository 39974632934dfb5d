package cymru.llais.budgeting.control.counting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The counting rules, with the names used on the command line and in a pabulib file's META {@code rule}.
 * {@code equalshares} always means the Method of Equal Shares with cost utilities and the add1 completion
 * (as the cities that used it counted); {@code equalshares/add1/greedy} then fills what is left greedily.
 */
public enum Rule {
    GREEDY("greedy"),
    GREEDY_NO_SKIP("greedy-no-skip", "greedy/no-skip"),
    EQUAL_SHARES("equalshares", "equalshares/add1", "mes", "mes/add1"),
    EQUAL_SHARES_THEN_GREEDY("equalshares/add1/greedy", "equalshares/add1/utilitarian", "mes/add1/greedy"),
    EQUAL_SHARES_WITHOUT_COMPLETION("equalshares/none", "mes/none");

    private final String name;
    private final List<String> aliases;

    Rule(String name, String... aliases) {
        this.name = name;
        this.aliases = List.of(aliases);
    }

    /** The canonical name: what an export writes into META {@code rule}. */
    public String pabulibName() {
        return name;
    }

    public static Optional<Rule> fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Rule r : values()) {
            if (r.name.equals(n) || r.aliases.contains(n)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
