package cymru.llais.outcomes.entity;

/** What is wrong with one field of an outcome (null: the whole form): the field, the bundle key, and its argument. */
public record Problem(String field, String key, String argument) {

    public Problem(String field, String key) {
        this(field, key, null);
    }
}
