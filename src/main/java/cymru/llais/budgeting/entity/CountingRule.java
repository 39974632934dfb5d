package cymru.llais.budgeting.entity;

import java.util.Locale;

/** How the winners will be counted (the counting itself lives in budgeting.control.counting). */
public enum CountingRule {
    GREEDY, GREEDY_NO_SKIP, EQUAL_SHARES;

    public String key() {
        return "budgeting.rule." + name().toLowerCase(Locale.ROOT);
    }
}
