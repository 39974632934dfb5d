package cymru.llais.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit trail: who did what to a concern, when, from what to what. Never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public enum Action {
        ROUTED, UNROUTED, ACKNOWLEDGED, ACCEPTED, REFERRED, STATUS_CHANGED, NOTE_ADDED, ESCALATED,
        /** Moderation: held by the free-text check or the ward's pre-moderation, flagged by a resident, and councillors' actions. */
        MODERATION_HELD, FLAGGED, MODERATED_APPROVED, HIDDEN, REDACTED, MERGED, COUNCILLOR_NOTE, ESCALATED_TO_ADMIN,
        ESCALATION_HANDLED, MODERATION_MODE_CHANGED,
        /** The reporter's personal data erased at their request (My data, or an administrator's confirmed request). */
        ERASED,
        /** A "you said, we did" outcome answering the concern was published (the detail names the outcome). */
        OUTCOME_PUBLISHED,
        /** Its reporter rated an outcome answering it "not resolved": it is open again, the detail holds their comment. */
        REOPENED_BY_REPORTER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "concern_id")
    private Long concernId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(name = "from_value")
    private String fromValue;

    @Column(name = "to_value")
    private String toValue;

    @Column
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Long concernId, Instant at, Long actorId, Action action, String from, String to, String detail) {
        this.concernId = concernId;
        this.happenedAt = at;
        this.actorId = actorId;
        this.action = action;
        this.fromValue = from;
        this.toValue = to;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Long getConcernId() {
        return concernId;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public Action getAction() {
        return action;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }

    public String getDetail() {
        return detail;
    }
}
