package cymru.llais.routing.entity;

import cymru.llais.shared.BilingualText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner organisation of the community safety partnership. */
@Entity
@Table(name = "partner")
public class Partner {

    public enum Kind { COUNCIL, POLICE, HEALTH_BOARD, FIRE_AND_RESCUE, YOUTH_JUSTICE, HOUSING_ASSOCIATION, THIRD_SECTOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Embedded
    private BilingualText name;

    /** Service level: working days within which a concern must be acknowledged. */
    @Column(name = "acknowledge_days", nullable = false)
    private int acknowledgeDays = 2;

    protected Partner() {
    }

    public Partner(String code, Kind kind, BilingualText name) {
        this.code = code;
        this.kind = kind;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public BilingualText getName() {
        return name;
    }

    public int getAcknowledgeDays() {
        return acknowledgeDays;
    }

    public void setAcknowledgeDays(int days) {
        if (days < 1 || days > 60) {
            throw new IllegalArgumentException("between 1 and 60 working days");
        }
        this.acknowledgeDays = days;
    }
}
