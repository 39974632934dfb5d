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

    /**
     * Removes the reporter's personal data (the retention rule for closed concerns): their e-mail
     * address, the submission token and which account reported it; the public text, place and history stay.
     */
    public void anonymise(Instant now) {
        if (status != ConcernStatus.CLOSED) {
            throw new IllegalStateException("only a closed concern is anonymised");
        }
        reporterEmail = null;
        submissionToken = null;
        // which account reported it is the reporter's personal data too: the concern leaves their list
        reporterAccountId = null;
        anonymisedAt = now;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
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
