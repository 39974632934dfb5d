package cymru.llais.concerns.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A concern's photo, as re-encoded by the portal (no metadata of the upload survives). */
@Entity
@Table(name = "concern_photo")
public class ConcernPhoto {

    @Id
    @Column(name = "concern_id")
    private Long concernId;

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

    protected ConcernPhoto() {
    }

    public ConcernPhoto(Long concernId, String contentType, int width, int height, byte[] data) {
        this.concernId = concernId;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.data = data;
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
}
