package cymru.llais.budgeting.entity;

/** What is wrong with an input: the field and the bundle key of the message. */
public record Problem(String field, String key) {
}
