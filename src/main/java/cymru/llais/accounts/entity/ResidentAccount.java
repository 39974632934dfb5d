package cymru.llais.accounts.entity;

import cymru.llais.shared.EmailAddress;
import cymru.llais.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A resident's account: the address they sign in with (unique, in lower case), a PBKDF2 password hash, the
 * language of every e-mail they get, an optional name that is never shown publicly, and when the address
 * was verified. An unverified account cannot sign in.
 */
@Entity
@Table(name = "resident_account")
@NamedQuery(name = ResidentAccount.BY_EMAIL, query = "SELECT r FROM ResidentAccount r WHERE r.email = :email")
public class ResidentAccount {

    public static final String BY_EMAIL = "ResidentAccount.byEmail";
    /** The Jakarta Security group and role of a signed-in resident. */
    public static final String ROLE = "RESIDENT";
    public static final int MAX_DISPLAY_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String language;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected ResidentAccount() {
    }

    public ResidentAccount(String email, String passwordHash, Language language, String displayName, Instant now) {
        if (email == null || email.isBlank() || passwordHash == null || language == null || now == null) {
            throw new IllegalArgumentException("e-mail, password, language and time are required");
        }
        this.email = normalise(email);
        this.passwordHash = passwordHash;
        this.language = language.code();
        this.displayName = cleanName(displayName);
        this.createdAt = now;
    }

    /** How addresses are compared and stored: without surrounding spaces, in lower case. */
    public static String normalise(String email) {
        return EmailAddress.normalise(email);
    }

    private static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        if (n.codePointCount(0, n.length()) > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("name too long");
        }
        return n;
    }

    /** The address is proven to be the resident's; true only the first time. */
    public boolean verify(Instant now) {
        if (verifiedAt != null) {
            return false;
        }
        verifiedAt = now;
        return true;
    }

    public void changePassword(String newHash) {
        if (newHash == null) {
            throw new IllegalArgumentException("a password hash is required");
        }
        this.passwordHash = newHash;
    }

    public void changeLanguage(Language language) {
        if (language == null) {
            throw new IllegalArgumentException("a language is required");
        }
        this.language = language.code();
    }

    public void rename(String displayName) {
        this.displayName = cleanName(displayName);
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Language getLanguage() {
        return Language.fromCode(language).orElse(Language.EN);
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
