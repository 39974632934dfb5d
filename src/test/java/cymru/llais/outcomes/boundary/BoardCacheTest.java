package cymru.llais.outcomes.boundary;

import cymru.llais.shared.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardCacheTest {

    /** A GET of the board with these headers, cookies and query, and no session. */
    private static HttpServletRequest request(String method, String query, Map<String, String> headers, Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(BoardCacheTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getQueryString" -> query;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    case "getRequestedSessionId", "getSession" -> null;
                    case "getLocales" -> Collections.enumeration(headers.containsKey("Accept-Language")
                            ? List.of(Locale.forLanguageTag(headers.get("Accept-Language").split(",")[0])) : List.of(Locale.getDefault()));
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void anAnonymousVisitorGetsTheLanguageOfTheCookieThenOfTheBrowserThenEnglish() {
        assertEquals(Optional.of(Language.CY), BoardCache.anonymousLanguage(request("GET", null, Map.of("Accept-Language", "en"),
                new Cookie("llais_lang", "cy"))));
        assertEquals(Optional.of(Language.CY), BoardCache.anonymousLanguage(request("GET", "ward=W05000857", Map.of("Accept-Language", "cy"))));
        assertEquals(Optional.of(Language.EN), BoardCache.anonymousLanguage(request("GET", null, Map.of())));
    }

    @Test
    void aRequestThatCouldBePersonalOrSetsTheLanguageIsNeverServedFromTheCache() {
        assertEquals(Optional.empty(), BoardCache.anonymousLanguage(request("GET", null, Map.of(), new Cookie("JSESSIONID", "abc"))));
        assertEquals(Optional.empty(), BoardCache.anonymousLanguage(request("GET", null, Map.of("Authorization", "Basic eDp5"))));
        assertEquals(Optional.empty(), BoardCache.anonymousLanguage(request("GET", "lang=cy", Map.of())));
        assertEquals(Optional.empty(), BoardCache.anonymousLanguage(request("GET", "ward=W05000857&lang=en", Map.of())));
        assertEquals(Optional.empty(), BoardCache.anonymousLanguage(request("POST", null, Map.of())));
        assertEquals(Optional.empty(), BoardCache.anonymousLanguage(request("GET", "search=" + "a".repeat(400), Map.of())));
    }

    @Test
    void aPageWithAFacesFormBelongsToItsSessionAndIsNotCached() {
        assertTrue(BoardCache.tiedToSession("<form><input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"1:2\"/></form>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertFalse(BoardCache.tiedToSession("<form method=\"get\"><select name=\"ward\"></select></form>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theKeySeparatesLanguagesAndQueries() {
        assertNotEquals(BoardCache.key(Language.EN, null), BoardCache.key(Language.CY, null));
        assertNotEquals(BoardCache.key(Language.EN, "page=2"), BoardCache.key(Language.EN, "page=3"));
        assertEquals(BoardCache.key(Language.CY, "ward=W05000857"), BoardCache.key(Language.CY, "ward=W05000857"));
    }
}
