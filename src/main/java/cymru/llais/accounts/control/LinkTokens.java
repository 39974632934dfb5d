package cymru.llais.accounts.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The tokens of e-mailed links (verify an address, reset a password): 32 random bytes in base64url.
 * With 256 bits of randomness a plain SHA-256 is enough to store one (nobody finds a token from its hash),
 * and the hash finds the token's row in one indexed look-up, so tokens are compared by hash, never as typed.
 */
public final class LinkTokens {

    private static final int RANDOM_BYTES = 32;
    /** 32 bytes in base64url without padding. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {
    }

    /** A new, unguessable token for a link. */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text from a link can be one of our tokens at all; anything else is refused before it is hashed. */
    public static boolean wellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    /** The SHA-256 of a token, 64 lower-case hexadecimal digits: what is stored and looked up. */
    public static String hash(String token) {
        if (token == null) {
            throw new IllegalArgumentException("no token");
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
