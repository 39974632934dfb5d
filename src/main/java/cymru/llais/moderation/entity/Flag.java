package cymru.llais.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A resident's flag on a public concern. One per person and concern: the database's unique key
 * (concern_id, flagger_key) refuses a second one, whoever sends it and however fast.
 */
@Entity
@Table(name = "concern_flag")
public class Flag {

    public static final int MAX_COMMENT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "concern_id", nullable = false)
    private Long concernId;

    @Column(name = "flagger_key", nullable = false)
    private String flaggerKey;

    @Column(name = "flagger_account_id")
    private Long flaggerAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlagReason reason;

    @Column
    private String comment;

    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    protected Flag() {
    }

    public Flag(Long concernId, String flaggerKey, Long flaggerAccountId, FlagReason reason, String comment, Instant now) {
        if (concernId == null || flaggerKey == null || flaggerKey.length() != 64 || reason == null) {
            throw new IllegalArgumentException("a concern, a flagger's key and a reason are required");
        }
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        if (c != null && c.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("the comment is too long");
        }
        this.concernId = concernId;
        this.flaggerKey = flaggerKey;
        this.flaggerAccountId = flaggerAccountId;
        this.reason = reason;
        this.comment = c;
        this.flaggedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getConcernId() {
        return concernId;
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getComment() {
        return comment;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
