package cymru.llais.moderation.entity;

/** Why a resident flags a concern, from a short list. */
public enum FlagReason {
    PERSONAL_DATA("moderation.flag.reason.personalData"),
    ABUSIVE("moderation.flag.reason.abusive"),
    DUPLICATE("moderation.flag.reason.duplicate"),
    NOT_A_CONCERN("moderation.flag.reason.notAConcern"),
    OTHER("moderation.flag.reason.other");

    private final String key;

    FlagReason(String key) {
        this.key = key;
    }

    /** The key of its name in the bundles. */
    public String key() {
        return key;
    }
}
