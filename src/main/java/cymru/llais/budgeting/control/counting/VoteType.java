package cymru.llais.budgeting.control.counting;

import java.util.Optional;

/** The ballot types of the pabulib format, by their META {@code vote_type} names. */
public enum VoteType {
    APPROVAL("approval"),
    CUMULATIVE("cumulative"),
    ORDINAL("ordinal"),
    CHOOSE_1("choose-1");

    private final String pabulibName;

    VoteType(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }

    public static Optional<VoteType> fromPabulib(String name) {
        for (VoteType t : values()) {
            if (t.pabulibName.equalsIgnoreCase(name.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
