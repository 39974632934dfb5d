package cymru.llais.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A councillor's public note on a concern, always in Welsh and in English. */
@Entity
@Table(name = "councillor_note")
public class CouncillorNote {

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "concern_id", nullable = false)
    private Long concernId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(name = "text_cy", nullable = false)
    private String textCy;

    protected CouncillorNote() {
    }

    public CouncillorNote(Long concernId, Long authorId, String textEn, String textCy, Instant now) {
        if (textEn == null || textEn.isBlank() || textCy == null || textCy.isBlank()) {
            throw new IllegalArgumentException("a councillor's note is written in both languages");
        }
        if (textEn.strip().length() > MAX_LENGTH || textCy.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a councillor's note is too long");
        }
        this.concernId = concernId;
        this.authorId = authorId;
        this.textEn = textEn.strip();
        this.textCy = textCy.strip();
        this.writtenAt = now;
    }

    public Long getConcernId() {
        return concernId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextCy() {
        return textCy;
    }
}
