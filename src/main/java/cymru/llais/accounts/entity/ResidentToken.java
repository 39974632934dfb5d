package cymru.llais.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A single-use link e-mailed to a resident. Only the SHA-256 of the token is kept, so that the table
 * gives nobody a working link; the token expires after its purpose's lifetime and works once.
 */
@Entity
@Table(name = "resident_token")
@NamedQuery(name = ResidentToken.BY_HASH, query = "SELECT t FROM ResidentToken t WHERE t.tokenHash = :hash")
public class ResidentToken {

    public static final String BY_HASH = "ResidentToken.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ResidentToken() {
    }

    /** A new token for the resident, valid from now for the purpose's lifetime. */
    public ResidentToken(Long residentId, TokenPurpose purpose, String tokenHash, Instant now) {
        if (residentId == null || purpose == null || tokenHash == null || tokenHash.length() != 64 || now == null) {
            throw new IllegalArgumentException("resident, purpose, a SHA-256 hash and the time are required");
        }
        this.residentId = residentId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** Whether the link still works: not used, not expired (the moment of expiry is too late). */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the link up; refused when it has been used or has expired. */
    public void consume(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("the link has been used or has expired");
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getResidentId() {
        return residentId;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
