package cymru.llais.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/** A word (or short phrase) that holds a concern for moderation; Welsh ones are matched in their mutated forms too. */
@Entity
@Table(name = "moderation_word")
public class ModerationWord {

    public static final int MAX_LENGTH = 60;
    /** Letters, with single spaces, hyphens or apostrophes between them. */
    public static final Pattern FORM = Pattern.compile("\\p{L}+(?:[ '’-]\\p{L}+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String word;

    @Column(nullable = false)
    private String language;

    @Column(name = "added_by")
    private Long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ModerationWord() {
    }

    public ModerationWord(String word, String language, Long addedBy, Instant now) {
        String w = normalise(word);
        if (w == null || w.length() > MAX_LENGTH || !FORM.matcher(w).matches()) {
            throw new IllegalArgumentException("a word is letters only, with spaces, hyphens or apostrophes between them");
        }
        if (!"cy".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("a word is Welsh or English");
        }
        this.word = w;
        this.language = language;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    /** Lower case, spaces collapsed; null for nothing. */
    public static String normalise(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        return java.text.Normalizer.normalize(word.strip().replaceAll("\\s+", " "), java.text.Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getWord() {
        return word;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
