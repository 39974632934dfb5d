package cymru.llais.outcomes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A ward an outcome concerns directly, not through a concern: the area of a budgeting round. */
@Embeddable
public class OutcomeWard {

    @Column(name = "ward_code", nullable = false)
    private String wardCode;

    protected OutcomeWard() {
    }

    public OutcomeWard(String wardCode) {
        if (wardCode == null || wardCode.isBlank()) {
            throw new IllegalArgumentException("a ward has a code");
        }
        this.wardCode = wardCode;
    }

    public String getWardCode() {
        return wardCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeWard other && Objects.equals(wardCode, other.wardCode);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(wardCode);
    }
}
