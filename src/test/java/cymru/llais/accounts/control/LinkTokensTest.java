package cymru.llais.accounts.control;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkTokensTest {

    @Test
    void aTokenIs32RandomBytesInBase64Url() {
        String token = LinkTokens.generate();
        assertEquals(43, token.length());
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(LinkTokens.wellFormed(token));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(LinkTokens.generate()), "no token twice");
        }
    }

    @Test
    void tokensAreStoredAsTheirSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LinkTokens.hash("abc"));
        String token = LinkTokens.generate();
        assertEquals(LinkTokens.hash(token), LinkTokens.hash(token), "the same token finds the same row");
        assertNotEquals(LinkTokens.hash(token), LinkTokens.hash(LinkTokens.generate()));
        assertFalse(LinkTokens.hash(token).contains(token));
    }

    @Test
    void anythingElseFromALinkIsRefusedBeforeItIsHashed() {
        assertFalse(LinkTokens.wellFormed(null));
        assertFalse(LinkTokens.wellFormed(""));
        assertFalse(LinkTokens.wellFormed("short"));
        assertFalse(LinkTokens.wellFormed(LinkTokens.generate() + "x"));
        assertFalse(LinkTokens.wellFormed("a".repeat(42) + "="));
        assertFalse(LinkTokens.wellFormed("' OR 1=1 --" + "a".repeat(32)));
    }
}
