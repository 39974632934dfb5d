package cymru.llais.outcomes.boundary;

import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
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
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "You said, we did": partner staff publish an outcome in Welsh and English answering concerns their organisation
 * holds; the concerns are closed with their history; the board, the permanent page and the ward's Atom feed show it;
 * an outcome without its Welsh is refused; no partner reaches another's concerns or drafts; a sensitive concern is
 * only ever counted. Demo partnership: see cymru.llais.platform.DemoTeams.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class OutcomesIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String COUNCIL = "cyngor@llais.example";
    private static final String POLICE = "heddlu@llais.example";
    private static final double CATHAYS_LAT = 51.4905;
    private static final double CATHAYS_LON = -3.1745;

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

    private String report(String category, String text) throws Exception {
        String body = Json.createObjectBuilder().add("category", category).add("lat", CATHAYS_LAT).add("lon", CATHAYS_LON)
                .add("description", text).add("language", "en").build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return json(r).getString("reference");
    }

    private String ward() throws Exception {
        return json(http().get("api/areas?lat=" + CATHAYS_LAT + "&lon=" + CATHAYS_LON)).getJsonObject("ward").getString("code");
    }

    private String status(String reference) throws Exception {
        return json(http().get("api/concerns/" + reference)).getString("status");
    }

    private static String idIn(String inboxHtml, String reference) {
        Matcher m = Pattern.compile("concern\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(reference)).matcher(inboxHtml);
        assertTrue(m.find(), "the inbox lists " + reference);
        return m.group(1);
    }

    private static Http signedIn(Http http, String email) throws Exception {
        assertTrue(Faces.signIn(http, email, PASSWORD), email + " signs in");
        return http;
    }

    private static String[] form(String kind, String references, String responseEn, String responseCy, String outcomeEn,
                                 String outcomeCy) {
        return new String[] {"kind", kind, "doneOn", LocalDate.now().minusDays(1).toString(), "responseEn", responseEn,
                "responseCy", responseCy, "outcomeEn", outcomeEn, "outcomeCy", outcomeCy, "reasonEn", "", "reasonCy", "",
                "references", references};
    }

    /** Publishes (or saves) through the staff form; the outcome's id, or null when it was refused (then {@code refused} holds the page). */
    private static String submit(Http staff, String page, String button, String[] fields, List<String> refused) throws Exception {
        HttpResponse<String> r = Faces.submit(staff, page, "outcome", button, fields);
        if (r.statusCode() == 302) {
            Matcher m = Pattern.compile("outcome\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
            assertTrue(m.find(), r.headers().toString());
            return m.group(1);
        }
        assertEquals(200, r.statusCode(), r.body());
        refused.add(r.body());
        return null;
    }

    private static String unique(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void staffPublishAnOutcomeAnsweringTwoConcernsInBothLanguagesAndTheyAreClosedWithHistoryOnTheBoardPageAndFeed() throws Exception {
        String first = report("fly-tipping", "A fridge and broken chairs dumped by the bins behind the chapel.");
        String second = report("fly-tipping", "Someone has dumped a fridge and chairs behind the chapel again.");
        Http council = signedIn(http(), COUNCIL);
        String concernId = idIn(council.get("staff/inbox.xhtml?lang=en").body(), first);
        assertTrue(council.get("staff/concern.xhtml?id=" + concernId + "&lang=en").body().contains("Write an outcome"));
        String formPage = "staff/outcome.xhtml?concern=" + concernId + "&lang=en";
        String formHtml = council.get(formPage).body();
        assertTrue(formHtml.contains("value=\"" + first + "\""), "the form starts from the concern");
        assertTrue(formHtml.contains("lang=\"cy\""), "the Welsh fields are marked as Welsh");

        String we = unique("WE-DID");
        String ni = unique("GWNAETHOM");
        List<String> refused = new ArrayList<>();
        String id = submit(council, formPage, "publish", form("ACTION_TAKEN", first + ", " + second,
                "Thank you for telling us.", "Diolch am roi gwybod i ni.", we + " The fridge and chairs were cleared.",
                ni + " Cliriwyd yr oergell a’r cadeiriau."), refused);
        assertTrue(refused.isEmpty(), refused.isEmpty() ? "" : refused.get(0));

        assertEquals("closed", status(first));
        assertEquals("closed", status(second));
        String trail = council.get("staff/concern.xhtml?id=" + concernId + "&lang=en").body();
        assertTrue(trail.contains("Outcome published"), "the audit trail records it");
        String concernPage = http().get("concerns/view.xhtml?ref=" + first + "&lang=en").body();
        assertTrue(concernPage.contains("outcomes/view.xhtml?id=" + id), "the concern's page links to its outcome");
        assertTrue(concernPage.contains("status-closed"), "the history shows it closed");

        String boardCy = http().get("outcomes/index.xhtml?ward=" + ward() + "&lang=cy").body();
        assertTrue(boardCy.contains(ni), "the Welsh board shows the Welsh outcome");
        assertFalse(boardCy.contains(we));
        String boardEn = http().get("outcomes/index.xhtml?category=fly-tipping&period=month&lang=en").body();
        assertTrue(boardEn.contains(we), "the English board shows the English outcome");
        assertFalse(boardEn.contains(ni));
        assertFalse(http().get("outcomes/index.xhtml?category=speeding&lang=en").body().contains(we), "filtered by category");

        HttpResponse<String> pageCy = http().get("outcomes/view.xhtml?id=" + id + "&lang=cy");
        assertEquals(200, pageCy.statusCode());
        assertTrue(pageCy.body().contains("lang=\"cy\">" + ni), pageCy.body());
        assertTrue(pageCy.body().contains("Cyngor Caerdydd"), "the partner is named");
        assertFalse(pageCy.body().contains("cyngor@llais.example"), "the member of staff is not");
        assertTrue(pageCy.body().contains(first) && pageCy.body().contains(second), "both public concerns are linked");
        HttpResponse<String> pageEn = http().get("outcomes/view.xhtml?id=" + id + "&lang=en");
        assertTrue(pageEn.body().contains("lang=\"en\">" + we), pageEn.body());

        HttpResponse<String> feed = http().get("outcomes/feed.xml?ward=" + ward() + "&lang=cy");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document atom = f.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed", atom.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
        NodeList ids = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id");
        boolean listed = false;
        for (int i = 0; i < ids.getLength(); i++) {
            listed |= ids.item(i).getTextContent().equals("urn:llais:outcome:" + id);
        }
        assertTrue(listed, feed.body());
        assertTrue(feed.body().contains(ni));
        assertEquals(404, http().get("outcomes/feed.xml?ward=W99999999").statusCode());
    }

    @Test
    void publishingWithoutTheWelshIsRefusedBesideTheFieldsAndNothingPublicChanges() throws Exception {
        String reference = report("fly-tipping", "Builders' rubble left on the pavement outside number twelve.");
        Http council = signedIn(http(), COUNCIL);
        String concernId = idIn(council.get("staff/inbox.xhtml?lang=en").body(), reference);
        String we = unique("NO-WELSH");
        List<String> refused = new ArrayList<>();
        String id = submit(council, "staff/outcome.xhtml?concern=" + concernId + "&lang=en", "publish",
                form("ACTION_TAKEN", reference, "Thanks.", "", we, " "), refused);
        assertEquals(null, id);
        assertTrue(refused.get(0).contains("Write the response in Welsh before publishing."), refused.get(0));
        assertTrue(refused.get(0).contains("Write what was done in Welsh before publishing."));
        assertTrue(refused.get(0).contains("id=\"responseCy-error\""), "beside the field");

        List<String> cy = new ArrayList<>();
        submit(council, "staff/outcome.xhtml?concern=" + concernId + "&lang=cy", "publish",
                form("ACTION_TAKEN", reference, "Thanks.", "", we, ""), cy);
        assertTrue(cy.get(0).contains("Ysgrifennwch yr ymateb yn Gymraeg cyn cyhoeddi."), cy.get(0));

        assertEquals("received", status(reference));
        assertFalse(http().get("outcomes/index.xhtml?lang=en").body().contains(we));

        String draft = submit(council, "staff/outcome.xhtml?concern=" + concernId + "&lang=en", "saveDraft",
                form("ACTION_TAKEN", reference, "Thanks.", "", we, ""), new ArrayList<>());
        assertTrue(draft != null, "a draft may lack the Welsh");
        assertEquals(404, http().get("outcomes/view.xhtml?id=" + draft + "&lang=en").statusCode(), "a draft is not public");
        assertEquals("received", status(reference));
        assertFalse(http().get("outcomes/index.xhtml?lang=en").body().contains(we));
        assertTrue(council.get("staff/outcomes.xhtml?lang=en").body().contains("outcome.xhtml?id=" + draft), "listed for its partner");
    }

    @Test
    void staffOfAnotherPartnerCanNeitherLinkTheConcernNorSeeTheDraft() throws Exception {
        String councils = report("fly-tipping", "Garden waste tipped over the wall into the lane by the school.");
        Http council = signedIn(http(), COUNCIL);
        String concernId = idIn(council.get("staff/inbox.xhtml?lang=en").body(), councils);
        String draft = submit(council, "staff/outcome.xhtml?concern=" + concernId + "&lang=en", "saveDraft",
                form("ACTION_TAKEN", councils, "Draft only.", "Drafft yn unig.", "DRAFT-SECRET", ""), new ArrayList<>());
        assertTrue(draft != null);

        Http police = signedIn(http(), POLICE);
        assertEquals(404, police.get("staff/outcome.xhtml?id=" + draft + "&lang=en").statusCode());
        assertEquals(404, police.get("staff/outcome.xhtml?concern=" + concernId + "&lang=en").statusCode());
        assertFalse(police.get("staff/outcomes.xhtml?lang=en").body().contains("DRAFT-SECRET"));

        String polices = report("speeding", "Motorbikes racing each other up and down the road after ten at night.");
        String policeConcern = idIn(police.get("staff/inbox.xhtml?lang=en").body(), polices);
        List<String> refused = new ArrayList<>();
        String id = submit(police, "staff/outcome.xhtml?concern=" + policeConcern + "&lang=en", "publish",
                form("ACTION_TAKEN", polices + " " + councils, "r", "r", "o", "o"), refused);
        assertEquals(null, id);
        assertTrue(refused.get(0).contains("These are not references of concerns your organisation holds: " + councils), refused.get(0));
        assertEquals("received", status(councils));
        assertEquals("received", status(polices));

        assertEquals(404, http().get("outcomes/view.xhtml?id=" + draft).statusCode());
    }

    @Test
    void aSensitiveConcernLinkedToAnOutcomeIsOnlyEverCountedInPublic() throws Exception {
        String sensitiveText = unique("SENSITIVE-WORDS") + " someone painted racist words on my door";
        String sensitive = report("hate-incident", sensitiveText);
        String open = report("fly-tipping", "Black bags split open all along the lane, the foxes have been at them.");
        Http admin = signedIn(http(), ADMIN);
        String openId = idIn(admin.get("staff/inbox.xhtml?lang=en").body(), open);
        String we = unique("COUNTED");
        List<String> refused = new ArrayList<>();
        String id = submit(admin, "staff/outcome.xhtml?concern=" + openId + "&lang=en", "publish",
                form("ACTION_TAKEN", open + " " + sensitive, "We heard you.", "Clywsom ni chi.", we, we + " cy"), refused);
        assertTrue(refused.isEmpty(), refused.isEmpty() ? "" : refused.get(0));

        for (String lang : List.of("en", "cy")) {
            String page = http().get("outcomes/view.xhtml?id=" + id + "&lang=" + lang).body();
            String board = http().get("outcomes/index.xhtml?lang=" + lang).body();
            String feed = http().get("outcomes/feed.xml?ward=" + ward() + "&lang=" + lang).body();
            for (String output : List.of(page, board, feed)) {
                assertFalse(output.contains(sensitive), "the sensitive concern's reference is never public");
                assertFalse(output.contains("SENSITIVE-WORDS"), "nor its words");
            }
            assertTrue(page.contains(open));
        }
        assertTrue(http().get("outcomes/view.xhtml?id=" + id + "&lang=en").body()
                .contains("One report in a sensitive category was answered too"));
        assertTrue(http().get("outcomes/view.xhtml?id=" + id + "&lang=cy").body()
                .contains("Atebwyd un adroddiad mewn categori sensitif hefyd"));
    }

    @Test
    void theBoardWorksWithoutJavaScriptAndSaysSoWhenAFilterIsUnknown() throws Exception {
        HttpResponse<String> board = http().get("outcomes/index.xhtml?ward=NOPE&category=nope&partner=x&period=decade&page=z&lang=cy");
        assertEquals(200, board.statusCode());
        assertTrue(board.body().contains("Nid yw’r ward honno’n hysbys"));
        assertTrue(board.body().contains("Nid yw’r cyfnod hwnnw’n hysbys"));
        assertTrue(board.body().contains("method=\"get\""));
        assertEquals(404, http().get("outcomes/view.xhtml?id=abc").statusCode());
        assertEquals(404, http().get("outcomes/view.xhtml?id=999999").statusCode());
        assertTrue(http().get("outcomes/index.xhtml?lang=en").body().contains("Splott"), "the demo outcomes are on the board");
    }
}
