package cymru.llais.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * "Reports of this category (or of any category) in this ward (or local authority) go to this team."
 * A rule without a category on a local authority is that authority's default team.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    public enum AreaType { WARD, AUTHORITY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_code")
    private String categoryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type", nullable = false)
    private AreaType areaType;

    @Column(name = "area_code", nullable = false)
    private String areaCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    protected RoutingRule() {
    }

    public RoutingRule(String categoryCode, AreaType areaType, String areaCode, Team team) {
        if (areaType == null || areaCode == null || areaCode.isBlank() || team == null) {
            throw new IllegalArgumentException("area and team are required");
        }
        this.categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        this.areaType = areaType;
        this.areaCode = areaCode;
        this.team = team;
    }

    public Long getId() {
        return id;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public AreaType getAreaType() {
        return areaType;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }
}
