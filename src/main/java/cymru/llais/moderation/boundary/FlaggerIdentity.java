package cymru.llais.moderation.boundary;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Who flags a concern, as the one-flag-per-person key: SHA-256 of a random value kept in this browser's
 * session. A signed-in resident is "account:&lt;id&gt;" instead (see
 * {@link #forAccount(long)}), so one resident has one flag per concern across browsers.
 */
@SessionScoped
public class FlaggerIdentity implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private String browser;

    /** The key of this browser's session. */
    public synchronized String key() {
        if (browser == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            browser = HexFormat.of().formatHex(bytes);
        }
        return sha256("browser:" + browser);
    }

    /** The key of a signed-in resident's account. */
    public static String forAccount(long accountId) {
        return sha256("account:" + accountId);
    }

    /** The key of someone identified otherwise (the demo data's resident). */
    public static String keyOf(String seed) {
        return sha256("other:" + seed);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
