package cymru.llais.budgeting.entity;

/**
 * Who may vote in a round: households with their voting codes, residents with a verified address in the area
 * (signed in to their account), or both. Both is the default; a household may then vote with its code and each
 * verified resident of it with their account, as the council chooses. A round that wants one vote per household
 * takes codes only.
 */
public enum VotingMethods {
    BOTH, CODES, ACCOUNTS;

    public boolean codes() {
        return this != ACCOUNTS;
    }

    public boolean accounts() {
        return this != CODES;
    }

    public String key() {
        return switch (this) {
            case BOTH -> "budgeting.methods.both";
            case CODES -> "budgeting.methods.codes";
            case ACCOUNTS -> "budgeting.methods.accounts";
        };
    }
}
