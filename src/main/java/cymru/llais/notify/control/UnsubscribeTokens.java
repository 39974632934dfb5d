package cymru.llais.notify.control;

import cymru.llais.shared.EmailAddress;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signed unsubscribe tokens: which e-mails to stop (a scope) for which address, under a secret key
 * (HMAC-SHA256), so that a link works without signing in and cannot be forged or changed. The address is
 * never in the token, only its keyed hash, which is also all the opt-out list keeps.
 */
public final class UnsubscribeTokens {

    /** 'all', 'concern:&lt;id&gt;' or 'ward:&lt;code&gt;'. */
    public static final Pattern SCOPE = Pattern.compile("all|concern:[0-9]{1,18}|ward:[A-Z0-9]{9}");
    private static final int MAC_CHARS = 43;
    private static final int MAX_TOKEN = 200;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] key;

    public UnsubscribeTokens(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("an unsubscribe key needs 16 bytes or more");
        }
        this.key = key.clone();
    }

    /** What a valid token asks: stop the e-mails of this scope to the address with this key. */
    public record Claim(String scope, String addressKey) {
    }

    /** The keyed hash of an address (letter case and spaces aside), as the opt-out list holds it. */
    public String addressKey(String email) {
        return HexFormat.of().formatHex(mac("address\n" + EmailAddress.normalise(email)));
    }

    public String sign(String scope, String email) {
        if (!SCOPE.matcher(scope).matches()) {
            throw new IllegalArgumentException("unknown scope " + scope);
        }
        String payload = scope + "|" + addressKey(email);
        return B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + B64.encodeToString(mac("unsubscribe\n" + payload));
    }

    /** The claim of a token this key signed; empty for anything else (forged, changed, cut short, malformed). */
    public Optional<Claim> verify(String token) {
        if (token == null || token.length() <= MAC_CHARS || token.length() > MAX_TOKEN || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        try {
            String payload = new String(B64D.decode(token.substring(0, token.length() - MAC_CHARS)), StandardCharsets.UTF_8);
            byte[] given = B64D.decode(token.substring(token.length() - MAC_CHARS));
            if (!MessageDigest.isEqual(given, mac("unsubscribe\n" + payload))) {
                return Optional.empty();
            }
            int bar = payload.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            String scope = payload.substring(0, bar);
            String address = payload.substring(bar + 1);
            if (!SCOPE.matcher(scope).matches() || !address.matches("[0-9a-f]{64}")) {
                return Optional.empty();
            }
            return Optional.of(new Claim(scope, address));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
