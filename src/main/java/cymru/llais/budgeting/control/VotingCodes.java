package cymru.llais.budgeting.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Single-use voting codes: twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 59 bits
 * of chance, printed as three groups of four. Only SHA-256 of the round and the code is stored, so the codes
 * cannot be read back from the database; with that much chance per code, guessing one from its hash is out of reach.
 */
public final class VotingCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Copied for each hash: {@code MessageDigest.getInstance} searches the security providers on every call, which
     * under ballot load cost more than the hashing itself.
     */
    private static final MessageDigest SHA_256 = sha256();

    private VotingCodes() {
    }

    /** A fresh code, as printed: XXXX-XXXX-XXXX. */
    public static String generate() {
        return random(LENGTH, 4);
    }

    /** A ballot's receipt code: ten characters of the same alphabet, as XXXXX-XXXXX. */
    public static String receipt() {
        return random(10, 5);
    }

    private static String random(int length, int group) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0 && i % group == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The code as typed, without spaces or dashes, in capitals; null when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
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

    /** The stored form of a (normalised) code of a round. */
    public static String hash(long roundId, String normalised) {
        MessageDigest sha;
        try {
            sha = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            sha = sha256();
        }
        return HexFormat.of().formatHex(sha.digest((roundId + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
