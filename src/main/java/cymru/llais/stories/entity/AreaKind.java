package cymru.llais.stories.entity;

/** The kind of area a collection covers. */
public enum AreaKind {
    WARD, AUTHORITY
}
