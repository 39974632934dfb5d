package cymru.llais.routing.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeysTest {

    @Test
    void aNewKeyIsOurPrefixAnd32RandomBytesInBase64Url() {
        String key = ApiKeys.generate();
        assertTrue(key.startsWith("llais_"), key);
        assertEquals("llais_".length() + 43, key.length(), key);
        assertTrue(key.matches("llais_[A-Za-z0-9_-]{43}"), key);
        assertTrue(ApiKeys.wellFormed(key));
    }

    @Test
    void newKeysAreNeverTheSame() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(keys.add(ApiKeys.generate()));
        }
    }

    @Test
    void theStoredHashIsTheSha256OfTheKeyInLowerCaseHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeys.hash("abc"));
        String key = ApiKeys.generate();
        assertTrue(ApiKeys.hash(key).matches("[0-9a-f]{64}"));
        assertEquals(ApiKeys.hash(key), ApiKeys.hash(key));
    }

    @Test
    void aKeyMatchesItsOwnHashOnly() {
        String key = ApiKeys.generate();
        String hash = ApiKeys.hash(key);
        assertTrue(ApiKeys.matches(key, hash));
        assertFalse(ApiKeys.matches(ApiKeys.generate(), hash));
        String oneCharacterOff = key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A");
        assertFalse(ApiKeys.matches(oneCharacterOff, hash));
        assertFalse(ApiKeys.matches(key, hash.toUpperCase()));
        assertFalse(ApiKeys.matches(key, null));
    }

    @Test
    void onlyTheFirstTwelveCharactersAreShown() {
        String key = ApiKeys.generate();
        assertEquals(12, ApiKeys.shown(key).length());
        assertTrue(key.startsWith(ApiKeys.shown(key)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "llais_has a space in it", "llais_<script>alert(1)</script>", "llais_ends-with-newline\n"})
    void whatCannotBeAKeyIsRefusedBeforeItIsHashed(String text) {
        assertFalse(ApiKeys.wellFormed(text), String.valueOf(text));
        assertFalse(ApiKeys.matches(text, text == null ? null : ApiKeys.hash(text)));
    }

    @Test
    void aKeyLongerThan128CharactersIsRefused() {
        assertTrue(ApiKeys.wellFormed("llais_" + "a".repeat(122)));
        assertFalse(ApiKeys.wellFormed("llais_" + "a".repeat(123)));
    }

    @Test
    void theDemoKeyHasTheFormOfAKey() {
        assertTrue(ApiKeys.wellFormed(cymru.llais.platform.DemoData.DEMO_OPEN311_KEY));
        assertNotEquals(cymru.llais.platform.DemoData.DEMO_OPEN311_KEY, ApiKeys.generate());
    }
}
