package cymru.llais.routing.boundary;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Tell us once": concerns reported at real Cardiff places reach the team the rules name, the team is
 * told by e-mail in its language, works the concern in its inbox and refers it on; no partner sees
 * another's items. Demo partnership: see cymru.llais.platform.DemoTeams.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class RoutingInboxIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String COUNCIL = "cyngor@llais.example";
    private static final String POLICE = "heddlu@llais.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private String report(String category, double lat, double lon, String text) throws Exception {
        String body = Json.createObjectBuilder().add("category", category).add("lat", lat).add("lon", lon)
                .add("description", text).add("language", "en").build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return json(r).getString("reference");
    }

    private String agency(String reference) throws Exception {
        JsonObject c = json(http().get("api/concerns/" + reference));
        return c.containsKey("agency") ? c.getJsonObject("agency").getString("en") : null;
    }

    private static String idIn(String inboxHtml, String reference) {
        Matcher m = Pattern.compile("concern\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(reference)).matcher(inboxHtml);
        assertTrue(m.find(), "the inbox lists " + reference);
        return m.group(1);
    }

    private static MimeMessage mailWithSubject(String subjectPart) throws Exception {
        return mailWithSubject(subjectPart, 100);
    }

    private static MimeMessage mailWithSubject(String subjectPart, int tenthsOfSeconds) throws Exception {
        for (int i = 0; i < tenthsOfSeconds; i++) {
            for (MimeMessage m : TestServers.mail().getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail with subject containing " + subjectPart);
    }

    @Test
    void concernsAtRealPlacesGoToTheTeamTheMostSpecificRuleNames() throws Exception {
        String speeding = report("speeding", 51.4830, -3.1560, "Cars racing along Splott Road after midnight.");
        String flyTipping = report("fly-tipping", 51.4905, -3.1745, "A pile of rubble dumped in the lane behind the shops.");
        String youthButetown = report("youth-nuisance", 51.4660, -3.1680, "Young people setting off fireworks by the bay path.");
        String youthCathays = report("youth-nuisance", 51.4905, -3.1745, "Young people kicking bins over on the corner every night.");
        assertEquals("South Wales Police", agency(speeding));
        assertEquals("Cardiff Council", agency(flyTipping));
        assertEquals("Cardiff Youth Justice Service", agency(youthButetown), "the ward rule beats the authority's default");
        assertEquals("Cardiff Council", agency(youthCathays), "the authority's default team");
    }

    @Test
    void theTeamIsToldByEmailInItsOwnLanguage() throws Exception {
        String police = report("drug-dealing", 51.4830, -3.1930, "Cars stopping for a minute by the alley, every afternoon.");
        MimeMessage english = mailWithSubject(police);
        assertEquals("cardiff.neighbourhood@police.example", english.getAllRecipients()[0].toString());
        assertTrue(english.getSubject().startsWith("New concern " + police), english.getSubject());

        String council = report("anti-social-behaviour", 51.4905, -3.1745, "Shouting and fighting outside the late shop at night.");
        MimeMessage welsh = mailWithSubject(council);
        assertEquals("diogelwch.cymunedol@caerdydd.example", welsh.getAllRecipients()[0].toString());
        assertTrue(welsh.getSubject().startsWith("Pryder newydd " + council), welsh.getSubject());
    }

    @Test
    void policeAcknowledgeAndReferToTheCouncilWhoGetTheWholeHistoryWhileTheResidentSeesWhoHasItNow() throws Exception {
        String reference = report("speeding", 51.4830, -3.1560, "Quad bikes tearing round the park at night, it is about noise and damage.");
        Http police = http();
        assertTrue(Faces.signIn(police, POLICE, PASSWORD));
        String inbox = police.get("staff/inbox.xhtml?lang=en").body();
        String id = idIn(inbox, reference);
        String page = "staff/concern.xhtml?id=" + id + "&lang=en";

        HttpResponse<String> ack = Faces.submit(police, page, "quick", "acknowledge");
        assertEquals(200, ack.statusCode());
        assertTrue(ack.body().contains("The concern is acknowledged."), ack.body());
        assertEquals("acknowledged", json(http().get("api/concerns/" + reference)).getString("status"));

        HttpResponse<String> note = Faces.submit(police, page, "noteForm", "addNote", "note", "INTERNAL-NOTE checked CCTV, nothing.");
        assertTrue(note.body().contains("The note has been added."), note.body());

        String detail = police.get(page).body();
        Matcher council = Pattern.compile("<option value=\"(\\d+)\">Cardiff Council: Community Safety Team</option>").matcher(detail);
        assertTrue(council.find(), "the council's team can be chosen");
        HttpResponse<String> referred = Faces.submitOn(police, page, detail, "referForm", "refer",
                "referTo", council.group(1), "reason", "Not a police matter: park byelaws, council wardens.");
        assertEquals(302, referred.statusCode(), referred.body());

        assertEquals("Cardiff Council", agency(reference), "the resident's page shows who has it now");
        assertEquals("referred", json(http().get("api/concerns/" + reference)).getString("status"));
        assertEquals(404, police.get(page).statusCode(), "the police no longer hold it");
        assertFalse(police.get("staff/inbox.xhtml").body().contains(reference));

        Http councilStaff = http();
        assertTrue(Faces.signIn(councilStaff, COUNCIL, PASSWORD));
        String councilDetail = councilStaff.get("staff/concern.xhtml?id=" + id + "&lang=en").body();
        assertTrue(councilDetail.contains("Not a police matter: park byelaws, council wardens."), "the reason travels with it");
        assertTrue(councilDetail.contains("INTERNAL-NOTE checked CCTV"), "and the notes");
        assertTrue(councilDetail.contains("Huw Heddlu"), "and who did what");
        assertTrue(councilDetail.contains("South Wales Police: Cardiff Neighbourhood Policing"), councilDetail);

        for (String publicPage : List.of("api/concerns/" + reference, "concerns/view.xhtml?ref=" + reference,
                "concerns/index.xhtml?ward=W05000879", "api/concerns?ward=W05000879")) {
            assertFalse(http().get(publicPage).body().contains("INTERNAL-NOTE"), publicPage);
        }
        MimeMessage toCouncil = mailWithSubject("Pryder " + reference + " wedi’i gyfeirio");
        assertEquals("diogelwch.cymunedol@caerdydd.example", toCouncil.getAllRecipients()[0].toString());
    }

    @Test
    void anOverdueConcernStandsOutAndIsEscalatedOnceToTheTeamLead() throws Exception {
        String reference = report("drug-dealing", 51.4830, -3.1560, "Dealing from a parked car near the school gates at home time.");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(TestServers.database().jdbcUrl(),
                cymru.llais.testing.EmbeddedMariaDb.USER, cymru.llais.testing.EmbeddedMariaDb.PASSWORD)) {
            var update = db.prepareStatement("UPDATE concern_assignment a JOIN concern c ON c.id = a.concern_id"
                    + " SET a.acknowledge_by = ? WHERE c.reference = ?");
            update.setObject(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(1));
            update.setString(2, reference);
            assertEquals(1, update.executeUpdate(), "the service level ran out an hour ago");
        }
        MimeMessage escalation = mailWithSubject("Overdue: concern " + reference, 1000);
        assertEquals(POLICE, escalation.getAllRecipients()[0].toString(), "the team lead, in the lead's language");

        Http police = http();
        assertTrue(Faces.signIn(police, POLICE, PASSWORD));
        String overdue = police.get("staff/inbox.xhtml?view=overdue&lang=en").body();
        String id = idIn(overdue, reference);
        assertTrue(overdue.contains("class=\"overdue\""), "overdue rows stand out");
        String detail = police.get("staff/concern.xhtml?id=" + id + "&lang=en").body();
        assertTrue(detail.contains("has been escalated to the team lead"), detail);
        assertTrue(detail.contains("Escalated to the team lead"), "the trail records it");
        Thread.sleep(61_000);
        long escalations = java.util.Arrays.stream(TestServers.mail().getReceivedMessages())
                .filter(m -> { try { return m.getSubject().contains("Overdue: concern " + reference); } catch (Exception e) { return false; } })
                .count();
        assertEquals(1, escalations, "escalated once, not every minute");
    }

    @Test
    void noPartnerCanSeeOrActOnAnotherPartnersItems() throws Exception {
        String councilItem = report("fly-tipping", 51.4830, -3.1620, "Fridge and broken chairs left on the pavement by the school.");
        Http admin = http();
        assertTrue(Faces.signIn(admin, ADMIN, PASSWORD));
        String id = idIn(admin.get("staff/inbox.xhtml").body(), councilItem);

        Http police = http();
        assertTrue(Faces.signIn(police, POLICE, PASSWORD));
        for (String view : List.of("", "?view=open", "?view=overdue", "?view=closed", "?team=council-neighbourhood")) {
            assertFalse(police.get("staff/inbox.xhtml" + view).body().contains(councilItem), view);
        }
        assertEquals(404, police.get("staff/concern.xhtml?id=" + id).statusCode());
        HttpResponse<String> forgedAck = Faces.submitOn(police, "staff/concern.xhtml?id=" + id,
                police.get("staff/inbox.xhtml").body(), "quick", "acknowledge");
        assertFalse(forgedAck.body().contains("The concern is acknowledged."));
        assertEquals("received", json(http().get("api/concerns/" + councilItem)).getString("status"), "nothing changed");
        for (String adminPage : List.of("admin/index.xhtml", "admin/rules.xhtml", "admin/staff.xhtml")) {
            assertEquals(403, police.get(adminPage).statusCode(), adminPage);
        }
        Http anonymous = http();
        for (String staffPage : List.of("staff/inbox.xhtml", "staff/concern.xhtml?id=" + id, "admin/rules.xhtml")) {
            HttpResponse<String> r = anonymous.get(staffPage);
            assertEquals(302, r.statusCode(), staffPage);
            assertTrue(r.headers().firstValue("Location").orElse("").contains("signin.xhtml"), staffPage);
        }
    }

    @Test
    void signInAnswersAlikeForUnknownAddressesAndWrongPasswordsAndRenewsTheSession() throws Exception {
        Http http = http();
        http.get("?lang=en");
        HttpResponse<String> unknown = Faces.submit(http, "signin.xhtml", "signin", "signin-button",
                "email", "nobody-" + System.nanoTime() + "@llais.example", "password", "whatever-it-is-1");
        HttpResponse<String> wrong = Faces.submit(http, "signin.xhtml", "signin", "signin-button",
                "email", COUNCIL, "password", "not-the-password-1");
        String message = "The e-mail address or password is not right";
        assertTrue(unknown.body().contains(message) && wrong.body().contains(message), "the same answer for both");
        assertEquals(unknown.statusCode(), wrong.statusCode());

        Http good = http();
        String before = sessionCookie(good.get("signin.xhtml"));
        HttpResponse<String> signedIn = Faces.submit(good, "signin.xhtml", "signin", "signin-button", "email", ADMIN, "password", PASSWORD);
        assertEquals(302, signedIn.statusCode());
        String after = sessionCookie(signedIn);
        assertNotEquals(before, after, "a new session id at sign-in");
        assertEquals(200, good.get("staff/inbox.xhtml").statusCode());
    }

    @Test
    void signInsFromOneConnectionAreRateLimitedWithABilingualMessage() throws Exception {
        String client = "198.51.100." + (System.nanoTime() % 200 + 1) + "-" + System.nanoTime();
        assertTrue(RateLimitProbe.refusedAfter(TestServers.SIGN_INS_PER_MINUTE, () -> Faces.submit(http().always("X-Forwarded-For", client), "signin.xhtml?lang=cy",
                "signin", "signin-button", "email", "nobody@llais.example", "password", "wrong-password"),
                "Gormod o ymdrechion i fewngofnodi o’r cysylltiad hwn."), "refused in Welsh, and only after the limit");
        assertTrue(Faces.signIn(http(), ADMIN, PASSWORD), "other connections are not affected");
    }

    @Test
    void theAdministratorCreatesAnAccountThatIsLockedOutAfterFiveWrongPasswords() throws Exception {
        Http admin = http();
        assertTrue(Faces.signIn(admin, ADMIN, PASSWORD));
        String page = admin.get("admin/staff.xhtml?lang=en").body();
        Matcher police = Pattern.compile("<option value=\"(\\d+)\">South Wales Police</option>").matcher(page);
        assertTrue(police.find(), page);
        String email = "swyddog-" + System.nanoTime() + "@police.example";
        String password = "Un-cyfrinair-hir-iawn-1";
        HttpResponse<String> weak = Faces.submitOn(admin, "admin/staff.xhtml?lang=cy", page, "createForm", "createStaff",
                "staffName", "Swyddog Newydd", "staffEmail", email, "staffPassword", "short", "staffRole", "STAFF",
                "staffPartner", police.group(1), "staffLanguage", "cy");
        assertTrue(weak.body().contains("Rhaid i’r cyfrinair fod o leiaf 12 nod."), weak.body());
        HttpResponse<String> created = Faces.submit(admin, "admin/staff.xhtml?lang=en", "createForm", "createStaff",
                "staffName", "Swyddog Newydd", "staffEmail", email, "staffPassword", password, "staffRole", "STAFF",
                "staffPartner", police.group(1), "staffLanguage", "cy");
        assertTrue(created.body().contains("The account has been created."), created.body());
        assertFalse(created.body().contains(password));

        assertTrue(Faces.signIn(http(), email, password), "the new account can sign in");
        for (int i = 0; i < 5; i++) {
            assertFalse(Faces.signIn(http(), email, "wrong-password-" + i));
        }
        assertFalse(Faces.signIn(http(), email, password), "locked out, even with the right password");
    }

    private static String sessionCookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse("");
    }

    @Test
    void theAdministratorPreviewsWhoReceivesAReportAndChangesARule() throws Exception {
        Http admin = http();
        assertTrue(Faces.signIn(admin, ADMIN, PASSWORD));
        HttpResponse<String> preview = Faces.submit(admin, "admin/rules.xhtml?lang=en", "previewForm", "preview",
                "previewCategory", "youth-nuisance", "previewWard", "", "previewLatitude", "51.4660", "previewLongitude", "-3.1680");
        assertTrue(preview.body().contains("It would go to: Cardiff Youth Justice Service, Youth Justice Outreach."), preview.body());
        assertTrue(preview.body().contains("Ward of the place: Butetown"));

        HttpResponse<String> outside = Faces.submit(admin, "admin/rules.xhtml?lang=cy", "previewForm", "preview",
                "previewCategory", "speeding", "previewWard", "", "previewLatitude", "51.5074", "previewLongitude", "-0.1278");
        assertTrue(outside.body().contains("Mae’r pin y tu allan i Gymru."), outside.body());

        String rules = admin.get("admin/rules.xhtml?lang=en").body();
        Matcher fire = Pattern.compile("<option value=\"(\\d+)\">South Wales Fire and Rescue Service: Arson Reduction Team</option>").matcher(rules);
        assertTrue(fire.find());
        HttpResponse<String> added = Faces.submitOn(admin, "admin/rules.xhtml?lang=en", rules, "addForm", "addRule",
                "ruleCategory", "vandalism-graffiti", "ruleArea", "W:W05000901", "ruleTeam", fire.group(1));
        assertTrue(added.body().contains("The rule has been saved."), added.body());
        String partners = admin.get("admin/partners.xhtml?lang=cy").body();
        Matcher fireAndRescue = Pattern.compile("<option value=\"(\\d+)\">Gwasanaeth Tân ac Achub De Cymru</option>").matcher(partners);
        assertTrue(fireAndRescue.find(), partners);
        HttpResponse<String> badDays = Faces.submitOn(admin, "admin/partners.xhtml?lang=cy", partners, "slaForm", "saveSla",
                "slaPartner", fireAndRescue.group(1), "slaDays", "99");
        assertTrue(badDays.body().contains("Rhowch nifer cyfan o ddiwrnodau gwaith rhwng 1 a 60."), badDays.body());
        HttpResponse<String> days = Faces.submit(admin, "admin/partners.xhtml?lang=cy", "slaForm", "saveSla",
                "slaPartner", fireAndRescue.group(1), "slaDays", "3");
        assertTrue(days.body().contains("Cydnabod o fewn tri diwrnod gwaith."), days.body());

        String rumney = report("vandalism-graffiti", 51.5150, -3.1200, "Bins set alight and the bus shelter scorched in the night.");
        assertEquals("South Wales Fire and Rescue Service", agency(rumney), "the new ward rule in Rumney");
        String splott = report("vandalism-graffiti", 51.4830, -3.1560, "Graffiti sprayed on the railway bridge wall overnight.");
        assertEquals("Cardiff Council", agency(splott), "elsewhere the authority's rule still applies");
    }
}
