package cymru.llais.stories.entity;

/** What is wrong with an input: the field (a page element id) and the bundle key of the message. */
public record Problem(String field, String key) {
}
