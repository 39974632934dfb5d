package cymru.llais.stories.entity;

/** What a story is linked to: a concern (staff only, never shown publicly) or an outcome. */
public enum LinkKind {
    CONCERN,
    OUTCOME
}
