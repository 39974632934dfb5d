package cymru.llais.routing.entity;

import cymru.llais.shared.BilingualText;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A local authority (ONS code W06...), with its boundary as a GeoJSON geometry. */
@Entity
@Table(name = "local_authority")
public class LocalAuthority {

    @Id
    private String code;

    @Embedded
    private BilingualText name;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "boundary", nullable = false)
    private String boundary;

    protected LocalAuthority() {
    }

    public LocalAuthority(String code, BilingualText name, String boundaryGeoJson) {
        this.code = code;
        this.name = name;
        this.boundary = boundaryGeoJson;
    }

    public String getCode() {
        return code;
    }

    public BilingualText getName() {
        return name;
    }

    public String getBoundary() {
        return boundary;
    }

    public void update(BilingualText name, String boundaryGeoJson) {
        this.name = name;
        this.boundary = boundaryGeoJson;
    }
}
