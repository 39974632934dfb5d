package cymru.llais.stories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A story linked by a member of staff to a concern or an outcome, by its id. */
@Entity
@Table(name = "story_link")
public class StoryLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private Long storyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LinkKind kind;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoryLink() {
    }

    public StoryLink(Long storyId, LinkKind kind, Long targetId, Long createdBy, Instant now) {
        if (storyId == null || kind == null || targetId == null) {
            throw new IllegalArgumentException("a link names a story and what it is linked to");
        }
        this.storyId = storyId;
        this.kind = kind;
        this.targetId = targetId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getStoryId() {
        return storyId;
    }

    public LinkKind getKind() {
        return kind;
    }

    public Long getTargetId() {
        return targetId;
    }
}
