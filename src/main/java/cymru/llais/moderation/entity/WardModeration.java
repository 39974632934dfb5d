package cymru.llais.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A ward's choice of pre-moderation (every new concern waits for a councillor); without a row a ward is post-moderated. */
@Entity
@Table(name = "ward_moderation")
public class WardModeration {

    @Id
    @Column(name = "ward_code")
    private String wardCode;

    @Column(name = "pre_moderation", nullable = false)
    private boolean preModeration;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected WardModeration() {
    }

    public WardModeration(String wardCode, boolean preModeration, Long changedBy, Instant now) {
        this.wardCode = wardCode;
        set(preModeration, changedBy, now);
    }

    public void set(boolean pre, Long by, Instant now) {
        this.preModeration = pre;
        this.changedBy = by;
        this.changedAt = now;
    }

    public String getWardCode() {
        return wardCode;
    }

    public boolean isPreModeration() {
        return preModeration;
    }
}
