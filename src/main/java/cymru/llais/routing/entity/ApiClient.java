package cymru.llais.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A client application of the Open311 API (an app, a council system) and its key. Only the key's
 * SHA-256 hash and its first characters are kept: the key itself is shown once, when it is made.
 */
@Entity
@Table(name = "api_client")
@NamedQuery(name = ApiClient.BY_HASH, query = "SELECT c FROM ApiClient c WHERE c.keyHash = :hash")
@NamedQuery(name = ApiClient.ALL, query = "SELECT c FROM ApiClient c ORDER BY c.active DESC, c.createdAt DESC, c.id DESC")
public class ApiClient {

    public static final String BY_HASH = "ApiClient.byHash";
    public static final String ALL = "ApiClient.all";
    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "key_hash", nullable = false, unique = true)
    private String keyHash;

    @Column(name = "key_prefix", nullable = false)
    private String keyPrefix;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiClient() {
    }

    public ApiClient(String name, String keyHash, String keyPrefix, Instant now) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a name of 1 to " + MAX_NAME + " characters is required");
        }
        if (keyHash == null || !keyHash.matches("[0-9a-f]{64}") || keyPrefix == null || keyPrefix.isEmpty() || keyPrefix.length() > 12) {
            throw new IllegalArgumentException("a SHA-256 hex hash and a prefix of up to 12 characters are required");
        }
        this.name = name.strip();
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.active = true;
        this.createdAt = now;
    }

    /** The key stops working at once and for good: a revoked client gets a new key by being added again. */
    public void revoke() {
        if (!active) {
            throw new IllegalStateException("already revoked");
        }
        active = false;
    }

    public void recordUse(Instant now) {
        if (!active) {
            throw new IllegalStateException("a revoked key is not used");
        }
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
