package cymru.llais.stories.entity;

/** A story awaits moderation until a councillor or the administrator publishes or hides it. */
public enum StoryStatus {
    AWAITING_MODERATION, PUBLISHED, HIDDEN;

    public String key() {
        return "stories.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
