package cymru.llais.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An internal note on a concern, for partner staff only: never public. */
@Entity
@Table(name = "concern_note")
public class Note {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "concern_id", nullable = false)
    private Long concernId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false)
    private String text;

    protected Note() {
    }

    public Note(Long concernId, Long authorId, Instant at, String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a note has 1 to " + MAX_LENGTH + " characters");
        }
        this.concernId = concernId;
        this.authorId = authorId;
        this.writtenAt = at;
        this.text = text.strip();
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

    public String getText() {
        return text;
    }
}
