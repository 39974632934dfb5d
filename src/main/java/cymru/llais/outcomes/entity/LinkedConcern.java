package cymru.llais.outcomes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A concern an outcome answers, with what the public board may filter on, copied when it was linked. */
@Embeddable
public class LinkedConcern {

    @Column(name = "concern_id", nullable = false)
    private Long concernId;

    @Column(name = "ward_code", nullable = false)
    private String wardCode;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    @Column(name = "is_sensitive", nullable = false)
    private boolean sensitive;

    protected LinkedConcern() {
    }

    public LinkedConcern(Long concernId, String wardCode, String categoryCode, boolean sensitive) {
        if (concernId == null || wardCode == null || categoryCode == null) {
            throw new IllegalArgumentException("a linked concern has an id, a ward and a category");
        }
        this.concernId = concernId;
        this.wardCode = wardCode;
        this.categoryCode = categoryCode;
        this.sensitive = sensitive;
    }

    public Long getConcernId() {
        return concernId;
    }

    public String getWardCode() {
        return wardCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkedConcern other && Objects.equals(concernId, other.concernId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(concernId);
    }
}
