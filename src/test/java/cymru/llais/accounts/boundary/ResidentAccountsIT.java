package cymru.llais.accounts.boundary;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.RateLimitProbe;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cymru.llais.testing.Mailbox.countTo;
import static cymru.llais.testing.Mailbox.firstMailTo;
import static cymru.llais.testing.Mailbox.html;
import static cymru.llais.testing.Mailbox.text;
import static cymru.llais.testing.Mailbox.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Residents' accounts on a real portal with a real database and SMTP server: sign-up with a verified
 * address that claims earlier reports, sign-in and sign-out on the shared form, password resets by
 * single-use links, following concerns, the pages a resident may and may not reach, and the rate limits.
 * No answer tells whether an address has an account.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class ResidentAccountsIT {

    private static final String PASSWORD = "Fy nghyfrinair hir 1";
    private static final String STAFF = "cyngor@llais.example";
    private static final String STAFF_PASSWORD = "Llais-demo-2026!";
    private static final String CATHAYS = "W05000857";
    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/(?:account/(?:verify|reset)\\.xhtml\\?token=[A-Za-z0-9_-]+&lang=(?:cy|en)))");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    /** A client of its own (X-Forwarded-For), so that its requests count against no other test's rate limits. */
    private Http client() {
        return http().always("X-Forwarded-For", "198.51.100." + (System.nanoTime() % 250 + 1) + "-" + System.nanoTime());
    }

    private static String address(String who) {
        return who + "-" + System.nanoTime() + "@example.org";
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    // ---- what a resident does

    private String reportByApi(String category, String email) throws Exception {
        var json = Json.createObjectBuilder().add("category", category).add("ward", CATHAYS)
                .add("description", "Mae rhywbeth yn digwydd yma bob nos ac mae angen help arnom ni.").add("language", "cy");
        String body = (email == null ? json : json.add("email", email)).build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return json(r).getString("reference");
    }

    private static String languageChoice(String language) {
        return "cy".equals(language) ? "languageCy:cy" : "languageEn:en";
    }

    private HttpResponse<String> signUp(Http http, String email, String password, String language) throws Exception {
        return Faces.submit(http, "account/signup.xhtml?lang=" + language, "signup", "signup-button",
                "email", email, "password", password, "passwordAgain", password,
                "signup:language", languageChoice(language), "displayName", "");
    }

    /** Signs up, follows the link in the e-mail and confirms with the password: the resident is then signed in. */
    private Http verifiedResident(String email, String language) throws Exception {
        Http http = http();
        assertEquals(302, signUp(http, email, PASSWORD, language).statusCode());
        String link = linkIn(firstMailTo(email, "cy".equals(language) ? "Dilyswch" : "Confirm"));
        HttpResponse<String> verified = Faces.submit(http, link, "verify", "verify-button", "password", PASSWORD);
        assertEquals(302, verified.statusCode(), verified.body());
        assertTrue(verified.headers().firstValue("Location").orElse("").contains("/account/concerns.xhtml"));
        return http;
    }

    private static HttpResponse<String> signIn(Http http, String email, String password) throws Exception {
        return Faces.submit(http, "signin.xhtml", "signin", "signin-button", "email", email, "password", password);
    }

    private static boolean signedInAsResident(HttpResponse<String> r) {
        return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/account/concerns.xhtml");
    }

    // ---- e-mails

    /** The link of a verification or reset e-mail, as a path on the portal under test. */
    private static String linkIn(MimeMessage m) throws Exception {
        Matcher matcher = LINK.matcher(text(m));
        assertTrue(matcher.find(), text(m));
        return matcher.group(1).substring(1);
    }

    private static void sql(String statement, Object... parameters) throws Exception {
        try (Connection db = DriverManager.getConnection(TestServers.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    // ---- the tests

    @Test
    void aResidentWhoReportedWithoutAnAccountSignsUpInWelshAndTheVerifiedAddressClaimsTheEarlierConcerns() throws Exception {
        String email = address("sian");
        String typedDifferently = email.toUpperCase(java.util.Locale.ROOT);
        String publicOne = reportByApi("street-lighting", typedDifferently);
        String sensitiveOne = reportByApi("domestic-abuse", email);
        String someoneElses = reportByApi("speeding", address("rhywun-arall"));

        Http http = http();
        HttpResponse<String> signedUp = signUp(http, email, PASSWORD, "cy");
        assertEquals(302, signedUp.statusCode(), signedUp.body());
        String sent = http.get(signedUp.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(sent.contains("Edrychwch ar eich e-bost"), sent);

        MimeMessage verification = firstMailTo(email, "Dilyswch eich cyfeiriad e-bost");
        assertEquals("cy", verification.getHeader("Content-Language")[0]);
        assertTrue(text(verification).startsWith("Helo,"), text(verification));
        assertTrue(text(verification).contains("o fewn 24 awr"), text(verification));
        assertTrue(html(verification).startsWith("<!DOCTYPE html><html lang=\"cy\">"));
        String link = linkIn(verification);
        assertTrue(link.endsWith("&lang=cy"), link);

        assertFalse(signedInAsResident(signIn(http(), email, PASSWORD)), "not before the address is verified");

        String landing = http.get(link).body();
        assertTrue(landing.contains("Dilysu eich cyfeiriad e-bost"), landing);
        HttpResponse<String> wrong = Faces.submitOn(http, link, landing, "verify", "verify-button", "password", "not the password at all");
        assertTrue(wrong.body().contains("Dydy’r cyfrinair ddim yn gywir."), wrong.body());
        HttpResponse<String> verified = Faces.submit(http, link, "verify", "verify-button", "password", PASSWORD);
        assertEquals(302, verified.statusCode(), verified.body());

        String mine = http.get(verified.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(mine.contains("Fy mhryderon"), mine);
        assertTrue(mine.contains("Mae eich cyfeiriad e-bost wedi’i ddilysu ac rydych chi wedi mewngofnodi."), mine);
        assertTrue(mine.contains("Mae dau bryder cynharach gyda’ch cyfeiriad e-bost bellach yn eich rhestr."), mine);
        assertTrue(mine.contains(publicOne) && mine.contains(sensitiveOne), mine);
        assertFalse(mine.contains(someoneElses));
        assertFalse(mine.contains(email), "the list never repeats the address");

        HttpResponse<String> ownSensitive = http.get("concerns/view.xhtml?ref=" + sensitiveOne);
        assertEquals(200, ownSensitive.statusCode(), "the reporter sees their sensitive concern's page");
        assertTrue(ownSensitive.body().contains("999"));
        assertEquals(404, http().get("concerns/view.xhtml?ref=" + sensitiveOne).statusCode(), "nobody else does");

        String usedAgain = http().get(link).body();
        assertTrue(usedAgain.contains("Mae’r ddolen hon wedi dod i ben, mae hi eisoes wedi cael ei defnyddio"), usedAgain);
    }

    @Test
    void aSignedInResidentsReportBelongsToTheAccountAndItsEmailIsInTheAccountsLanguage() throws Exception {
        String email = address("reporter");
        Http http = verifiedResident(email, "en");
        String form = http.get("concerns/report.xhtml?lang=cy").body();
        assertFalse(form.contains("id=\"email\""), "a signed-in resident is not asked for an address");
        HttpResponse<String> reported = http.postMultipart("concerns/report.xhtml", Http.fields(
                "report", "report",
                "token", Http.hidden(form, "token"),
                "category", "fly-tipping",
                "latitude", "51.4905",
                "longitude", "-3.1745",
                "ward", "",
                "locationText", "",
                "description", "Mae soffa wedi cael ei gadael yn y lôn gefn ers dydd Sul.",
                "report:language", "languageCy:cy",
                "email", "someone-else@example.org",
                "submit", "Anfon",
                "jakarta.faces.ViewState", Http.viewState(form)), "photo", null);
        assertEquals(302, reported.statusCode(), reported.body());
        Matcher reference = Pattern.compile("LL-\\d{4}-\\d{6}").matcher(reported.headers().firstValue("Location").orElseThrow());
        assertTrue(reference.find());

        MimeMessage confirmation = firstMailTo(email, reference.group());
        assertEquals("We have received your report " + reference.group(), confirmation.getSubject(),
                "in the account's language, although the page was Welsh");
        assertEquals(0, countTo("someone-else@example.org"), "the address typed into the form is not used");
        assertTrue(http.get("account/concerns.xhtml?lang=en").body().contains(reference.group()));
    }

    @Test
    void anUnverifiedAccountCannotSignInAndGetsTheSameAnswerAsAWrongPassword() throws Exception {
        String email = address("unverified");
        assertEquals(302, signUp(http(), email, PASSWORD, "en").statusCode());
        String firstLink = linkIn(firstMailTo(email, "Confirm your e-mail address"));

        HttpResponse<String> unverified = signIn(http(), email, PASSWORD);
        HttpResponse<String> wrongPassword = signIn(http(), email, "a wrong password here");
        HttpResponse<String> unknown = signIn(http(), address("nobody"), PASSWORD);
        for (HttpResponse<String> r : List.of(unverified, wrongPassword, unknown)) {
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("The e-mail address or password is not right, the address has not been confirmed yet"), r.body());
        }

        HttpResponse<String> resendWaiting = Faces.submit(http(), "account/resend.xhtml?lang=en", "resend", "resend-button", "email", email);
        HttpResponse<String> resendUnknown = Faces.submit(http(), "account/resend.xhtml?lang=en", "resend", "resend-button",
                "email", address("nobody"));
        assertEquals(302, resendWaiting.statusCode());
        assertEquals(resendWaiting.headers().firstValue("Location"), resendUnknown.headers().firstValue("Location"), "the same answer");
        String answer = http().get(resendWaiting.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(answer.contains("If an account with this address is waiting to be confirmed, we have sent a new link to it."), answer);

        List<MimeMessage> links = waitFor(email, "Confirm your e-mail address", 2);
        String newLink = linkIn(links.get(1));
        assertNotEquals(firstLink, newLink);
        assertTrue(http().get(firstLink).body().contains("has been replaced by a newer one"), "the older link no longer works");
        Http http = http();
        assertEquals(302, Faces.submit(http, newLink, "verify", "verify-button", "password", PASSWORD).statusCode());
        assertTrue(signedInAsResident(signIn(http(), email, PASSWORD)), "verified, the account signs in");
    }

    @Test
    void signingUpWithAnAddressThatHasAnAccountAnswersTheSameAndTellsItsOwner() throws Exception {
        String email = address("perchennog");
        verifiedResident(email, "cy");
        String fresh = address("newydd");

        HttpResponse<String> again = signUp(http(), email, "A different password 2", "en");
        HttpResponse<String> firstTime = signUp(http(), fresh, "A different password 2", "en");
        assertEquals(firstTime.statusCode(), again.statusCode());
        assertEquals(firstTime.headers().firstValue("Location"), again.headers().firstValue("Location"), "the same answer");
        assertEquals(http().get(firstTime.headers().firstValue("Location").orElseThrow() + "&lang=en").body(),
                http().get(again.headers().firstValue("Location").orElseThrow() + "&lang=en").body());

        MimeMessage notice = firstMailTo(email, "Mae rhywun wedi ceisio creu cyfrif");
        assertEquals("cy", notice.getHeader("Content-Language")[0], "in the owner's language, not the stranger's");
        assertTrue(text(notice).contains("/account/forgot.xhtml?lang=cy"), text(notice));
        assertFalse(text(notice).contains("token="), "the notice carries no link that changes anything");
        assertEquals(2, countTo(email), "a verification e-mail and the notice, nothing else");
        assertTrue(signedInAsResident(signIn(http(), email, PASSWORD)), "the account and its password are unchanged");
        assertFalse(signedInAsResident(signIn(http(), email, "A different password 2")));
    }

    @Test
    void aResetLinkWorksOnceReplacesEarlierLinksAndTheOldPasswordNoLongerWorks() throws Exception {
        String email = address("ailosod");
        verifiedResident(email, "cy");

        HttpResponse<String> known = Faces.submit(http(), "account/forgot.xhtml?lang=cy", "forgot", "forgot-button", "email", email);
        HttpResponse<String> unknown = Faces.submit(http(), "account/forgot.xhtml?lang=cy", "forgot", "forgot-button",
                "email", address("neb"));
        assertEquals(302, known.statusCode());
        assertEquals(known.headers().firstValue("Location"), unknown.headers().firstValue("Location"), "the same answer");
        String answer = http().get(known.headers().firstValue("Location").orElseThrow() + "&lang=cy").body();
        assertTrue(answer.contains("Os oes cyfrif gyda’r cyfeiriad hwn, rydym ni wedi anfon dolen ato."), answer);
        String first = linkIn(firstMailTo(email, "Ailosod eich cyfrinair"));

        Faces.submit(http(), "account/forgot.xhtml?lang=cy", "forgot", "forgot-button", "email", email.toUpperCase(java.util.Locale.ROOT));
        String second = linkIn(waitFor(email, "Ailosod eich cyfrinair", 2).get(1));
        assertTrue(http().get(first).body().contains("Mae’r ddolen hon wedi dod i ben"), "a new link replaces the older one");

        Http http = http();
        String page = http.get(second).body();
        HttpResponse<String> mismatch = Faces.submitOn(http, second, page, "reset", "reset-button",
                "password", "Cyfrinair newydd sbon 3", "passwordAgain", "Cyfrinair newydd sbon 4");
        assertTrue(mismatch.body().contains("Dydy’r ddau gyfrinair ddim yr un fath."), mismatch.body());
        HttpResponse<String> reset = Faces.submit(http, second, "reset", "reset-button",
                "password", "Cyfrinair newydd sbon 3", "passwordAgain", "Cyfrinair newydd sbon 3");
        assertEquals(302, reset.statusCode(), reset.body());
        String signInPage = http.get(reset.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(signInPage.contains("Mae eich cyfrinair wedi’i newid."), signInPage);

        assertFalse(signedInAsResident(signIn(http(), email, PASSWORD)), "the old password no longer works");
        assertTrue(signedInAsResident(signIn(http(), email, "Cyfrinair newydd sbon 3")));

        String usedCy = http().get(second).body();
        String usedEn = http().get(second.replace("lang=cy", "lang=en")).body();
        assertTrue(usedCy.contains("Mae’r ddolen hon wedi dod i ben, mae hi eisoes wedi cael ei defnyddio"), usedCy);
        assertTrue(usedEn.contains("This link has expired, has already been used"), usedEn);
        assertFalse(usedEn.contains("id=\"reset\""), "no form to post");
        HttpResponse<String> replay = Faces.submitOn(http, second, page, "reset", "reset-button",
                "password", "Cyfrinair arall eto 5", "passwordAgain", "Cyfrinair arall eto 5");
        assertFalse(replay.statusCode() == 302, "the used link changes nothing, even from the page it was opened on");
        assertFalse(signedInAsResident(signIn(http(), email, "Cyfrinair arall eto 5")));
    }

    @Test
    void anExpiredResetLinkIsRefusedInBothLanguages() throws Exception {
        String email = address("hen-ddolen");
        verifiedResident(email, "en");
        Faces.submit(http(), "account/forgot.xhtml?lang=en", "forgot", "forgot-button", "email", email);
        String link = linkIn(firstMailTo(email, "Reset your password"));
        assertTrue(http().get(link).body().contains("id=\"reset\""), "the link works within the hour");

        sql("UPDATE resident_token t JOIN resident_account a ON a.id = t.resident_id SET t.expires_at = ?"
                + " WHERE a.email = ? AND t.purpose = 'RESET'", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1), email);
        String en = http().get(link).body();
        String cy = http().get(link.replace("lang=en", "lang=cy")).body();
        assertTrue(en.contains("This link has expired, has already been used, or has been replaced by a newer one."), en);
        assertTrue(cy.contains("Mae’r ddolen hon wedi dod i ben"), cy);
        assertTrue(en.contains("/account/forgot.xhtml") && cy.contains("Gofyn am ddolen newydd"), "and a way to ask again");
    }

    @Test
    void aResidentFollowsAConcernFindsItInTheirSubscriptionsAndStopsFollowingIt() throws Exception {
        String reference = reportByApi("anti-social-behaviour", null);
        String othersSensitive = reportByApi("hate-incident", address("arall"));
        Http http = verifiedResident(address("dilynwr"), "en");

        String page = http.get("concerns/view.xhtml?ref=" + reference + "&lang=en").body();
        assertTrue(page.contains("Follow this concern"), page);
        HttpResponse<String> follow = Faces.submitOn(http, "concerns/view.xhtml?ref=" + reference, page, "follow", "follow-button",
                "followRef", reference);
        assertEquals(302, follow.statusCode(), follow.body());
        String after = http.get(follow.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(after.contains("You now follow this concern."), after);
        assertTrue(after.contains("Stop following"), after);

        String subscriptions = http.get("account/subscriptions.xhtml?lang=en").body();
        assertTrue(subscriptions.contains(reference), subscriptions);
        assertTrue(subscriptions.contains("When a concern you follow changes, we send you an e-mail in your language."), subscriptions);
        assertTrue(subscriptions.contains("You follow one concern."), subscriptions);
        assertTrue(http.get("account/subscriptions.xhtml?lang=cy").body().contains("Rydych chi’n dilyn un pryder."));

        HttpResponse<String> forged = Faces.submitOn(http, "concerns/view.xhtml?ref=" + reference, page, "follow", "follow-button",
                "followRef", othersSensitive);
        assertEquals(302, forged.statusCode());
        assertEquals(0, count("SELECT COUNT(*) FROM concern_follower f JOIN concern c ON c.id = f.concern_id WHERE c.reference = ?",
                othersSensitive), "nobody follows another's sensitive concern");
        assertEquals(1, count("SELECT COUNT(*) FROM concern_follower f JOIN concern c ON c.id = f.concern_id WHERE c.reference = ?",
                reference), "the public one is followed");
        assertFalse(http.get("account/subscriptions.xhtml").body().contains(othersSensitive));

        String list = http.get("account/subscriptions.xhtml?lang=en").body();
        Matcher unfollow = Pattern.compile("name=\"([^\"]+)\" value=\"Stop following\"").matcher(list);
        assertTrue(unfollow.find(), list);
        HttpResponse<String> stopped = Faces.submitOn(http, "account/subscriptions.xhtml", list, "subscriptions", unfollow.group(1));
        assertEquals(302, stopped.statusCode(), stopped.body());
        String emptied = http.get(stopped.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(emptied.contains("You no longer follow concern " + reference + "."), emptied);
        assertTrue(emptied.contains("You are not following any concerns."), emptied);
    }

    @Test
    void aResidentSignsInToTheirConcernsInTheirLanguageAndSignsOut() throws Exception {
        String email = address("mewngofnodi");
        verifiedResident(email, "cy");
        Http http = http();
        String before = sessionCookie(http.get("signin.xhtml?lang=en"));
        assertFalse(before.isEmpty(), "the sign-in form starts a session");
        HttpResponse<String> signedIn = signIn(http, email, PASSWORD);
        assertTrue(signedInAsResident(signedIn), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("lang=cy"), "the account's language");
        assertNotEquals(before, sessionCookie(signedIn), "a new session id at sign-in");
        assertEquals(200, http.get("account/index.xhtml").statusCode());
        assertTrue(http.get("account/index.xhtml").body().contains(email));

        String home = http.get("?lang=cy").body();
        assertTrue(home.contains("Allgofnodi"), home);
        HttpResponse<String> out = Faces.submitOn(http, "index.xhtml", home, "signout", "signout-button");
        assertEquals(302, out.statusCode());
        HttpResponse<String> afterwards = http.get("account/index.xhtml");
        assertEquals(302, afterwards.statusCode());
        assertTrue(afterwards.headers().firstValue("Location").orElse("").contains("signin.xhtml"));
    }

    @Test
    void theLanguageChosenInMyAccountDrivesTheEmailsAndThePasswordCanBeChanged() throws Exception {
        String email = address("iaith");
        Http http = verifiedResident(email, "en");
        HttpResponse<String> saved = Faces.submit(http, "account/index.xhtml?lang=en", "settings", "save-settings",
                "settings:language", "languageCy:cy", "displayName", "Siân");
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(saved.headers().firstValue("Location").orElse("").contains("lang=cy"));
        assertTrue(http.get(saved.headers().firstValue("Location").orElseThrow()).body().contains("Mae eich gosodiadau wedi’u cadw."));

        HttpResponse<String> wrongCurrent = Faces.submit(http, "account/index.xhtml?lang=en", "passwordForm", "change-password",
                "currentPassword", "not my password", "newPassword", "Newydd a hir iawn 6", "newPasswordAgain", "Newydd a hir iawn 6");
        assertTrue(wrongCurrent.body().contains("The current password is not right."), wrongCurrent.body());
        HttpResponse<String> changed = Faces.submit(http, "account/index.xhtml?lang=en", "passwordForm", "change-password",
                "currentPassword", PASSWORD, "newPassword", "Newydd a hir iawn 6", "newPasswordAgain", "Newydd a hir iawn 6");
        assertEquals(302, changed.statusCode(), changed.body());
        assertTrue(signedInAsResident(signIn(http(), email, "Newydd a hir iawn 6")));

        Faces.submit(http(), "account/forgot.xhtml?lang=en", "forgot", "forgot-button", "email", email);
        MimeMessage reset = firstMailTo(email, "Ailosod eich cyfrinair");
        assertEquals("cy", reset.getHeader("Content-Language")[0], "the account's language, not the page's");
        assertTrue(text(reset).startsWith("Helo Siân,"), text(reset));
    }

    @Test
    void aResidentCannotReachStaffOrAdministrationPagesAndStaffAreNotResidents() throws Exception {
        Http resident = verifiedResident(address("dim-staff"), "en");
        for (String page : List.of("staff/inbox.xhtml", "staff/concern.xhtml?id=1", "admin/index.xhtml", "admin/rules.xhtml")) {
            assertEquals(403, resident.get(page).statusCode(), page);
        }
        Http anonymous = http();
        for (String page : List.of("account/index.xhtml", "account/concerns.xhtml", "account/subscriptions.xhtml")) {
            HttpResponse<String> r = anonymous.get(page);
            assertEquals(302, r.statusCode(), page);
            assertTrue(r.headers().firstValue("Location").orElse("").contains("signin.xhtml"), page);
        }
        for (String page : List.of("account/signup.xhtml", "account/forgot.xhtml", "account/resend.xhtml", "account/verify.xhtml?token=x",
                "account/reset.xhtml?token=x")) {
            assertEquals(200, anonymous.get(page).statusCode(), page);
        }
        Http staff = http();
        assertTrue(Faces.signIn(staff, STAFF, STAFF_PASSWORD), "staff still land in their inbox");
        assertEquals(403, staff.get("account/concerns.xhtml").statusCode());
        assertEquals(200, staff.get("staff/inbox.xhtml").statusCode());
    }

    @Test
    void aResidentIsLockedOutAfterFiveWrongPasswordsLikeStaff() throws Exception {
        String email = address("clo");
        verifiedResident(email, "en");
        for (int i = 0; i < 4; i++) {
            assertFalse(signedInAsResident(signIn(http(), email, "wrong password number " + i)));
        }
        assertTrue(signedInAsResident(signIn(http(), email, PASSWORD)), "four wrong passwords, then the right one: not locked yet");
        for (int i = 0; i < 5; i++) {
            assertFalse(signedInAsResident(signIn(http(), email, "wrong password number " + i)));
        }
        assertFalse(signedInAsResident(signIn(http(), email, PASSWORD)), "locked out, even with the right password");
    }

    @Test
    void signUpsResetsAndSignInsFromOneConnectionAreRateLimitedWithABilingualRefusal() throws Exception {
        Http signUps = client();
        assertTrue(refusedWithin(TestServers.SIGN_UPS_PER_HOUR, () -> Faces.submit(signUps, "account/signup.xhtml?lang=cy", "signup",
                        "signup-button", "email", address("llawer"), "password", "byr", "passwordAgain", "byr",
                        "signup:language", "languageCy:cy", "displayName", ""),
                "Gormod o geisiadau o’r cysylltiad hwn."));
        assertTrue(signUps.get("account/signup.xhtml?lang=en").statusCode() == 200);
        assertTrue(Faces.submit(signUps, "account/signup.xhtml?lang=en", "signup", "signup-button", "email", address("x"),
                "password", "byr", "passwordAgain", "byr", "signup:language", "languageEn:en", "displayName", "")
                .body().contains("Too many requests from this connection."));

        Http resets = client();
        assertTrue(refusedWithin(TestServers.RESETS_PER_HOUR, () -> Faces.submit(resets, "account/forgot.xhtml?lang=en", "forgot",
                "forgot-button", "email", address("neb")), "Too many requests to reset a password from this connection."));
        assertTrue(Faces.submit(resets, "account/forgot.xhtml?lang=cy", "forgot", "forgot-button", "email", address("neb"))
                .body().contains("Gormod o geisiadau i ailosod cyfrinair o’r cysylltiad hwn."));

        // sign-ins cost two password hashes each: in parallel, so that a slow machine stays within one minute's window
        String signInClient = "198.51.100.9-" + System.nanoTime();
        String nobody = address("neb");
        assertTrue(RateLimitProbe.refusedAfter(TestServers.SIGN_INS_PER_MINUTE, () -> Faces.submit(http().always("X-Forwarded-For", signInClient),
                "signin.xhtml?lang=cy", "signin", "signin-button", "email", nobody, "password", "wrong-password"),
                "Gormod o ymdrechion i fewngofnodi o’r cysylltiad hwn."));

        assertEquals(302, signUp(http(), address("arall"), PASSWORD, "en").statusCode(), "other connections are not affected");
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /**
     * Whether the refusal comes within the limit plus one requests. The windows are fixed (a minute, an hour),
     * so a run that crosses into the next window gets another allowance; it tries up to twice the limit.
     */
    private static boolean refusedWithin(int limit, Request request, String refusal) throws Exception {
        for (int i = 0; i <= 2 * limit + 1; i++) {
            HttpResponse<String> r = request.send();
            if (r.body().contains(refusal)) {
                return i >= limit;
            }
        }
        return false;
    }

    private static long count(String query, Object... parameters) throws Exception {
        try (Connection db = DriverManager.getConnection(TestServers.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String sessionCookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse("");
    }
}
