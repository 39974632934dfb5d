package cymru.llais.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * A resident's home address and its verification by post, like Decidim's "code by postal letter": the resident
 * gives the address (and so its ward); the administrator's letter export gives it a single-use code (kept hashed)
 * and posts it; the resident types the code and the address is verified. Changing the address starts again.
 * A letter's code works for {@link #CODE_VALIDITY} and for {@link #MAX_WRONG_CODES} wrong tries; then the
 * resident asks for a new letter.
 */
@Entity
@Table(name = "resident_address")
public class ResidentAddress {

    public static final Duration CODE_VALIDITY = Duration.ofDays(60);
    public static final int MAX_WRONG_CODES = 5;

    /** Where the verification stands. */
    public enum Status {
        AWAITING_LETTER, LETTER_SENT, VERIFIED;

        public String key() {
            return switch (this) {
                case AWAITING_LETTER -> "account.address.status.awaiting_letter";
                case LETTER_SENT -> "account.address.status.letter_sent";
                case VERIFIED -> "account.address.status.verified";
            };
        }
    }

    /** What typing a code did. */
    public enum CodeResult { VERIFIED, WRONG, EXPIRED, USED, NO_LETTER, TOO_MANY }

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    @Column(nullable = false)
    private String line1;

    private String line2;

    @Column(nullable = false)
    private String town;

    @Column(nullable = false)
    private String postcode;

    @Column(name = "ward_code", nullable = false)
    private String wardCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "letter_at")
    private Instant letterAt;

    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;

    @Column(name = "wrong_codes", nullable = false)
    private int wrongCodes;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Version
    private int version;

    protected ResidentAddress() {
    }

    public ResidentAddress(Long residentId, String line1, String line2, String town, String postcode, String wardCode, Instant now) {
        if (residentId == null) {
            throw new IllegalArgumentException("an address belongs to an account");
        }
        this.residentId = residentId;
        change(line1, line2, town, postcode, wardCode, now);
    }

    /** A new (or the same) address: checked by the caller; any verification and any letter's code are gone. */
    public void change(String line1, String line2, String town, String postcode, String wardCode, Instant now) {
        if (line1 == null || town == null || postcode == null || wardCode == null || now == null) {
            throw new IllegalArgumentException("line, town, postcode and ward are required");
        }
        this.line1 = line1;
        this.line2 = line2;
        this.town = town;
        this.postcode = postcode;
        this.wardCode = wardCode;
        this.givenAt = now;
        this.status = Status.AWAITING_LETTER;
        this.codeHash = null;
        this.letterAt = null;
        this.codeExpiresAt = null;
        this.wrongCodes = 0;
        this.verifiedAt = null;
    }

    /** The letter with this code (hashed) has been printed; false when the address was not waiting for one. */
    public boolean letterPrinted(String codeHash, Instant now) {
        if (status != Status.AWAITING_LETTER || codeHash == null) {
            return false;
        }
        this.status = Status.LETTER_SENT;
        this.codeHash = codeHash;
        this.letterAt = now;
        this.codeExpiresAt = now.plus(CODE_VALIDITY);
        this.wrongCodes = 0;
        return true;
    }

    /** The resident types the code of their letter ({@code typedHash} null when it cannot be a code at all). */
    public CodeResult enterCode(String typedHash, Instant now) {
        if (status == Status.VERIFIED) {
            return CodeResult.USED;
        }
        if (status != Status.LETTER_SENT) {
            return CodeResult.NO_LETTER;
        }
        if (wrongCodes >= MAX_WRONG_CODES) {
            return CodeResult.TOO_MANY;
        }
        if (!now.isBefore(codeExpiresAt)) {
            return CodeResult.EXPIRED;
        }
        if (typedHash == null || !java.security.MessageDigest.isEqual(typedHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                codeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            wrongCodes++;
            return wrongCodes >= MAX_WRONG_CODES ? CodeResult.TOO_MANY : CodeResult.WRONG;
        }
        status = Status.VERIFIED;
        verifiedAt = now;
        return CodeResult.VERIFIED;
    }

    /** Whether the letter's code can no longer be used (expired, or too many wrong tries), so a new letter may be asked for. */
    public boolean letterUnusable(Instant now) {
        return status == Status.LETTER_SENT && (wrongCodes >= MAX_WRONG_CODES || !now.isBefore(codeExpiresAt));
    }

    /** Asks for a new letter when the last one can no longer be used; false otherwise. */
    public boolean askForNewLetter(Instant now) {
        if (!letterUnusable(now)) {
            return false;
        }
        status = Status.AWAITING_LETTER;
        codeHash = null;
        letterAt = null;
        codeExpiresAt = null;
        wrongCodes = 0;
        return true;
    }

    /** Verified without a letter: only for the demo data. */
    public void verifyForDemo(Instant now) {
        status = Status.VERIFIED;
        verifiedAt = now;
    }

    public boolean isVerified() {
        return status == Status.VERIFIED;
    }

    public Long getResidentId() {
        return residentId;
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getWardCode() {
        return wardCode;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getLetterAt() {
        return letterAt;
    }

    public Instant getCodeExpiresAt() {
        return codeExpiresAt;
    }

    public int getWrongCodes() {
        return wrongCodes;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
