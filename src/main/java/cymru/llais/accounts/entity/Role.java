package cymru.llais.accounts.entity;

/** What a staff account may do. The names are the Jakarta Security groups and roles. */
public enum Role {
    /** The partnership administrator: partners, teams, areas, routing rules, API clients. */
    ADMIN,
    /** Partner staff: the inbox of their own organisation. */
    STAFF,
    /** A ward councillor: the moderation queue of their own wards, nothing else. */
    COUNCILLOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String STAFF_NAME = "STAFF";
    public static final String COUNCILLOR_NAME = "COUNCILLOR";
}
