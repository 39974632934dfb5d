package cymru.llais.budgeting.control.counting;

/** Counts an election by a rule. Pure Java: used by the portal and by the recount command. */
public final class Counting {

    private Counting() {
    }

    public static CountResult count(Election election, Rule rule) {
        return switch (rule) {
            case GREEDY -> GreedyCount.count(election, true);
            case GREEDY_NO_SKIP -> GreedyCount.count(election, false);
            case EQUAL_SHARES -> EqualSharesCount.count(election, EqualSharesCount.Completion.ADD1);
            case EQUAL_SHARES_THEN_GREEDY ->
                    EqualSharesCount.count(election, EqualSharesCount.Completion.ADD1_THEN_GREEDY);
            case EQUAL_SHARES_WITHOUT_COMPLETION ->
                    EqualSharesCount.count(election, EqualSharesCount.Completion.NONE);
        };
    }
}
