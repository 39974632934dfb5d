package cymru.llais.concerns.entity;

import cymru.llais.shared.BilingualText;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A category of concern. A sensitive one (domestic abuse, hate incident) is never public. */
@Entity
@Table(name = "category")
@Cacheable
@NamedQuery(name = Category.ACTIVE, query = "SELECT c FROM Category c WHERE c.active = true ORDER BY c.sortOrder")
public class Category {

    public static final String ACTIVE = "Category.active";

    @Id
    private String code;

    @Embedded
    private BilingualText name;

    @Column(name = "is_sensitive", nullable = false)
    private boolean sensitive;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Category() {
    }

    public Category(String code, BilingualText name, boolean sensitive, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sensitive = sensitive;
        this.active = true;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public BilingualText getName() {
        return name;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
