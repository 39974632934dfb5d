package cymru.llais.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A resident following a concern: it is listed among their subscriptions. */
@Entity
@Table(name = "concern_follower")
@IdClass(ConcernFollower.Key.class)
public class ConcernFollower {

    @Id
    @Column(name = "concern_id")
    private Long concernId;

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConcernFollower() {
    }

    public ConcernFollower(Long concernId, Long residentId, Instant now) {
        if (concernId == null || residentId == null || now == null) {
            throw new IllegalArgumentException("concern, resident and time are required");
        }
        this.concernId = concernId;
        this.residentId = residentId;
        this.createdAt = now;
    }

    public Long getConcernId() {
        return concernId;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The primary key: one row per concern and resident. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long concernId;
        private Long residentId;

        public Key() {
        }

        public Key(Long concernId, Long residentId) {
            this.concernId = concernId;
            this.residentId = residentId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(concernId, k.concernId) && Objects.equals(residentId, k.residentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(concernId, residentId);
        }
    }
}
