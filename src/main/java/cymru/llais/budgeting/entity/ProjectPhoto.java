package cymru.llais.budgeting.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A proposal's photo as re-encoded by the portal (no metadata of the upload), with what it shows in the proposer's language. */
@Entity
@Table(name = "pb_project_photo")
public class ProjectPhoto {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    @Column(nullable = false)
    private String alt;

    protected ProjectPhoto() {
    }

    public ProjectPhoto(Long projectId, String contentType, int width, int height, byte[] data, String alt) {
        if (alt == null || alt.isBlank() || alt.length() > ProposalDetails.MAX_ALT) {
            throw new IllegalArgumentException("a photo says what it shows");
        }
        this.projectId = projectId;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.data = data;
        this.alt = alt;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public byte[] getData() {
        return data;
    }

    public String getAlt() {
        return alt;
    }
}
