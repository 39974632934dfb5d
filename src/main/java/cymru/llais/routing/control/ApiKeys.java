package cymru.llais.routing.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * API keys of Open311 client applications: 32 random bytes, base64url, after the prefix
 * {@code llais_}, so a key found in a log or a repository is recognisable as ours. A key has 256 bits
 * of randomness, so a plain SHA-256 hash (not a slow password hash) is enough to store it: nobody can
 * guess a key from its hash, and the hash finds the client in one indexed look-up.
 */
public final class ApiKeys {

    public static final String PREFIX = "llais_";
    /** How many leading characters of a key are kept, to tell keys apart in the administrator's list. */
    public static final int SHOWN = 12;
    /** No key we make is longer; anything longer is refused before it is hashed. */
    public static final int MAX_LENGTH = 128;
    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{16," + MAX_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new key, never seen before (with overwhelming probability). */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text can be a key at all: letters, digits, - and _, 16 to 128 of them. */
    public static boolean wellFormed(String key) {
        return key != null && FORM.matcher(key).matches();
    }

    /** The SHA-256 hash of a key, 64 lower-case hexadecimal digits: what is stored. */
    public static String hash(String key) {
        if (key == null) {
            throw new IllegalArgumentException("no key");
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The first characters of a key, shown in the administrator's list. */
    public static String shown(String key) {
        return key.substring(0, Math.min(SHOWN, key.length()));
    }

    /** Whether a presented key is the one with this stored hash, compared in constant time. */
    public static boolean matches(String key, String storedHash) {
        if (!wellFormed(key) || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
