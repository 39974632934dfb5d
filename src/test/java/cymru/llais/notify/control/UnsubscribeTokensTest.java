package cymru.llais.notify.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("a secret of thirty-two characters".getBytes(StandardCharsets.UTF_8));

    @Test
    void aSignedTokenNamesItsScopeAndTheAddressKeyWithoutTheAddress() {
        String token = tokens.sign("concern:42", "Someone@Example.org");
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertTrue(!token.toLowerCase().contains("example"), token);
        UnsubscribeTokens.Claim claim = tokens.verify(token).orElseThrow();
        assertEquals("concern:42", claim.scope());
        assertEquals(tokens.addressKey(" someone@example.ORG "), claim.addressKey(), "letter case and spaces aside");
    }

    @Test
    void aChangedForgedOrCutTokenIsRefused() {
        String token = tokens.sign("ward:W05000857", "a@example.org");
        char last = token.charAt(token.length() - 1);
        assertTrue(tokens.verify(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A')).isEmpty());
        assertTrue(tokens.verify(token.substring(1)).isEmpty());
        assertTrue(tokens.verify(token.substring(0, 50)).isEmpty());
        assertTrue(tokens.verify("").isEmpty());
        assertTrue(tokens.verify(null).isEmpty());
        assertTrue(tokens.verify("<script>alert(1)</script>").isEmpty());
        assertTrue(tokens.verify("x".repeat(5000)).isEmpty());
        String other = new UnsubscribeTokens("another secret, also long enough".getBytes(StandardCharsets.UTF_8))
                .sign("ward:W05000857", "a@example.org");
        assertTrue(tokens.verify(other).isEmpty(), "signed with another key");
    }

    @Test
    void aTokenForOneScopeCannotBeTurnedIntoAnother() {
        String concern = tokens.sign("concern:1", "a@example.org");
        String all = tokens.sign("all", "a@example.org");
        String spliced = all.substring(0, all.length() - 43) + concern.substring(concern.length() - 43);
        assertTrue(tokens.verify(spliced).isEmpty());
    }

    @Test
    void differentAddressesHaveDifferentKeysAndUnknownScopesAreNotSigned() {
        assertNotEquals(tokens.addressKey("a@example.org"), tokens.addressKey("b@example.org"));
        assertEquals(64, tokens.addressKey("a@example.org").length());
        assertThrows(IllegalArgumentException.class, () -> tokens.sign("everything", "a@example.org"));
        assertThrows(IllegalArgumentException.class, () -> new UnsubscribeTokens(new byte[4]));
    }
}
