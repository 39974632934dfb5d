package cymru.llais.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Which team has a concern now, since when, and by when it must be acknowledged. */
@Entity
@Table(name = "concern_assignment")
@NamedQuery(name = Assignment.OVERDUE, query = "SELECT a FROM Assignment a WHERE a.acknowledgedAt IS NULL"
        + " AND a.escalatedAt IS NULL AND a.acknowledgeBy < :now")
public class Assignment {

    public static final String OVERDUE = "Assignment.overdue";

    @Id
    @Column(name = "concern_id")
    private Long concernId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "acknowledge_by", nullable = false)
    private Instant acknowledgeBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Version
    private int version;

    protected Assignment() {
    }

    public Assignment(Long concernId, Team team, Instant now, Instant acknowledgeBy) {
        this.concernId = concernId;
        this.team = team;
        this.assignedAt = now;
        this.acknowledgeBy = acknowledgeBy;
    }

    /** Hands the concern to another team: a new service level starts for it. */
    public void handTo(Team to, Instant now, Instant acknowledgeBy) {
        if (to.getId() != null && to.getId().equals(team.getId())) {
            throw new IllegalStateException("the concern is already with this team");
        }
        this.team = to;
        this.assignedAt = now;
        this.acknowledgeBy = acknowledgeBy;
        this.acknowledgedAt = null;
        this.escalatedAt = null;
    }

    /** Its reporter says the problem is not solved: the same team must acknowledge it again, by a new deadline. */
    public void reopen(Instant acknowledgeBy) {
        this.acknowledgeBy = acknowledgeBy;
        this.acknowledgedAt = null;
        this.escalatedAt = null;
    }

    public void acknowledge(Instant now) {
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
    }

    public void escalated(Instant now) {
        escalatedAt = now;
    }

    public boolean isOverdue(Instant now) {
        return acknowledgedAt == null && now.isAfter(acknowledgeBy);
    }

    public Long getConcernId() {
        return concernId;
    }

    public Team getTeam() {
        return team;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getAcknowledgeBy() {
        return acknowledgeBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}
