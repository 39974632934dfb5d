package cymru.llais.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A councillor's escalation of a concern to the partnership administrator, open until an administrator handles it. */
@Entity
@Table(name = "moderation_escalation")
public class Escalation {

    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "concern_id", nullable = false)
    private Long concernId;

    @Column(name = "councillor_id", nullable = false)
    private Long councillorId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "escalated_at", nullable = false)
    private Instant escalatedAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by")
    private Long handledBy;

    protected Escalation() {
    }

    public Escalation(Long concernId, Long councillorId, String reason, Instant now) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException("an escalation needs a reason of at most " + MAX_REASON + " characters");
        }
        this.concernId = concernId;
        this.councillorId = councillorId;
        this.reason = reason.strip();
        this.escalatedAt = now;
    }

    public void handle(Long administratorId, Instant now) {
        if (handledAt == null) {
            handledAt = now;
            handledBy = administratorId;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getConcernId() {
        return concernId;
    }

    public Long getCouncillorId() {
        return councillorId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public Long getHandledBy() {
        return handledBy;
    }
}
