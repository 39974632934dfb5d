package cymru.llais.outcomes.entity;

import cymru.llais.shared.BilingualText;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * An outcome's photo, as re-encoded by the portal, with what it shows in both languages: a photo without its
 * description in Welsh and English is not kept (screen readers; the Welsh Language Standards).
 */
@Entity
@Table(name = "outcome_photo")
public class OutcomePhoto {

    public static final int MAX_ALT = 300;

    @Id
    @Column(name = "outcome_id")
    private Long outcomeId;

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

    @Column(name = "alt_en", nullable = false)
    private String altEn;

    @Column(name = "alt_cy", nullable = false)
    private String altCy;

    protected OutcomePhoto() {
    }

    public OutcomePhoto(Long outcomeId, String contentType, int width, int height, byte[] data, String altEn, String altCy) {
        if (!altProblems(altEn, altCy).isEmpty()) {
            throw new IllegalArgumentException("a photo is described in both languages");
        }
        this.outcomeId = outcomeId;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.data = data;
        this.altEn = altEn.strip();
        this.altCy = altCy.strip();
    }

    /** What is wrong with the descriptions: each is required and short. */
    public static List<Problem> altProblems(String altEn, String altCy) {
        List<Problem> problems = new ArrayList<>();
        alt(problems, "photoAltEn", altEn, "outcomes.photo.error.altEn");
        alt(problems, "photoAltCy", altCy, "outcomes.photo.error.altCy");
        return problems;
    }

    private static void alt(List<Problem> problems, String field, String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, requiredKey));
        } else if (value.strip().length() > MAX_ALT) {
            problems.add(new Problem(field, "outcomes.photo.error.altTooLong"));
        }
    }

    public Long getOutcomeId() {
        return outcomeId;
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

    public BilingualText getAlt() {
        return new BilingualText(altEn, altCy);
    }
}
