package cymru.llais.stories.entity;

/** A triangle with three corners, a slider between two poles, or a multiple-choice context question. */
public enum SignifierKind {
    TRIAD, DYAD, CONTEXT;

    public String key() {
        return "stories.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
