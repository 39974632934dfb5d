package cymru.llais.outcomes.boundary;

import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Residents rate a published outcome on its permanent page: the resident who reported a concern it answers says
 * "not resolved" and the concern is open again in the partner's inbox with their comment in its trail; anyone
 * else's "not resolved" reopens nothing; rating again changes the rating; the page shows counts in both languages
 * and never a comment; the partner's staff read the comments; bad input changes nothing.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class OutcomeRatingsIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String COUNCIL = "cyngor@llais.example";
    private static final String POLICE = "heddlu@llais.example";
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    /** Letters only: digits could look like a phone number and get a text held by moderation. */
    private static String word(String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    private static String address(String who) {
        return who + "-" + System.nanoTime() + "@example.org";
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private String status(String reference) throws Exception {
        return json(http().get("api/concerns/" + reference)).getString("status");
    }

    /** Reports through the form while signed in, so the concern belongs to the resident's account. */
    private static String reportAsResident(Http resident, String category, String description) throws Exception {
        String form = resident.get("concerns/report.xhtml?lang=en").body();
        HttpResponse<String> reported = resident.postMultipart("concerns/report.xhtml", Http.fields(
                "report", "report",
                "token", Http.hidden(form, "token"),
                "category", category,
                "latitude", "51.4905",
                "longitude", "-3.1745",
                "ward", "",
                "locationText", "",
                "description", description,
                "report:language", "languageEn:en",
                "submit", "Send",
                "jakarta.faces.ViewState", Http.viewState(form)), "photo", null);
        assertEquals(302, reported.statusCode(), reported.body());
        Matcher reference = Pattern.compile("LL-\\d{4}-\\d{6}").matcher(reported.headers().firstValue("Location").orElseThrow());
        assertTrue(reference.find());
        return reference.group();
    }

    private String reportByApi(String category, String text) throws Exception {
        String body = Json.createObjectBuilder().add("category", category).add("lat", 51.4905).add("lon", -3.1745)
                .add("description", text).add("language", "en").build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return json(r).getString("reference");
    }

    private static Http signedIn(Http http, String email) throws Exception {
        assertTrue(Faces.signIn(http, email, PASSWORD), email + " signs in");
        return http;
    }

    private static String idIn(String inboxHtml, String reference) {
        Matcher m = Pattern.compile("concern\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(reference)).matcher(inboxHtml);
        assertTrue(m.find(), "the inbox lists " + reference);
        return m.group(1);
    }

    /** Publishes an outcome answering these concerns through the staff form; its id. */
    private static String publish(Http staff, String concernId, String references, String marker) throws Exception {
        HttpResponse<String> r = Faces.submit(staff, "staff/outcome.xhtml?concern=" + concernId + "&lang=en", "outcome", "publish",
                "kind", "ACTION_TAKEN", "doneOn", LocalDate.now().minusDays(1).toString(),
                "responseEn", "Thank you for telling us.", "responseCy", "Diolch am roi gwybod i ni.",
                "outcomeEn", marker + " It was cleared.", "outcomeCy", marker + " Cafodd ei glirio.",
                "reasonEn", "", "reasonCy", "", "references", references);
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("outcome\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        return m.group(1);
    }

    private static HttpResponse<String> rate(Http http, String outcomeId, String lang, String rating, String comment) throws Exception {
        return Faces.submit(http, "outcomes/view.xhtml?id=" + outcomeId + "&lang=" + lang, "rate", "rate-button",
                "ratingOutcome", outcomeId, "rating", rating, "comment", comment);
    }

    private static void assertRated(HttpResponse<String> r, String outcomeId) {
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("outcomes/view.xhtml?id=" + outcomeId));
    }

    @Test
    void theReportersNotResolvedReopensTheirConcernInThePartnersInboxAndOthersCountsOnly() throws Exception {
        String reporterEmail = address("reporter");
        Http reporter = Residents.verified(base.toString(), reporterEmail, "en");
        String words = word("Mattress");
        String reference = reportAsResident(reporter, "fly-tipping", words + " an old mattress was dumped in the back lane");
        Http council = signedIn(http(), COUNCIL);
        String concernId = idIn(council.get("staff/inbox.xhtml?lang=en").body(), reference);
        String outcomeId = publish(council, concernId, reference, word("CLEARED"));
        assertEquals("closed", status(reference));
        assertFalse(council.get("staff/inbox.xhtml?lang=en").body().contains(">" + reference + "<"), "closed: not in the open inbox");

        String anonymous = http().get("outcomes/view.xhtml?id=" + outcomeId + "&lang=en").body();
        assertTrue(anonymous.contains("No one has rated this outcome yet."), anonymous);
        assertTrue(anonymous.contains("Sign in to say whether this fixed the problem."));
        assertTrue(http().get("outcomes/view.xhtml?id=" + outcomeId + "&lang=cy").body()
                .contains("Mewngofnodwch i ddweud a wnaeth hyn ddatrys y broblem."));

        // the sign-in link brings the resident back to this outcome; a link naming another site is not followed
        Matcher signInLink = Pattern.compile("href=\"[^\"]*/signin\\.xhtml\\?next=([^\"]+)\"").matcher(anonymous);
        assertTrue(signInLink.find(), anonymous);
        String next = java.net.URLDecoder.decode(signInLink.group(1), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("/outcomes/view.xhtml?id=" + outcomeId, next);
        assertTrue(http().get("signin.xhtml?next=" + signInLink.group(1)).body().contains("value=\"" + next + "\""));
        HttpResponse<String> back = Faces.submit(http(), "signin.xhtml?next=" + signInLink.group(1), "signin", "signin-button",
                "email", reporterEmail, "password", Residents.PASSWORD, "next", next);
        assertEquals(302, back.statusCode());
        assertTrue(back.headers().firstValue("Location").orElse("").endsWith(next), back.headers().firstValue("Location").orElse(""));
        HttpResponse<String> elsewhere = Faces.submit(http(), "signin.xhtml", "signin", "signin-button",
                "email", reporterEmail, "password", Residents.PASSWORD, "next", "//evil.example/outcomes/view.xhtml");
        assertEquals(302, elsewhere.statusCode());
        assertTrue(elsewhere.headers().firstValue("Location").orElse("").contains("/account/concerns.xhtml"),
                elsewhere.headers().firstValue("Location").orElse(""));

        Http neighbour = Residents.verified(base.toString(), address("neighbour"), "cy");
        String neighbourPage = neighbour.get("outcomes/view.xhtml?id=" + outcomeId + "&lang=en").body();
        assertTrue(neighbourPage.contains("name=\"rating\""), "a signed-in resident gets the form");
        assertFalse(neighbourPage.contains("id=\"rating-reporter\""), "and is not told their concern would reopen");
        String neighboursComment = word("Neighbour") + " it is still there";
        assertRated(rate(neighbour, outcomeId, "en", "NOT_RESOLVED", neighboursComment), outcomeId);
        assertEquals("closed", status(reference), "someone else's answer reopens nothing");

        assertTrue(reporter.get("outcomes/view.xhtml?id=" + outcomeId + "&lang=en").body().contains("id=\"rating-reporter\""));
        String comment = word("Sofa") + " the mattress went but a sofa was dumped the next day";
        HttpResponse<String> rated = rate(reporter, outcomeId, "en", "NOT_RESOLVED", comment);
        assertRated(rated, outcomeId);
        assertTrue(reporter.get(rated.headers().firstValue("Location").orElseThrow()).body()
                .contains("your concern has gone back to the partner that holds it"));
        assertEquals("in_progress", status(reference), "the reporter's answer reopens it");
        String inbox = council.get("staff/inbox.xhtml?lang=en").body();
        assertEquals(concernId, idIn(inbox, reference), "it is in the partner's inbox again");
        String trail = council.get("staff/concern.xhtml?id=" + concernId + "&lang=en").body();
        assertTrue(trail.contains("Reopened: its reporter says the problem is not resolved"), trail);
        assertTrue(trail.contains(comment), "with the reporter's words");
        assertTrue(council.get("staff/concern.xhtml?id=" + concernId + "&lang=cy").body()
                .contains("Ailagorwyd: mae’r sawl a roddodd wybod amdano’n dweud nad yw’r broblem wedi’i datrys"));

        String en = http().get("outcomes/view.xhtml?id=" + outcomeId + "&lang=en").body();
        assertTrue(en.contains("2 residents said it did not resolve the problem."), en);
        assertTrue(en.contains("Nobody has said it resolved the problem."));
        String cy = http().get("outcomes/view.xhtml?id=" + outcomeId + "&lang=cy").body();
        assertTrue(cy.contains("Dywedodd dau breswylydd nad oedd hyn wedi datrys y broblem."), cy);
        for (String page : new String[] {en, cy}) {
            assertFalse(page.contains(comment) || page.contains(neighboursComment), "comments are never public");
            assertFalse(page.contains(reporterEmail));
        }
        String neighbourSees = neighbour.get("outcomes/view.xhtml?id=" + outcomeId + "&lang=en").body();
        assertTrue(neighbourSees.contains(neighboursComment + "</textarea>"), "a resident sees their own comment in the form");
        assertFalse(neighbourSees.contains(comment), "and nobody else's");

        assertRated(rate(reporter, outcomeId, "cy", "PARTLY_RESOLVED", ""), outcomeId);
        String again = http().get("outcomes/view.xhtml?id=" + outcomeId + "&lang=en").body();
        assertTrue(again.contains("One resident said it partly resolved the problem."), "rating again changes the rating");
        assertTrue(again.contains("One resident said it did not resolve the problem."), "and does not add one");
        assertTrue(http().get("outcomes/view.xhtml?id=" + outcomeId + "&lang=cy").body()
                .contains("Dywedodd un preswylydd fod hyn wedi datrys y broblem yn rhannol."));
        assertTrue(reporter.get("outcomes/view.xhtml?id=" + outcomeId + "&lang=en").body()
                .contains("id=\"rating-PARTLY_RESOLVED\" value=\"PARTLY_RESOLVED\" checked=\"checked\""), "the form shows their answer");

        String list = council.get("staff/outcomes.xhtml?lang=en").body();
        assertTrue(list.contains("Resolved: 0. Partly resolved: 1. Not resolved: 1."), list);
        String staffPage = council.get("staff/outcome.xhtml?id=" + outcomeId + "&lang=en").body();
        assertTrue(staffPage.contains(neighboursComment), "the partner's staff read the comments");
        assertFalse(staffPage.contains(reporterEmail), "but not who wrote them");
        assertTrue(signedIn(http(), ADMIN).get("staff/outcome.xhtml?id=" + outcomeId + "&lang=en").body().contains(neighboursComment));
        Http police = signedIn(http(), POLICE);
        assertEquals(404, police.get("staff/outcome.xhtml?id=" + outcomeId + "&lang=en").statusCode());
        assertFalse(police.get("staff/outcomes.xhtml?lang=en").body().contains(neighboursComment));
    }

    @Test
    void badRatingsAreRefusedInBothLanguagesAndChangeNothing() throws Exception {
        Http reporter = Residents.verified(base.toString(), address("careful"), "en");
        String reference = reportAsResident(reporter, "fly-tipping", word("Trolley") + " shopping trolleys thrown in the brook");
        Http council = signedIn(http(), COUNCIL);
        String concernId = idIn(council.get("staff/inbox.xhtml?lang=en").body(), reference);
        String outcomeId = publish(council, concernId, reference, word("TROLLEYS"));

        HttpResponse<String> none = rate(reporter, outcomeId, "en", "", "");
        assertEquals(200, none.statusCode());
        assertTrue(none.body().contains("Choose whether it resolved the problem."), none.body());
        assertTrue(none.body().contains("id=\"rating-error\""), "beside the question");
        assertTrue(rate(reporter, outcomeId, "cy", "", "").body().contains("Dewiswch a gafodd y broblem ei datrys."));
        assertTrue(rate(reporter, outcomeId, "en", "FIXED", "").body().contains("Choose one of the three answers."));

        String longComment = "a".repeat(1001);
        HttpResponse<String> tooLong = rate(reporter, outcomeId, "en", "NOT_RESOLVED", longComment);
        assertEquals(200, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Keep your comment to 1,000 characters or fewer."), tooLong.body());
        assertTrue(tooLong.body().contains(longComment + "</textarea>"), "what was typed is kept");
        assertTrue(rate(reporter, outcomeId, "cy", "NOT_RESOLVED", longComment).body().contains("Cadwch eich sylw i 1,000 nod neu lai."));

        HttpResponse<String> personal = rate(reporter, outcomeId, "en", "NOT_RESOLVED", "Ring me on 07700 900123 or write to me@example.org");
        assertTrue(personal.body().contains("Please take out e-mail addresses and phone numbers"), personal.body());
        assertTrue(rate(reporter, outcomeId, "cy", "NOT_RESOLVED", "ffoniwch 029 2087 1234").body()
                .contains("Tynnwch gyfeiriadau e-bost a rhifau ffôn allan"));

        HttpResponse<String> unknown = Faces.submit(reporter, "outcomes/view.xhtml?id=" + outcomeId + "&lang=en", "rate", "rate-button",
                "ratingOutcome", "99999999", "rating", "RESOLVED", "comment", "");
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("That outcome is not published, so it cannot be rated."), unknown.body());
        String draft = draft(council, concernId, reference);
        HttpResponse<String> ofDraft = Faces.submit(reporter, "outcomes/view.xhtml?id=" + outcomeId + "&lang=cy", "rate", "rate-button",
                "ratingOutcome", draft, "rating", "NOT_RESOLVED", "comment", "");
        assertTrue(ofDraft.body().contains("Nid yw’r canlyniad hwnnw wedi’i gyhoeddi"), ofDraft.body());

        Http visitor = http();
        HttpResponse<String> anonymous = rate(visitor, outcomeId, "en", "NOT_RESOLVED", "");
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.body().contains("Sign in with a resident account to rate an outcome."), anonymous.body());

        Http staff = signedIn(http(), POLICE);
        String staffView = staff.get("outcomes/view.xhtml?id=" + outcomeId + "&lang=en").body();
        assertTrue(staffView.contains("Residents rate outcomes; staff accounts cannot."));
        assertFalse(staffView.contains("name=\"rating\""));
        HttpResponse<String> byStaff = rate(staff, outcomeId, "cy", "NOT_RESOLVED", "");
        assertTrue(byStaff.body().contains("Ni all cyfrifon staff roi barn ar ganlyniadau"), byStaff.body());

        assertEquals("closed", status(reference), "no refused rating reopened the concern");
        assertTrue(http().get("outcomes/view.xhtml?id=" + outcomeId + "&lang=en").body().contains("No one has rated this outcome yet."));
        assertTrue(council.get("staff/outcomes.xhtml?lang=en").body().contains("Resolved: 0. Partly resolved: 0. Not resolved: 0."));
    }

    /** A draft outcome of the council's (not public), answering the given concern. */
    private static String draft(Http council, String concernId, String reference) throws Exception {
        HttpResponse<String> r = Faces.submit(council, "staff/outcome.xhtml?concern=" + concernId + "&lang=en", "outcome", "saveDraft",
                "kind", "ACTION_TAKEN", "doneOn", "", "responseEn", "Draft.", "responseCy", "", "outcomeEn", "", "outcomeCy", "",
                "reasonEn", "", "reasonCy", "", "references", reference);
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("outcome\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void theRatingOfAResidentWhoReportedASensitiveConcernReopensItButIsNeverCountedInPublic() throws Exception {
        Http reporter = Residents.verified(base.toString(), address("private"), "cy");
        String sensitive = reportAsResident(reporter, "hate-incident", word("Graffiti") + " hateful words were painted on our door");
        String open = reportByApi("fly-tipping", word("Bags") + " black bags left by the post box");
        Http admin = signedIn(http(), ADMIN);
        String openId = idIn(admin.get("staff/inbox.xhtml?lang=en").body(), open);
        String outcomeId = publish(admin, openId, open + " " + sensitive, word("ANSWERED"));
        assertEquals("closed", status(open));

        String comment = word("Again") + " it happened again last night";
        assertRated(rate(reporter, outcomeId, "cy", "NOT_RESOLVED", comment), outcomeId);
        String sensitiveId = idIn(admin.get("staff/inbox.xhtml?lang=en").body(), sensitive);
        assertTrue(admin.get("staff/concern.xhtml?id=" + sensitiveId + "&lang=en").body().contains(comment), "reopened, with the words");
        assertEquals("closed", status(open), "a concern the resident did not report stays closed");
        for (String lang : new String[] {"en", "cy"}) {
            String page = http().get("outcomes/view.xhtml?id=" + outcomeId + "&lang=" + lang).body();
            assertTrue(page.contains("id=\"rating-none\""), "the public sees no rating at all: " + page);
            assertFalse(page.contains(comment));
            assertFalse(page.contains(sensitive));
        }
        assertTrue(admin.get("staff/outcomes.xhtml?lang=en").body().contains("Not resolved: 1."), "staff count it");
    }
}
