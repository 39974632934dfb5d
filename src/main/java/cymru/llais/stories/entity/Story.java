package cymru.llais.stories.entity;

import cymru.llais.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/**
 * A resident's story, kept in the language it was written in. It awaits moderation when told; a councillor of
 * its collection's area or the administrator publishes it or hides it with a reason.
 */
@Entity
@Table(name = "story")
public class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collection_id", nullable = false)
    private Long collectionId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "lang", nullable = false)
    private String lang;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "ward_code")
    private String wardCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StoryStatus status;

    @Column(name = "held_reasons")
    private String heldReasons;

    @Column(name = "hide_reason")
    private String hideReason;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Story() {
    }

    /** The draft must have no problems; what the free-text check found is kept for the moderator. */
    public Story(Long collectionId, StoryDraft draft, Long accountId, List<String> findings, Instant now) {
        if (!draft.problems().isEmpty()) {
            throw new IllegalArgumentException("story has problems: " + draft.problems());
        }
        this.collectionId = collectionId;
        this.title = draft.title().strip();
        this.body = draft.text().strip();
        this.lang = draft.language().code();
        this.accountId = accountId;
        this.status = StoryStatus.AWAITING_MODERATION;
        this.heldReasons = findings.isEmpty() ? null : String.join(", ", findings);
        this.createdAt = now;
    }

    /** The ward the story is about (a ward collection's own ward, or the one its teller chose), or null. */
    public void placeIn(String wardCode) {
        this.wardCode = wardCode == null || wardCode.isBlank() ? null : wardCode.strip();
    }

    public void publish(Long by, Instant now) {
        status = StoryStatus.PUBLISHED;
        hideReason = null;
        moderatedBy = by;
        moderatedAt = now;
    }

    /** A reason is required: the teller's story is hidden, never silently. */
    public void hide(String reason, Long by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        status = StoryStatus.HIDDEN;
        hideReason = reason.strip();
        moderatedBy = by;
        moderatedAt = now;
    }

    public Language language() {
        return Language.fromCode(lang).orElse(Language.EN);
    }

    public Long getId() {
        return id;
    }

    public Long getCollectionId() {
        return collectionId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLang() {
        return lang;
    }

    public String getWardCode() {
        return wardCode;
    }

    public StoryStatus getStatus() {
        return status;
    }

    public String getHeldReasons() {
        return heldReasons;
    }

    public String getHideReason() {
        return hideReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
