package cymru.llais.notify.boundary;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static cymru.llais.testing.Mailbox.assertWellFormed;
import static cymru.llais.testing.Mailbox.firstMailTo;
import static cymru.llais.testing.Mailbox.html;
import static cymru.llais.testing.Mailbox.received;
import static cymru.llais.testing.Mailbox.text;
import static cymru.llais.testing.Mailbox.unsubscribeLink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "You said, we did" by e-mail: reporters and followers told of status changes in their own language (both,
 * Welsh first, when it is unknown), one e-mail each and never twice, with a one-click unsubscribe that works
 * from the page and from a mail provider; sensitive concerns described by nothing but their reference; and
 * ward subscribers' digests, never empty.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class NotificationsIT {

    private static final String ADMIN = "gweinyddwr@llais.example";
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

    private String report(String category, String email, String description, boolean withWard) throws Exception {
        JsonObjectBuilder b = Json.createObjectBuilder().add("category", category).add("description", description).add("language", "en");
        if (withWard) {
            b.add("ward", CATHAYS).add("locationText", "Behind 12 Secret Gardens Lane");
        } else {
            b.add("lat", 51.4905).add("lon", -3.1745);
        }
        if (email != null) {
            b.add("email", email);
        }
        HttpResponse<String> r = http().postJson("api/concerns", b.build().toString());
        assertEquals(201, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getString("reference");
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

    private Http admin() throws Exception {
        Http admin = http();
        assertTrue(Faces.signIn(admin, ADMIN, PASSWORD));
        return admin;
    }

    private static void acknowledge(Http admin, String reference) throws Exception {
        HttpResponse<String> r = Faces.submit(admin, "staff/concern.xhtml?id=" + idOf(reference) + "&lang=en", "quick", "acknowledge");
        assertTrue(r.body().contains("The concern is acknowledged."), r.body());
    }

    private static void setStatus(Http admin, String reference, String status) throws Exception {
        HttpResponse<String> r = Faces.submit(admin, "staff/concern.xhtml?id=" + idOf(reference) + "&lang=en", "statusForm", "setStatus",
                "status", status);
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void reportersAndFollowersAreToldInTheirLanguageOnceAndCanStopIt() throws Exception {
        String reporter = address("gohebydd");
        String welsh = address("dilynwr");
        String english = address("follower");
        String reference = report("fly-tipping", reporter, "Mattresses dumped in the lane behind the launderette.", false);
        Http welshFollower = Residents.verified(base.toString(), welsh, "cy");
        Http englishFollower = Residents.verified(base.toString(), english, "en");
        Residents.follow(welshFollower, reference);
        Residents.follow(englishFollower, reference);
        Http admin = admin();

        acknowledge(admin, reference);
        MimeMessage toReporter = firstMailTo(reporter, reference + ": Wedi’i gydnabod / Concern " + reference + ": Acknowledged");
        assertWellFormed(toReporter);
        String bilingual = text(toReporter);
        int cy = bilingual.indexOf("Mae newyddion am bryder " + reference);
        int en = bilingual.indexOf("There is news about concern " + reference);
        assertTrue(cy >= 0 && en > cy, "Welsh first, then English: " + bilingual);
        assertTrue(bilingual.contains("Tipio anghyfreithlon") && bilingual.contains("Fly-tipping"), bilingual);
        assertFalse(bilingual.contains("Mattresses"), "the e-mail does not repeat the report");

        MimeMessage toWelsh = firstMailTo(welsh, "Pryder " + reference + ": Wedi’i gydnabod");
        assertWellFormed(toWelsh);
        assertEquals("cy", toWelsh.getHeader("Content-Language", null));
        assertTrue(text(toWelsh).contains("oherwydd eich bod yn dilyn y pryder hwn"), text(toWelsh));
        assertFalse(text(toWelsh).contains("There is news"), "Welsh only");
        MimeMessage toEnglish = firstMailTo(english, "Concern " + reference + ": Acknowledged");
        assertFalse(text(toEnglish).contains("Mae newyddion"), "English only");

        // the Welsh follower opens the link (nothing changes) and then presses the button
        Http anyone = http();
        String link = unsubscribeLink(toWelsh, "cy");
        String page = anyone.get(link).body();
        assertTrue(page.contains("Ni fyddwch chi’n cael negeseuon e-bost am bryder " + reference), page);
        assertTrue(page.contains("lang=\"cy\""), page);
        HttpResponse<String> stopped = Faces.submitOn(anyone, link, page, "unsubscribe", "unsubscribe-button");
        assertEquals(200, stopped.statusCode());
        assertTrue(stopped.body().contains("Wedi’i wneud: ni fydd rhagor o negeseuon e-bost o’r math hwn"), stopped.body());

        setStatus(admin, reference, "IN_PROGRESS");
        firstMailTo(reporter, "Concern " + reference + ": In progress");
        firstMailTo(english, "Concern " + reference + ": In progress");

        // the reporter's mail provider uses the one-click header, from its own site
        String header = toReporter.getHeader("List-Unsubscribe", null);
        String oneClick = header.substring(header.indexOf("/unsubscribe.xhtml") + 1, header.length() - 1);
        HttpResponse<String> provider = http().post(oneClick, "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click".getBytes(StandardCharsets.UTF_8),
                "Origin", "https://mail.example", "Sec-Fetch-Site", "cross-site");
        assertEquals(200, provider.statusCode(), provider.body());
        assertTrue(provider.body().contains("Wedi’i wneud") && provider.body().contains("Done:"), provider.body());

        setStatus(admin, reference, "CLOSED");
        firstMailTo(english, "Concern " + reference + ": Closed");
        Thread.sleep(4000);
        assertTrue(received(welsh, "Pryder " + reference + ": Ar y gweill").isEmpty(), "the Welsh follower unsubscribed");
        assertTrue(received(reporter, ": Ar gau").isEmpty(), "the reporter unsubscribed with one click");

        assertEquals(1, received(reporter, "Concern " + reference + ": Acknowledged").size(), "one e-mail for one event");
        assertEquals(1, received(welsh, "Pryder " + reference + ": Wedi’i gydnabod").size());
        assertEquals(1, received(english, "Concern " + reference + ": In progress").size());
        try (Connection db = db(); var q = db.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE event_key LIKE ?")) {
            q.setString(1, "status:" + idOf(reference) + ":%");
            ResultSet rs = q.executeQuery();
            rs.next();
            assertEquals(3 + 2 + 1, rs.getInt(1), "acknowledged: three; in progress: two; closed: one");
        }
    }

    @Test
    void aForgedOrChangedLinkChangesNothingAndSaysSoInBothLanguages() throws Exception {
        Http anyone = http();
        String cy = anyone.get("unsubscribe.xhtml?token=AAAAforgedtoken0123456789012345678901234567890123456789&lang=cy").body();
        assertTrue(cy.contains("Nid yw’r ddolen hon yn gweithio"), cy);
        assertFalse(cy.contains("unsubscribe-button"));
        String en = anyone.get("unsubscribe.xhtml?token=%3Cscript%3E&lang=en").body();
        assertTrue(en.contains("This link does not work"), en);
        HttpResponse<String> oneClick = anyone.post("unsubscribe.xhtml?token=nonsense", "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click".getBytes(StandardCharsets.UTF_8), "Sec-Fetch-Site", "cross-site");
        assertEquals(400, oneClick.statusCode());
        assertTrue(oneClick.body().contains("Nid yw’r ddolen hon yn gweithio") && oneClick.body().contains("This link does not work"));
        HttpResponse<String> otherForm = anyone.post("unsubscribe.xhtml?token=nonsense", "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click&extra=1".getBytes(StandardCharsets.UTF_8), "Sec-Fetch-Site", "cross-site");
        assertEquals(403, otherForm.statusCode(), "only the exact one-click form is let through from another site");
    }

    @Test
    void aSensitiveConcernsEmailSaysNothingOfWhatOrWhere() throws Exception {
        String reporter = address("diogel");
        String reference = report("domestic-abuse", reporter, "SECRET-WORDS my partner hits me when he drinks.", true);
        acknowledge(admin(), reference);
        MimeMessage m = firstMailTo(reporter, "Pryder " + reference + ": Wedi’i gydnabod");
        assertWellFormed(m);
        for (String body : List.of(text(m), html(m), m.getSubject())) {
            for (String secret : List.of("SECRET", "Secret Gardens", "Domestic", "domestig", "Cathays", "concerns/view.xhtml")) {
                assertFalse(body.contains(secret), secret + " in " + body);
            }
        }
        assertTrue(text(m).contains("nid yw’r e-bost hwn yn ailadrodd"), text(m));
    }

    @Test
    void aDailyDigestGoesToAWardWithNewsAndNothingToAWardWithout() throws Exception {
        String quietWard;
        try (Connection db = db(); var q = db.prepareStatement("SELECT w.code FROM ward w WHERE w.code LIKE 'W05%'"
                + " AND NOT EXISTS (SELECT 1 FROM concern c WHERE c.ward_code = w.code) ORDER BY w.code LIMIT 1")) {
            ResultSet rs = q.executeQuery();
            assertTrue(rs.next(), "a ward nobody has reported in");
            quietWard = rs.getString(1);
        }
        String busy = address("prysur");
        String quiet = address("tawel");
        String atOnce = address("arunwaith");
        Http busyResident = Residents.verified(base.toString(), busy, "en");
        Http quietResident = Residents.verified(base.toString(), quiet, "en");
        Http atOnceResident = Residents.verified(base.toString(), atOnce, "cy");

        HttpResponse<String> refused = Faces.submit(busyResident, "account/subscriptions.xhtml?lang=en", "wardSubscribe", "subscribe-button",
                "ward", "W99999999", "frequency", "DAILY");
        assertTrue(refused.body().contains("id=\"error-summary\"") && refused.body().contains("Choose one of the options in the list."),
                refused.body());
        Residents.subscribe(busyResident, CATHAYS, "DAILY");
        Residents.subscribe(quietResident, quietWard, "DAILY");
        Residents.subscribe(atOnceResident, CATHAYS, "IMMEDIATE");
        String subscriptions = busyResident.get("account/subscriptions.xhtml?lang=en").body();
        assertTrue(subscriptions.contains("Cathays") && subscriptions.contains("Once a day: a summary"), subscriptions);

        String reference = report("street-lighting", null, "Three street lights out along the park path for a week.", false);
        setStatus(admin(), reference, "CLOSED");
        MimeMessage immediate = firstMailTo(atOnce, "Newyddion y ward: un diweddariad (ward: Cathays)");
        assertWellFormed(immediate);
        assertTrue(text(immediate).contains("Pryder " + reference + " (Goleuadau stryd). Statws nawr: Ar gau."), text(immediate));

        try (Connection db = db(); var u = db.prepareStatement("UPDATE ward_subscription s JOIN resident_account a ON a.id = s.resident_id"
                + " SET s.last_digest_at = ? WHERE a.email IN (?, ?)")) {
            u.setObject(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(1).minusMinutes(5));
            u.setString(2, busy);
            u.setString(3, quiet);
            assertEquals(2, u.executeUpdate(), "both last had a digest a day ago");
        }
        MimeMessage digest = firstMailTo(busy, "Ward news:");
        assertWellFormed(digest);
        assertTrue(digest.getSubject().endsWith("(ward: Cathays)"), digest.getSubject());
        assertTrue(text(digest).contains("Concern " + reference + " (Street lighting). Status now: Closed."), text(digest));
        assertTrue(text(digest).contains("/unsubscribe.xhtml?token="), text(digest));

        Thread.sleep(5000);
        assertEquals(1, received(busy, "Ward news:").size(), "one digest");
        assertTrue(received(quiet, "Ward news").isEmpty(), "no empty digest");
        try (Connection db = db(); var q = db.prepareStatement("SELECT s.last_digest_at FROM ward_subscription s"
                + " JOIN resident_account a ON a.id = s.resident_id WHERE a.email = ?")) {
            q.setString(1, quiet);
            ResultSet rs = q.executeQuery();
            assertTrue(rs.next());
            assertTrue(rs.getObject(1, LocalDateTime.class).isAfter(LocalDateTime.now(ZoneOffset.UTC).minusHours(1)),
                    "the quiet ward's digest was due, and nothing was sent");
        }

        // the ward's unsubscribe link ends the subscription
        String link = unsubscribeLink(digest, "en");
        Http anyone = http();
        String page = anyone.get(link).body();
        assertTrue(page.contains("Ward: Cathays"), page);
        Faces.submitOn(anyone, link, page, "unsubscribe", "unsubscribe-button");
        assertFalse(busyResident.get("account/subscriptions.xhtml?lang=en").body().contains("my-ward-subscriptions"));
    }

}
