package cymru.llais.privacy.boundary;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.Mailbox;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "My data" and erasure on a real portal, database and SMTP server: a resident downloads everything held
 * about them and erases their account either way; an administrator carries out the erasure request of someone
 * without an account, confirmed through the e-mailed link. After each erasure, every text column of every
 * table is searched for the person's address and words.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class DataProtectionIT {

    private static final String CATHAYS = "W05000857";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String STAFF_PASSWORD = "Llais-demo-2026!";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    private static String address(String who) {
        return who + "-" + System.nanoTime() + "@example.org";
    }

    /** A word nobody else writes, in letters only (digits could look like a phone number and hold the concern). */
    private static String unique(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (long n = System.nanoTime(); n > 0; n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private String report(String email, String words) throws Exception {
        var body = Json.createObjectBuilder().add("category", "street-lighting").add("ward", CATHAYS)
                .add("description", "Mae’r golau stryd wedi diffodd ers wythnos " + words).add("language", "cy")
                .add("email", email).build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return json(r.body()).getString("reference");
    }

    @Test
    void aResidentDownloadsAllTheirDataThenErasesTheirAccountAndTheirConcernsLeaveThePublicPages() throws Exception {
        String email = address("erase-remove");
        String words = unique("gerllaw");
        String reference = report(email, words);
        String followed = report(address("someone-else"), unique("arall"));
        Http resident = Residents.verified(base.toString(), email, "cy");
        assertEquals(302, Faces.submit(resident, "concerns/view.xhtml?ref=" + followed, "follow", "follow-button",
                "followRef", followed).statusCode());

        // the download: only for the resident, and everything is in it
        HttpResponse<String> download = resident.get("account/my-data.json");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertEquals("no-store", download.headers().firstValue("Cache-Control").orElse(""));
        JsonObject data = json(download.body());
        assertEquals(email, data.getJsonObject("account").getString("email"));
        assertEquals("cy", data.getJsonObject("account").getString("language"));
        JsonArray concerns = data.getJsonArray("concerns");
        assertEquals(1, concerns.size(), download.body());
        assertEquals(reference, concerns.getJsonObject(0).getString("reference"));
        assertTrue(concerns.getJsonObject(0).getString("description").contains(words));
        assertFalse(concerns.getJsonObject(0).getJsonArray("history").isEmpty());
        assertEquals(followed, data.getJsonArray("following").getJsonObject(0).getString("reference"));
        assertTrue(data.getJsonArray("emails").stream().anyMatch(e -> e.asJsonObject().getString("subject").startsWith("Dilyswch")),
                download.body());
        assertFalse(download.body().contains("arall-"), "another person's concern is not in my data");
        assertFalse(download.body().contains("password"), "no password hash");
        assertTrue(sentBodiesForgotten(email), "a sent e-mail's body (with its link) is not kept");

        // nobody else downloads it
        HttpResponse<String> anonymous = http().get("account/my-data.json");
        assertFalse(anonymous.statusCode() == 200 || anonymous.body().contains(email), anonymous.statusCode() + "");
        Http staff = http();
        assertTrue(Faces.signIn(staff, ADMIN, STAFF_PASSWORD));
        HttpResponse<String> asStaff = staff.get("account/my-data.json");
        assertEquals(403, asStaff.statusCode());
        assertFalse(asStaff.body().contains(email));

        // a wrong password, or no choice, erases nothing and says so in Welsh
        HttpResponse<String> wrong = Faces.submit(resident, "account/data.xhtml?lang=cy", "erase", "erase-button",
                "erase:mode", "mode:REMOVE", "password", "nid dyma fo");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Dydy’r cyfrinair ddim yn gywir"), wrong.body());
        HttpResponse<String> noChoice = Faces.submit(resident, "account/data.xhtml?lang=en", "erase", "erase-button",
                "password", Residents.PASSWORD);
        assertTrue(noChoice.body().contains("Choose what happens to the concerns you reported"), noChoice.body());
        assertEquals(200, resident.get("account/my-data.json").statusCode(), "still there");

        // erased, concerns removed
        HttpResponse<String> erased = Faces.submit(resident, "account/data.xhtml?lang=cy", "erase", "erase-button",
                "erase:mode", "mode:REMOVE", "password", Residents.PASSWORD);
        assertEquals(302, erased.statusCode(), erased.body());
        assertTrue(erased.headers().firstValue("Location").orElse("").contains("/erased.xhtml"));
        assertTrue(resident.get("erased.xhtml?lang=cy").body().contains("Mae eich cyfrif wedi’i ddileu"));
        assertFalse(resident.get("account/my-data.json").statusCode() == 200, "signed out");
        assertFalse(Residents.signIn(http(), email, Residents.PASSWORD), "the account is gone");

        String page = http().get("concerns/view.xhtml?ref=" + reference + "&lang=en").body();
        assertFalse(page.contains(words), "the text has left the public page");
        assertTrue(page.contains("Removed at the request of the person who reported it."), page);
        HttpResponse<String> api = http().get("api/concerns/" + reference);
        assertFalse(api.body().contains(words), api.body());
        assertEquals(List.of(), columnsContaining(email));
        assertEquals(List.of(), columnsContaining(words));
        assertTrue(audited(reference, "REMOVE"));
    }

    @Test
    void aResidentWhoKeepsTheirConcernsAnonymisedLeavesThemPublicWithNothingLinkingThemToTheResident() throws Exception {
        String email = address("erase-keep");
        String words = unique("cadw");
        String reference = report(email, words);
        Http resident = Residents.verified(base.toString(), email, "en");
        HttpResponse<String> erased = Faces.submit(resident, "account/data.xhtml?lang=en", "erase", "erase-button",
                "erase:mode", "modeAnonymise:ANONYMISE", "password", Residents.PASSWORD);
        assertEquals(302, erased.statusCode(), erased.body());
        assertTrue(http().get("concerns/view.xhtml?ref=" + reference).body().contains(words), "still public");
        assertEquals(List.of(), columnsContaining(email));
        assertTrue(audited(reference, "ANONYMISE"));
    }

    @Test
    void anAdministratorErasesTheDataOfSomeoneWithoutAnAccountOnceTheyConfirmThroughTheEmailedLink() throws Exception {
        String email = address("no-account");
        String words = unique("hebgyfrif");
        String reference = report(email, words);
        Http admin = http();
        assertTrue(Faces.signIn(admin, ADMIN, STAFF_PASSWORD));

        // bad input changes nothing
        HttpResponse<String> bad = Faces.submit(admin, "admin/erasure.xhtml?lang=cy", "request", "send",
                "email", "nid-cyfeiriad", "request:mode", "mode:REMOVE", "request:mailLanguage", "language:cy");
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("Rhowch y cyfeiriad e-bost a ddefnyddiodd yr unigolyn i adrodd"), bad.body());
        HttpResponse<String> noMode = Faces.submit(admin, "admin/erasure.xhtml?lang=en", "request", "send",
                "email", email, "request:mailLanguage", "language:cy");
        assertTrue(noMode.body().contains("Choose whether the person’s concerns are removed"), noMode.body());

        HttpResponse<String> sent = Faces.submit(admin, "admin/erasure.xhtml?lang=en", "request", "send",
                "email", email, "request:mode", "mode:REMOVE", "request:mailLanguage", "language:cy");
        assertEquals(302, sent.statusCode(), sent.body());
        String list = admin.get("admin/erasure.xhtml?lang=en").body();
        assertTrue(list.contains("Waiting for confirmation"), list);
        assertFalse(list.contains(email), "the address is shown only in part");

        MimeMessage mail = Mailbox.mailTo(email, "Cadarnhewch");
        String link = Mailbox.linkIn(mail);
        assertTrue(Mailbox.text(mail).contains("o fewn 7 diwrnod"));

        // opening the link erases nothing: a mail scanner may open it
        String confirmPage = http().get(link).body();
        assertTrue(confirmPage.contains("Bydd eich pryderon yn cael eu tynnu oddi ar y tudalennau cyhoeddus"), confirmPage);
        assertFalse(columnsContaining(email).isEmpty(), "not erased before the person confirms");

        HttpResponse<String> confirmed = Faces.submit(http(), link, "confirm", "confirm-button");
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("dydy’r pryder a adroddoch chi ddim yn cario eich manylion mwyach"), confirmed.body());
        assertEquals(List.of(), columnsContaining(email));
        assertEquals(List.of(), columnsContaining(words));
        assertFalse(http().get("concerns/view.xhtml?ref=" + reference).body().contains(words));

        // the link works once
        String again = http().get(link).body();
        assertTrue(again.contains("Dydy’r ddolen hon ddim yn gweithio"), again);
        assertTrue(admin.get("admin/erasure.xhtml?lang=cy").body().contains("Wedi’i ddileu"));
    }

    @Test
    void residentsAndPartnerStaffCannotReachTheErasurePage() throws Exception {
        Http resident = Residents.verified(base.toString(), address("not-admin"), "en");
        assertFalse(resident.get("admin/erasure.xhtml").body().contains("E-mail the confirmation link"));
        Http officer = http();
        assertTrue(Faces.signIn(officer, "heddlu@llais.example", STAFF_PASSWORD));
        HttpResponse<String> r = officer.get("admin/erasure.xhtml");
        assertEquals(403, r.statusCode());
    }

    // ---- the database, searched

    /** Every text column of every table in which the text occurs, as "table.column". */
    static List<String> columnsContaining(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(TestServers.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'tinytext')");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            for (String[] c : columns) {
                try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM `" + c[0] + "` WHERE INSTR(`" + c[1] + "`, ?) > 0")) {
                    s.setString(1, text);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            found.add(c[0] + "." + c[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Whether every e-mail sent to the address has lost its bodies (waiting up to five seconds for the sender to record it). */
    private static boolean sentBodiesForgotten(String email) throws Exception {
        for (int i = 0; i < 50; i++) {
            try (Connection db = DriverManager.getConnection(TestServers.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
                 PreparedStatement s = db.prepareStatement("SELECT SUM(sent_at IS NOT NULL), SUM(body_text <> '' OR body_html <> '')"
                         + " FROM mail_outbox WHERE recipient = ?")) {
                s.setString(1, email);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0 && r.getLong(2) == 0) {
                        return true;
                    }
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean audited(String reference, String mode) throws Exception {
        try (Connection db = DriverManager.getConnection(TestServers.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM audit_event a JOIN concern c ON c.id = a.concern_id"
                     + " WHERE c.reference = ? AND a.action = 'ERASED' AND a.to_value = ?")) {
            s.setString(1, reference);
            s.setString(2, mode);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 1;
            }
        }
    }
}
