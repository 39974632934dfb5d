package cymru.llais.budgeting.entity;

/** The kind of area a round covers. */
public enum AreaKind {
    WARD, AUTHORITY
}
