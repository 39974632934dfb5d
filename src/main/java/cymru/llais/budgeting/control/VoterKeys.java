package cymru.llais.budgeting.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The voter key of an account in a round: "account:" and HMAC-SHA-256 of the round and the account under the
 * portal's voter key secret. The same account in the same round always has the same key (so pb_voter's primary
 * key holds one ballot per account), but the key names no account: without the secret nobody can tell from
 * pb_voter which accounts voted, nor match one account across rounds.
 */
public final class VoterKeys {

    public static final String ACCOUNT_PREFIX = "account:";

    private final byte[] secret;

    public VoterKeys(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("a secret of at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    public String account(long roundId, long accountId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("round:" + roundId + ":account:" + accountId).getBytes(StandardCharsets.UTF_8));
            return ACCOUNT_PREFIX + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
