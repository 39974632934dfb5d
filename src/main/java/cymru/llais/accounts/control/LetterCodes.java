package cymru.llais.accounts.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The single-use codes posted to a resident's home address: twelve characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), about 59 bits of chance, printed as XXXX-XXXX-XXXX. Only SHA-256 of the account and the code
 * is stored, so a code cannot be read back from the database nor used for another account.
 */
public final class LetterCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LetterCodes() {
    }

    public static String generate() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The code as typed, without spaces or dashes, in capitals; null when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String c = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (c.length() != LENGTH) {
            return null;
        }
        for (char ch : c.toCharArray()) {
            if (ALPHABET.indexOf(ch) < 0) {
                return null;
            }
        }
        return c;
    }

    /** The stored form of a (normalised) code of an account. */
    public static String hash(long accountId, String normalised) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("address:" + accountId + ":" + normalised).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
