package cymru.llais.notify.boundary;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
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
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cymru.llais.testing.Mailbox.assertWellFormed;
import static cymru.llais.testing.Mailbox.firstMailTo;
import static cymru.llais.testing.Mailbox.html;
import static cymru.llais.testing.Mailbox.received;
import static cymru.llais.testing.Mailbox.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "You said, we did" by e-mail: when a partner publishes an outcome, each reporter and follower of the concerns it
 * answers gets one e-mail, in their own language, with what was done and its permanent page, however many of the
 * concerns are theirs, and no status e-mail besides; the ward's immediate subscribers get it at once and its daily
 * subscribers in their digest, once; a replay sends nothing more; its unsubscribe link works; an outcome answering
 * only a sensitive concern tells its reporter nothing but the status, and the ward nothing. Merging a duplicate
 * tells its reporter and followers where its news now comes from.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class OutcomeMailIT {

    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String COUNCIL = "cyngor@llais.example";
    private static final String COUNCILLOR = "cynghorydd@llais.example";
    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String CATHAYS = "W05000857";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString()).always("X-Forwarded-For", "198.51.100." + (System.nanoTime() % 250 + 1));
    }

    private static String address(String who) {
        return who + "." + System.nanoTime() + "@example.org";
    }

    /** A word of letters only: digits in a concern's text can look like a phone number and hold it for moderation. */
    private static String word() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(TestServers.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static long idOf(String reference) throws Exception {
        try (Connection db = db(); var q = db.prepareStatement("SELECT id FROM concern WHERE reference = ?")) {
            q.setString(1, reference);
            ResultSet rs = q.executeQuery();
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static int count(String sql, Object... args) throws Exception {
        try (Connection db = db(); var q = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            ResultSet rs = q.executeQuery();
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    /** A signed-in resident's report through the form: it belongs to their account, whose language its e-mails use. */
    private static String reportAsResident(Http resident, String description) throws Exception {
        String form = resident.get("concerns/report.xhtml?lang=cy").body();
        Map<String, String> fields = Http.fields(
                "report", "report",
                "token", Http.hidden(form, "token"),
                "category", "fly-tipping",
                "latitude", "51.4905",
                "longitude", "-3.1745",
                "ward", "",
                "locationText", "Lon gefn Heol Crwys",
                "description", description,
                "report:language", "languageCy:cy",
                "email", "",
                "submit", "Anfon yr adroddiad",
                "jakarta.faces.ViewState", Http.viewState(form));
        HttpResponse<String> r = resident.postMultipart("concerns/report.xhtml", fields, null, null);
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("ref=([A-Z0-9-]+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), r.headers().toString());
        return m.group(1);
    }

    private String reportSensitive(String email, String description) throws Exception {
        String body = Json.createObjectBuilder().add("category", "domestic-abuse").add("description", description).add("language", "en")
                .add("ward", CATHAYS).add("locationText", "At home").add("email", email).build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getString("reference");
    }

    private Http staff(String email) throws Exception {
        Http staff = http();
        assertTrue(Faces.signIn(staff, email, PASSWORD), email + " signs in");
        return staff;
    }

    /** Publishes an outcome through the staff form, starting from the first concern; its id. */
    private static String publish(Http staff, String references, String firstReference, String doneEn, String doneCy) throws Exception {
        String page = "staff/outcome.xhtml?concern=" + idOf(firstReference) + "&lang=en";
        HttpResponse<String> r = Faces.submit(staff, page, "outcome", "publish",
                "kind", "ACTION_TAKEN", "doneOn", LocalDate.now().minusDays(1).toString(),
                "responseEn", "Thank you for telling us.", "responseCy", "Diolch am roi gwybod i ni.",
                "outcomeEn", doneEn, "outcomeCy", doneCy, "reasonEn", "", "reasonCy", "", "references", references);
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("outcome\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), r.headers().toString());
        return m.group(1);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aWelshReporterAndAnEnglishFollowerGetOneOutcomeEmailEachInTheirLanguageAndTheWardHearsOnce() throws Exception {
        String welsh = address("gohebydd");
        String english = address("follower");
        String atOnce = address("atonce");
        String daily = address("dyddiol");
        Http welshResident = Residents.verified(base.toString(), welsh, "cy");
        Http englishResident = Residents.verified(base.toString(), english, "en");
        Http atOnceResident = Residents.verified(base.toString(), atOnce, "en");
        Http dailyResident = Residents.verified(base.toString(), daily, "cy");
        Residents.subscribe(atOnceResident, CATHAYS, "IMMEDIATE");
        Residents.subscribe(dailyResident, CATHAYS, "DAILY");

        String tag = word();
        String first = reportAsResident(welshResident, "Mae rhywun wedi gadael soffa a bagiau sbwriel yn y lon " + tag + ".");
        String second = reportAsResident(welshResident, "Mae rhagor o sbwriel wedi ei adael ger y capel " + tag + ".");
        Residents.follow(englishResident, first);
        Residents.follow(englishResident, second);

        String doneEn = "Crews cleared the lane " + word() + " and fitted a camera.";
        String doneCy = "Cliriodd criwiau’r lôn " + word() + " a gosod camera.";
        String outcomeId = publish(staff(COUNCIL), first + " " + second, first, doneEn, doneCy);
        String both = first + ", " + second;

        MimeMessage toWelsh = firstMailTo(welsh, "Pryder " + both + ": beth a wnaed");
        assertWellFormed(toWelsh);
        assertEquals("cy", toWelsh.getHeader("Content-Language", null));
        String cy = text(toWelsh);
        assertTrue(cy.contains("Beth a wnaed: " + doneCy), cy);
        assertTrue(cy.contains("Cyhoeddwyd gan: "), cy);
        assertTrue(cy.contains("Math o ganlyniad: Camau wedi’u cymryd"), cy);
        assertTrue(cy.contains("/outcomes/view.xhtml?id=" + outcomeId + "&lang=cy"), cy);
        assertTrue(html(toWelsh).contains("/outcomes/view.xhtml?id=" + outcomeId + "&amp;lang=cy"), html(toWelsh));
        assertTrue(cy.contains("oherwydd i chi roi gwybod am y pryder hwn"), cy);
        assertFalse(cy.contains(doneEn) || cy.contains("What was done"), "Welsh only: " + cy);

        MimeMessage toEnglish = firstMailTo(english, "Concern " + both + ": what was done");
        assertWellFormed(toEnglish);
        String en = text(toEnglish);
        assertTrue(en.contains("What was done: " + doneEn), en);
        assertTrue(en.contains("Kind of outcome: Action taken"), en);
        assertTrue(en.contains("/outcomes/view.xhtml?id=" + outcomeId + "&lang=en"), en);
        assertTrue(en.contains("Concern " + first + " (Fly-tipping and litter). Status now: Closed."), en);
        assertFalse(en.contains(doneCy), "English only");

        MimeMessage immediate = firstMailTo(atOnce, "Ward news: one update (ward: Cathays)");
        assertWellFormed(immediate);
        assertTrue(text(immediate).contains("What was done: " + doneEn), text(immediate));
        assertTrue(text(immediate).contains("/outcomes/view.xhtml?id=" + outcomeId + "&lang=en"), text(immediate));

        try (Connection db = db(); var u = db.prepareStatement("UPDATE ward_subscription s JOIN resident_account a ON a.id = s.resident_id"
                + " SET s.last_digest_at = ? WHERE a.email = ?")) {
            u.setObject(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(1).minusMinutes(5));
            u.setString(2, daily);
            assertEquals(1, u.executeUpdate());
        }
        MimeMessage digest = firstMailTo(daily, "Newyddion y ward:");
        assertWellFormed(digest);
        assertEquals(1, occurrences(text(digest), doneCy), "one item for the outcome, not one for each concern: " + text(digest));
        assertFalse(text(digest).contains("Pryder " + first + " ("),
                "the outcome's item takes the place of the closing: " + text(digest));

        // a replay: the outcome's news and the status changes it made dispatched again by the job
        try (Connection db = db(); var u = db.prepareStatement("UPDATE concern_news SET dispatched_at = NULL"
                + " WHERE (kind = 'OUTCOME_PUBLISHED' AND event_id = ?) OR superseded_by = ?")) {
            u.setLong(1, Long.parseLong(outcomeId));
            u.setLong(2, Long.parseLong(outcomeId));
            assertTrue(u.executeUpdate() >= 2);
        }
        Thread.sleep(6000);
        assertEquals(0, count("SELECT COUNT(*) FROM concern_news WHERE kind = 'OUTCOME_PUBLISHED' AND event_id = ? AND dispatched_at IS NULL",
                Long.parseLong(outcomeId)), "the job took the replay");
        assertEquals(1, received(welsh, ": beth a wnaed").size(), "one e-mail for two concerns, and none on the replay");
        assertEquals(1, received(english, ": what was done").size());
        assertEquals(1, received(atOnce, "Ward news").size());
        assertTrue(received(welsh, ": Ar gau").isEmpty() && received(english, ": Closed").isEmpty(),
                "no status e-mail besides the outcome's");
        assertEquals(2, count("SELECT COUNT(*) FROM mail_outbox WHERE event_key LIKE ?", "outcome:" + outcomeId + ":%"),
                "one e-mail to each of the two");

        // the English follower stops e-mails about the first concern from the outcome e-mail's link
        String link = cymru.llais.testing.Mailbox.unsubscribeLink(toEnglish, "en");
        Http anyone = http();
        String page = anyone.get(link).body();
        assertTrue(page.contains("You will no longer get e-mails about concern " + first), page);
        HttpResponse<String> stopped = Faces.submitOn(anyone, link, page, "unsubscribe", "unsubscribe-button");
        assertTrue(stopped.body().contains("Done: no more e-mails of this kind"), stopped.body());

        String later = publish(staff(COUNCIL), first, first, "A second clean-up " + word() + ".", "Ail lanhau " + word() + ".");
        firstMailTo(welsh, "Pryder " + first + ": beth a wnaed");
        Thread.sleep(4000);
        assertTrue(received(english, "Concern " + first + ": what was done").isEmpty(), "the follower unsubscribed from it");
        assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE event_key LIKE ?", "outcome:" + later + ":%"));

        // following it again asks for its news again
        Residents.follow(englishResident, first);
        String third = publish(staff(COUNCIL), first, first, "A third visit " + word() + ".", "Trydydd ymweliad " + word() + ".");
        MimeMessage again = firstMailTo(english, "Concern " + first + ": what was done");
        assertTrue(text(again).contains("/outcomes/view.xhtml?id=" + third + "&lang=en"), text(again));
    }

    @Test
    void anOutcomeAnsweringOnlyASensitiveConcernTellsItsReporterTheStatusAndTheWardNothing() throws Exception {
        String reporter = address("diogel");
        String atOnce = address("atonceagain");
        Http atOnceResident = Residents.verified(base.toString(), atOnce, "en");
        Residents.subscribe(atOnceResident, CATHAYS, "IMMEDIATE");
        String secret = word();
        String reference = reportSensitive(reporter, "He shouts at me and breaks things " + secret + ".");
        String outcomeId = publish(staff(ADMIN), reference, reference, "Support was arranged " + secret + ".",
                "Trefnwyd cymorth " + secret + ".");

        MimeMessage m = firstMailTo(reporter, "Pryder " + reference + ": Ar gau");
        assertWellFormed(m);
        for (String body : List.of(text(m), html(m), m.getSubject())) {
            for (String hidden : List.of(secret, "Domestic", "domestig", "Cathays", "concerns/view.xhtml", "outcomes/view.xhtml")) {
                assertFalse(body.contains(hidden), hidden + " in " + body);
            }
        }
        assertTrue(text(m).contains("nid yw’r e-bost hwn yn ailadrodd") && text(m).contains("Mewn argyfwng, ffoniwch 999"), text(m));
        Thread.sleep(4000);
        assertEquals(1, received(reporter, "Pryder " + reference + ":").size(), "one e-mail: the outcome's, no status e-mail besides");
        assertTrue(received(atOnce, "Ward news").isEmpty(), "nothing of a sensitive concern reaches the ward");
        assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE event_key LIKE ?", "ward-outcome:" + outcomeId + ":%"));
    }

    @Test
    void mergingADuplicateTellsItsReporterAndFollowersWhichConcernItWentInto() throws Exception {
        String reporter = address("dyblyg");
        String follower = address("followsduplicate");
        Http followerResident = Residents.verified(base.toString(), follower, "en");
        String tag = word();
        String kept = reportAsResident(Residents.verified(base.toString(), address("cadw"), "cy"),
                "Mae sbwriel wedi ei adael wrth y biniau ger yr ysgol " + tag + ".");
        String body = Json.createObjectBuilder().add("category", "fly-tipping").add("lat", 51.4906).add("lon", -3.1746)
                .add("description", "Rubbish left by the bins near the school again " + tag + ".").add("language", "en")
                .add("email", reporter).build().toString();
        HttpResponse<String> reported = http().postJson("api/concerns", body);
        assertEquals(201, reported.statusCode(), reported.body());
        String duplicate = Json.createReader(new StringReader(reported.body())).readObject().getString("reference");
        Residents.follow(followerResident, duplicate);

        Http councillor = http();
        HttpResponse<String> signedIn = Faces.submit(councillor, "signin.xhtml", "signin", "signin-button", "email", COUNCILLOR,
                "password", PASSWORD);
        assertTrue(signedIn.headers().firstValue("Location").orElse("").contains("/councillor/queue.xhtml"), signedIn.headers().toString());
        String item = "councillor/item.xhtml?id=" + idOf(duplicate) + "&lang=en";
        HttpResponse<String> merged = Faces.submitOn(councillor, item, councillor.get(item).body(), "mergeForm", "merge",
                "mergeInto", Long.toString(idOf(kept)));
        assertTrue(merged.body().contains("The concern is merged."), merged.body());

        MimeMessage toReporter = firstMailTo(reporter, "Pryder " + duplicate + " wedi’i gyfuno â phryder " + kept);
        assertWellFormed(toReporter);
        String both = text(toReporter);
        int cy = both.indexOf("Mae eich adroddiad " + duplicate + " wedi’i gyfuno â phryder " + kept);
        int en = both.indexOf("Your report " + duplicate + " was merged into concern " + kept);
        assertTrue(cy >= 0 && en > cy, "no known language: Welsh, then English: " + both);
        assertTrue(both.contains("/concerns/view.xhtml?ref=" + kept + "&lang=en"), both);
        MimeMessage toFollower = firstMailTo(follower, "Concern " + duplicate + " merged into concern " + kept);
        assertTrue(text(toFollower).contains("You now follow concern " + kept), text(toFollower));
        assertFalse(text(toFollower).contains("Mae pryder"), "English only");

        Thread.sleep(4000);
        assertEquals(1, received(reporter, "merged into").size());
        assertEquals(1, received(follower, "merged into").size());
        assertEquals(0, count("SELECT COUNT(*) FROM concern_news_follower f JOIN concern_news n ON n.id = f.news_id"
                + " WHERE n.concern_id = ?", idOf(duplicate)), "whom it told is forgotten once told");
    }
}
