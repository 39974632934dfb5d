package cymru.llais.testing;

import java.net.http.HttpResponse;

/** Residents' accounts made the way a resident makes one: the sign-up form, the e-mailed link, the password. */
public final class Residents {

    public static final String PASSWORD = "Fy nghyfrinair hir 1";

    private Residents() {
    }

    /** Signs up with the address, follows the link in the e-mail and confirms: the client is then signed in as the resident. */
    public static Http verified(String base, String email, String language) throws Exception {
        Http http = new Http(base).always("X-Forwarded-For", "203.0.113." + (System.nanoTime() % 250 + 1) + "-" + System.nanoTime());
        HttpResponse<String> signUp = Faces.submit(http, "account/signup.xhtml?lang=" + language, "signup", "signup-button",
                "email", email, "password", PASSWORD, "passwordAgain", PASSWORD,
                "signup:language", "cy".equals(language) ? "languageCy:cy" : "languageEn:en", "displayName", "");
        if (signUp.statusCode() != 302) {
            throw new AssertionError("sign-up refused: " + signUp.statusCode());
        }
        String link = Mailbox.linkIn(Mailbox.mailTo(email, "cy".equals(language) ? "Dilyswch" : "Confirm"));
        HttpResponse<String> verified = Faces.submit(http, link, "verify", "verify-button", "password", PASSWORD);
        if (verified.statusCode() != 302 || !verified.headers().firstValue("Location").orElse("").contains("/account/")) {
            throw new AssertionError("verification refused: " + verified.statusCode() + " " + verified.body());
        }
        return http;
    }

    /** Signs in on the shared form; true when the portal took the resident to their pages. */
    public static boolean signIn(Http http, String email, String password) throws Exception {
        HttpResponse<String> r = Faces.submit(http, "signin.xhtml", "signin", "signin-button", "email", email, "password", password);
        return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/account/");
    }

    /** Follows a concern from its public page, as the signed-in resident. */
    public static void follow(Http resident, String reference) throws Exception {
        String page = resident.get("concerns/view.xhtml?ref=" + reference + "&lang=en").body();
        HttpResponse<String> r = Faces.submitOn(resident, "concerns/view.xhtml?ref=" + reference, page, "follow", "follow-button",
                "followRef", reference);
        if (r.statusCode() != 302) {
            throw new AssertionError("following refused: " + r.statusCode() + " " + r.body());
        }
    }

    /** Subscribes the signed-in resident to a ward's outcomes at the frequency (IMMEDIATE, DAILY, WEEKLY). */
    public static void subscribe(Http resident, String ward, String frequency) throws Exception {
        HttpResponse<String> r = Faces.submit(resident, "account/subscriptions.xhtml?lang=en", "wardSubscribe", "subscribe-button",
                "ward", ward, "frequency", frequency);
        if (r.statusCode() != 302) {
            throw new AssertionError("subscribing refused: " + r.statusCode() + " " + r.body());
        }
    }
}
