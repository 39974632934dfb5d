package cymru.llais.stories.entity;

import cymru.llais.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A story collection: its prompt and consent statement in both languages, its area and the days it is open. */
@Entity
@Table(name = "story_collection")
public class StoryCollection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_kind", nullable = false)
    private AreaKind areaKind;

    @Column(name = "area_code", nullable = false)
    private String areaCode;

    @Column(name = "prompt_en", nullable = false)
    private String promptEn;

    @Column(name = "prompt_cy", nullable = false)
    private String promptCy;

    @Column(name = "consent_en", nullable = false)
    private String consentEn;

    @Column(name = "consent_cy", nullable = false)
    private String consentCy;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected StoryCollection() {
    }

    /** Details must have no problems. */
    public StoryCollection(CollectionDetails details, Instant now) {
        this.createdAt = now;
        change(details);
    }

    public final void change(CollectionDetails details) {
        if (!details.problems().isEmpty()) {
            throw new IllegalArgumentException("collection details have problems: " + details.problems());
        }
        this.areaKind = details.areaKind();
        this.areaCode = details.areaCode();
        this.promptEn = details.promptEn().strip();
        this.promptCy = details.promptCy().strip();
        this.consentEn = details.consentEn().strip();
        this.consentCy = details.consentCy().strip();
        this.opensOn = details.opens();
        this.closesOn = details.closes();
    }

    public CollectionDetails details() {
        return new CollectionDetails(areaKind.name() + ":" + areaCode, promptEn, promptCy, consentEn, consentCy,
                opensOn.toString(), closesOn.toString());
    }

    /** Open for stories from its first day to its last, both included. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public String prompt(Language language) {
        return language == Language.CY ? promptCy : promptEn;
    }

    public String consent(Language language) {
        return language == Language.CY ? consentCy : consentEn;
    }

    public Long getId() {
        return id;
    }

    public AreaKind getAreaKind() {
        return areaKind;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
