package cymru.llais.concerns.entity;

import cymru.llais.shared.EmailAddress;
import cymru.llais.shared.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A community concern reported by a resident. */
@Entity
@Table(name = "concern")
@NamedQuery(name = Concern.BY_REFERENCE, query = "SELECT c FROM Concern c WHERE c.reference = :reference")
@NamedQuery(name = Concern.BY_TOKEN, query = "SELECT c FROM Concern c WHERE c.submissionToken = :token")
@NamedQuery(name = Concern.CLAIMABLE, query = "SELECT c FROM Concern c WHERE c.reporterAccountId IS NULL"
        + " AND c.reporterEmail = :email")
public class Concern {

    public static final String BY_REFERENCE = "Concern.byReference";
    public static final String BY_TOKEN = "Concern.byToken";
    /**
     * Candidates for a claim: concerns without an account whose address the column's collation (case-insensitive)
     * finds equal to the given one; {@link #isClaimableBy} decides.
     */
    public static final String CLAIMABLE = "Concern.claimable";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_code")
    private Category category;

    @Column(name = "ward_code", nullable = false)
    private String wardCode;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "location_text")
    private String locationText;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String language;

    @Column(name = "reporter_email")
    private String reporterEmail;

    @Column(name = "reporter_account_id")
    private Long reporterAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernStatus status;

    @Column(name = "is_sensitive", nullable = false)
    private boolean sensitive;

    @Column(name = "submission_token", unique = true)
    private String submissionToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Publication publication = Publication.PUBLISHED;

    /** Why it waits for moderation (the free-text check's findings, or the ward's pre-moderation), for the councillor. */
    @Column(name = "held_for")
    private String heldFor;

    @Column(name = "hidden_reason_en")
    private String hiddenReasonEn;

    @Column(name = "hidden_reason_cy")
    private String hiddenReasonCy;

    /** The text as the resident wrote it, kept for staff when a councillor has edited personal data out. */
    @Column(name = "original_description")
    private String originalDescription;

    @Column(name = "original_location_text")
    private String originalLocationText;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "concern", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt ASC, id ASC")
    private List<StatusChange> history = new ArrayList<>();

    protected Concern() {
    }

    /**
     * A new concern, received now. Its text has been checked by the caller (see {@code ConcernRules});
     * the entity still refuses what would break it.
     */
    public Concern(Reference reference, Category category, String wardCode, Double latitude, Double longitude,
                   String locationText, String description, Language language, String reporterEmail,
                   String submissionToken, Instant now) {
        if (category == null || wardCode == null || description == null || language == null) {
            throw new IllegalArgumentException("category, ward, description and language are required");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("a pin needs both latitude and longitude");
        }
        this.reference = reference.toString();
        this.category = category;
        this.sensitive = category.isSensitive();
        this.wardCode = wardCode;
        this.latitude = latitude == null ? null : BigDecimal.valueOf(latitude).setScale(6, RoundingMode.HALF_UP);
        this.longitude = longitude == null ? null : BigDecimal.valueOf(longitude).setScale(6, RoundingMode.HALF_UP);
        this.locationText = locationText;
        this.description = description;
        this.language = language.code();
        this.reporterEmail = reporterEmail;
        this.submissionToken = submissionToken;
        this.status = ConcernStatus.RECEIVED;
        this.createdAt = now;
        this.updatedAt = now;
        this.history.add(new StatusChange(this, ConcernStatus.RECEIVED, now));
    }

    /** Records that the concern was reported by a signed-in resident, whose account's address it carries. */
    public void reportedFromAccount(Long accountId, String accountEmail) {
        if (accountId == null || accountEmail == null || accountEmail.isBlank()) {
            throw new IllegalArgumentException("an account and its address are required");
        }
        if (reporterAccountId != null) {
            throw new IllegalStateException("the concern already belongs to an account");
        }
        this.reporterAccountId = accountId;
        this.reporterEmail = EmailAddress.normalise(accountEmail);
    }

    /**
     * Whether an account whose address has just been verified may claim this concern: it was reported
     * without an account, with the same address (letter case and spaces aside).
     */
    public boolean isClaimableBy(String verifiedEmail) {
        return reporterAccountId == null && EmailAddress.same(reporterEmail, verifiedEmail);
    }

    /** The account with this verified address claims the concern; false (and nothing changes) when it may not. */
    public boolean claimFor(Long accountId, String verifiedEmail) {
        if (accountId == null || !isClaimableBy(verifiedEmail)) {
            return false;
        }
        reporterAccountId = accountId;
        return true;
    }

    /** Moves the concern on; refused when the status does not allow it. */
    public void changeStatus(ConcernStatus to, Instant now) {
        if (!status.canBecome(to)) {
            throw new IllegalStateException("a concern that is " + status + " cannot become " + to);
        }
        status = to;
        updatedAt = now;
        history.add(new StatusChange(this, to, now));
    }

    /** Holds a new or published concern back from the public until a councillor has looked at it. */
    public void hold(String reasons, Instant now) {
        move(Publication.AWAITING_MODERATION, now);
        heldFor = reasons == null || reasons.isBlank() ? null : reasons.length() > 500 ? reasons.substring(0, 500) : reasons;
    }

    /** A councillor approves it: published (again), whatever held or hid it is cleared. */
    public void publish(Instant now) {
        if (publication != Publication.PUBLISHED) {
            move(Publication.PUBLISHED, now);
        }
        heldFor = null;
        hiddenReasonEn = null;
        hiddenReasonCy = null;
    }

    /** Hides it from the public; its page shows only its reference, status and this reason, in both languages. */
    public void hide(String reasonEn, String reasonCy, Instant now) {
        if (reasonEn == null || reasonEn.isBlank() || reasonCy == null || reasonCy.isBlank()) {
            throw new IllegalArgumentException("a hidden concern needs a public reason in both languages");
        }
        move(Publication.HIDDEN, now);
        heldFor = null;
        hiddenReasonEn = reasonEn.strip();
        hiddenReasonCy = reasonCy.strip();
    }

    /**
     * Replaces the public text with a version without personal data. The resident's own words are kept
     * (the first original, however often it is edited), for staff only.
     */
    public void redact(String newDescription, String newLocationText, Instant now) {
        if (publication == Publication.MERGED) {
            throw new IllegalStateException("a merged concern is not edited");
        }
        if (newDescription == null || newDescription.isBlank()) {
            throw new IllegalArgumentException("the edited text cannot be empty");
        }
        String location = newLocationText == null || newLocationText.isBlank() ? null : newLocationText.strip();
        if (!newDescription.strip().equals(description) && originalDescription == null) {
            originalDescription = description;
        }
        if (!java.util.Objects.equals(location, locationText) && originalLocationText == null) {
            originalLocationText = locationText == null ? "" : locationText;
        }
        description = newDescription.strip();
        locationText = location;
        updatedAt = now;
    }

    /** Merges this concern into another: it points there from now on and is no longer public itself. */
    public void mergeInto(Concern kept, Instant now) {
        if (kept == null || kept == this || (id != null && id.equals(kept.id))) {
            throw new IllegalArgumentException("a concern is merged into another one");
        }
        if (!wardCode.equals(kept.wardCode) || sensitive || kept.sensitive || kept.publication == Publication.MERGED) {
            throw new IllegalArgumentException("merged only into a concern of the same ward that is not itself merged or sensitive");
        }
        move(Publication.MERGED, now);
        mergedIntoId = kept.getId();
        heldFor = null;
    }

    /** Whether the concern has been edited by a councillor. */
    public boolean isRedacted() {
        return originalDescription != null || originalLocationText != null;
    }

    private void move(Publication to, Instant now) {
        if (!publication.canBecome(to)) {
            throw new IllegalStateException("a concern that is " + publication + " cannot become " + to);
        }
        publication = to;
        updatedAt = now;
    }

    public Publication getPublication() {
        return publication;
    }

    public String getHeldFor() {
        return heldFor;
    }

    public String getHiddenReasonEn() {
        return hiddenReasonEn;
    }

    public String getHiddenReasonCy() {
        return hiddenReasonCy;
    }

    public String getOriginalDescription() {
        return originalDescription;
    }

    public String getOriginalLocationText() {
        return originalLocationText;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    /**
     * Removes the reporter's personal data (the retention rule for closed concerns): their e-mail
     * address, the submission token, which account reported it, and the original text and place that a
     * councillor edited personal data out of; the public text, place and history stay.
     */
    public void anonymise(Instant now) {
        if (status != ConcernStatus.CLOSED) {
            throw new IllegalStateException("only a closed concern is anonymised");
        }
        reporterEmail = null;
        submissionToken = null;
        // which account reported it is the reporter's personal data too: the concern leaves their list
        reporterAccountId = null;
        originalDescription = null;
        originalLocationText = null;
        anonymisedAt = now;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    /** The latest step of its status history. */
    public StatusChange latestChange() {
        return history.get(history.size() - 1);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Category getCategory() {
        return category;
    }

    public String getWardCode() {
        return wardCode;
    }

    public boolean hasPin() {
        return latitude != null && longitude != null;
    }

    public Double getLatitude() {
        return latitude == null ? null : latitude.doubleValue();
    }

    public Double getLongitude() {
        return longitude == null ? null : longitude.doubleValue();
    }

    public String getLocationText() {
        return locationText;
    }

    public String getDescription() {
        return description;
    }

    public Language getLanguage() {
        return Language.fromCode(language).orElse(Language.EN);
    }

    public String getReporterEmail() {
        return reporterEmail;
    }

    public Long getReporterAccountId() {
        return reporterAccountId;
    }

    public ConcernStatus getStatus() {
        return status;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
