package cymru.llais.routing.entity;

import cymru.llais.shared.BilingualText;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An electoral ward (ONS code W05...), with its boundary as a GeoJSON geometry. */
@Entity
@Table(name = "ward")
@NamedQuery(name = Ward.ALL, query = "SELECT w FROM Ward w ORDER BY w.name.en")
public class Ward {

    public static final String ALL = "Ward.all";

    @Id
    private String code;

    @Embedded
    private BilingualText name;

    @Column(name = "local_authority_code", nullable = false)
    private String localAuthorityCode;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "boundary", nullable = false)
    private String boundary;

    protected Ward() {
    }

    public Ward(String code, BilingualText name, String localAuthorityCode, String boundaryGeoJson) {
        this.code = code;
        this.name = name;
        this.localAuthorityCode = localAuthorityCode;
        this.boundary = boundaryGeoJson;
    }

    public String getCode() {
        return code;
    }

    public BilingualText getName() {
        return name;
    }

    public String getLocalAuthorityCode() {
        return localAuthorityCode;
    }

    public String getBoundary() {
        return boundary;
    }

    public void update(BilingualText name, String localAuthorityCode, String boundaryGeoJson) {
        this.name = name;
        this.localAuthorityCode = localAuthorityCode;
        this.boundary = boundaryGeoJson;
    }
}
