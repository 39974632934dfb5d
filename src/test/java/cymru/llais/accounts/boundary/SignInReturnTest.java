package cymru.llais.accounts.boundary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignInReturnTest {

    @ParameterizedTest
    @ValueSource(strings = {"/outcomes/view.xhtml?id=5", "/account/concerns.xhtml", "/budgeting/vote.xhtml?round=3&lang=cy"})
    void aPageOfThePortalIsFollowed(String next) {
        assertEquals(Optional.of(next), SignIn.returnPage(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://evil.example/", "//evil.example/x.xhtml", "/\\evil.example/x.xhtml", "outcomes/view.xhtml",
            "/../WEB-INF/web.xml", "/outcomes/view.xhtml?id=%0d%0aSet-Cookie:x", "/outcomes/view.xhtml#frag", "/x.xhtml?a=<b>",
            "/signin.xhtml?next=/signin.xhtml", "javascript:alert(1)", "/outcomes/", "/outcomes/feed.xml"})
    void anythingElseIsIgnored(String next) {
        assertEquals(Optional.empty(), SignIn.returnPage(next));
    }

    @org.junit.jupiter.api.Test
    void noneIsIgnored() {
        assertEquals(Optional.empty(), SignIn.returnPage(null));
    }
}
