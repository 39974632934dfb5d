package cymru.llais.budgeting.boundary;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Residents' proposals through the pages: a verified resident proposes in Welsh or English in the ideas phase; every
 * proposal waits for a councillor of the round's ward (the free-text check's findings shown), is public only once
 * approved and never with its proposer; a councillor of another ward cannot reach it; staff add the other language,
 * decide feasibility with a public reason, and only an approved proposal in both languages reaches the ballot.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class BudgetingProposalsIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String COUNCILLOR = "cynghorydd@llais.example";
    private static final String CATHAYS = "W05000857";
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http client() {
        return new Http(base.toString()).always("X-Forwarded-For", "198.51.100." + (RANDOM.nextInt(250) + 1) + "-" + System.nanoTime());
    }

    private Http staff(String email) throws Exception {
        Http http = client();
        HttpResponse<String> r = Faces.submit(http, "signin.xhtml", "signin", "signin-button", "email", email, "password", PASSWORD);
        assertEquals(302, r.statusCode(), email + " signs in");
        assertFalse(r.headers().firstValue("Location").orElse("").contains("signin"), email + " signs in");
        return http;
    }

    private Http resident(String language) throws Exception {
        return Residents.verified(base.toString(), "cynigydd." + word() + "@llais.test", language);
    }

    private static String word() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** Round fields with the ideas phase from {@code ideasFrom} days and the following phases 10 days apart from {@code reviewFrom}. */
    private static String[] roundFields(String ward, String title, int ideasFrom, int reviewFrom) {
        LocalDate t = today();
        return new String[] {"area", "WARD:" + ward, "titleEn", title + " brighter evenings", "titleCy", title + " nosweithiau goleuach",
                "descriptionEn", "Ideas for safer evenings", "descriptionCy", "Syniadau am nosweithiau mwy diogel", "budget", "10000",
                "ballotType", "KNAPSACK", "maxProjects", "", "points", "", "rule", "GREEDY",
                "ideasFrom", t.plusDays(ideasFrom).toString(), "reviewFrom", t.plusDays(reviewFrom).toString(),
                "votingFrom", t.plusDays(reviewFrom + 10).toString(), "resultsFrom", t.plusDays(reviewFrom + 20).toString(),
                "deliveryFrom", t.plusDays(reviewFrom + 30).toString()};
    }

    private static String createRound(Http admin, String ward, String title, int ideasFrom, int reviewFrom) throws Exception {
        HttpResponse<String> r = Faces.submit(admin, "admin/rounds.xhtml", "round", "saveRound", roundFields(ward, title, ideasFrom, reviewFrom));
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("round\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        return m.group(1);
    }

    /** Posts the proposal form; {@code photo} null sends the file field empty. */
    private static HttpResponse<String> propose(Http resident, String round, String pageLanguage, String language, String title,
                                                String description, String cost, String place, byte[] photo, String alt) throws Exception {
        String page = "budgeting/propose.xhtml?round=" + round + "&lang=" + pageLanguage;
        String form = resident.get(page).body();
        assertTrue(form.contains("id=\"proposal\""), form);
        Map<String, String> fields = Http.fields("proposal", "proposal", "language", language, "title", title, "description", description,
                "cost", cost, "place", place, "photoAlt", alt, "propose", "propose", "jakarta.faces.ViewState", Http.viewState(form));
        return resident.postMultipart(page, fields, "photo", photo);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Connection db() throws Exception {
        EmbeddedMariaDb db = TestServers.database();
        return DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static long count(String sql, Object... args) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String text(String sql, Object... args) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** The id of the proposal with this word in its title. */
    private static String proposalId(String word) throws Exception {
        String id = text("SELECT id FROM pb_project WHERE title_en LIKE ? OR title_cy LIKE ?", "%" + word + "%", "%" + word + "%");
        assertNotNull(id, word);
        return id;
    }

    private static long proposals(String round) throws Exception {
        return count("SELECT COUNT(*) FROM pb_project WHERE round_id = ?", Long.valueOf(round));
    }

    private static HttpResponse<String> approve(Http councillor, String id) throws Exception {
        return Faces.submit(councillor, "councillor/proposal.xhtml?id=" + id, "approveForm", "approve");
    }

    private static String otherWard() throws Exception {
        return text("SELECT code FROM ward WHERE local_authority_code = 'W06000015' AND code NOT IN (?, ?) AND code NOT IN "
                + "(SELECT ward_code FROM staff_ward sw JOIN staff_account a ON a.id = sw.staff_id WHERE a.email = ?) ORDER BY code LIMIT 1",
                CATHAYS, "W05000873", COUNCILLOR);
    }

    @Test
    void residentsProposeInTheirLanguageAndProposalsArePublicOnlyOnceApprovedAndNeverWithTheirProposer() throws Exception {
        Http admin = staff(ADMIN);
        String title = word();
        String round = createRound(admin, CATHAYS, title, -5, 10);
        Http welsh = resident("cy");
        Http english = resident("en");
        String cyWord = word();
        String enWord = word();

        HttpResponse<String> r = propose(welsh, round, "cy", "cy", "Mainc " + cyWord, "Mainc newydd a golau wrth y llwybr " + cyWord,
                "£1,800", "Parc y Rhath", png(), "Mainc bren wrth y llwybr " + cyWord);
        assertEquals(302, r.statusCode(), r.body());
        r = propose(english, round, "en", "en", "Bench " + enWord, "A new bench by the path " + enWord, "900", "", null, "");
        assertEquals(302, r.statusCode(), r.body());

        String cyId = proposalId(cyWord);
        String enId = proposalId(enWord);
        assertEquals("HELD", text("SELECT status FROM pb_project WHERE id = ?", cyId));
        assertEquals("cy", text("SELECT language FROM pb_project WHERE id = ?", cyId));
        assertEquals(null, text("SELECT title_en FROM pb_project WHERE id = ?", cyId));
        assertEquals("1800", text("SELECT cost FROM pb_project WHERE id = ?", cyId));
        assertEquals(1, count("SELECT COUNT(*) FROM pb_project_photo WHERE project_id = ?", cyId));
        assertEquals(null, text("SELECT title_cy FROM pb_project WHERE id = ?", enId));

        // the resident sees their own proposal and where it stands; the public sees nothing yet
        String mine = welsh.get("budgeting/propose.xhtml?round=" + round + "&lang=cy").body();
        assertTrue(mine.contains("Mainc " + cyWord) && mine.contains("Yn aros am gymedroli"), mine);
        assertFalse(mine.contains(enWord));
        String before = client().get("budgeting/round.xhtml?id=" + round + "&lang=en").body();
        assertFalse(before.contains(cyWord) || before.contains(enWord), before);
        assertEquals(404, client().get("budgeting/proposal-photos/" + cyId).statusCode());

        // the ward's councillor finds both waiting, and approves the Welsh one
        Http councillor = staff(COUNCILLOR);
        String queue = councillor.get("councillor/proposals.xhtml?lang=en").body();
        assertTrue(queue.contains(cyWord) && queue.contains(enWord), queue);
        assertTrue(queue.contains("every new proposal is moderated"), queue);
        HttpResponse<String> approved = approve(councillor, cyId);
        assertEquals(302, approved.statusCode(), approved.body());
        assertEquals("PROPOSED", text("SELECT status FROM pb_project WHERE id = ?", cyId));

        // hiding needs the reason in both languages; then only the reason is public
        HttpResponse<String> noReason = Faces.submit(councillor, "councillor/proposal.xhtml?id=" + enId + "&lang=en", "hideForm", "hide",
                "hideEn", "Not about this ward", "hideCy", "");
        assertTrue(noReason.body().contains("Give the public reason for hiding it, in English and in Welsh."), noReason.body());
        assertEquals("HELD", text("SELECT status FROM pb_project WHERE id = ?", enId));
        HttpResponse<String> hidden = Faces.submit(councillor, "councillor/proposal.xhtml?id=" + enId, "hideForm", "hide",
                "hideEn", "Not about this ward " + enWord + "reason", "hideCy", "Nid yw am y ward hon " + enWord + "rheswm");
        assertEquals(302, hidden.statusCode(), hidden.body());

        String en = client().get("budgeting/round.xhtml?id=" + round + "&lang=en").body();
        assertTrue(en.contains("lang=\"cy\">Mainc " + cyWord), en);
        assertTrue(en.contains("Mainc newydd a golau wrth y llwybr " + cyWord), en);
        assertTrue(en.contains("Cost estimate: £1,800") && en.contains("Place: Parc y Rhath"), en);
        assertTrue(en.contains("Awaiting review"), en);
        assertTrue(en.contains("alt=\"Mainc bren wrth y llwybr " + cyWord + "\""), en);
        assertTrue(en.contains("Not about this ward " + enWord + "reason"), en);
        assertFalse(en.contains("Bench " + enWord), en);
        assertFalse(en.contains("cynigydd.") || en.contains("@llais.test"), en);
        String cy = client().get("budgeting/round.xhtml?id=" + round + "&lang=cy").body();
        assertTrue(cy.contains("Nid yw am y ward hon " + enWord + "rheswm") && cy.contains("Mainc " + cyWord), cy);
        HttpResponse<String> photo = client().get("budgeting/proposal-photos/" + cyId);
        assertEquals(200, photo.statusCode());
        assertTrue(photo.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertEquals(404, client().get("budgeting/proposal-photos/" + enId).statusCode());
        assertTrue(english.get("budgeting/propose.xhtml?round=" + round + "&lang=en").body().contains("Hidden by a moderator"));

        // a proposal is the proposer's personal data: in their download, and not in another resident's
        String data = welsh.get("account/my-data.json").body();
        assertTrue(data.contains("budgetingProposals") && data.contains("Mainc " + cyWord) && data.contains("Parc y Rhath"), data);
        assertFalse(english.get("account/my-data.json").body().contains(cyWord));
    }

    @Test
    void badProposalsAreRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        Http admin = staff(ADMIN);
        String round = createRound(admin, CATHAYS, word(), -5, 10);

        // not signed in: to the sign-in form, which brings the resident back
        HttpResponse<String> anonymous = client().get("budgeting/propose.xhtml?round=" + round);
        assertEquals(302, anonymous.statusCode());
        String location = anonymous.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/signin.xhtml?next=%2Fbudgeting%2Fpropose.xhtml%3Fround%3D" + round), location);

        Http resident = resident("cy");
        String w = word();
        HttpResponse<String> r = propose(resident, round, "cy", "cy", "Goleuadau " + w, "Goleuadau newydd " + w, "0", "", null, "");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Rhowch yr amcangyfrif o&#39;r gost") || r.body().contains("Rhowch yr amcangyfrif o'r gost"), r.body());
        r = propose(resident, round, "en", "en", "Lights " + w, "New lights " + w, "ten thousand", "", null, "");
        assertTrue(r.body().contains("Enter the cost estimate as a whole number of pounds from 1 to 10,000,000"), r.body());
        r = propose(resident, round, "en", "en", "Lights " + w, "New lights " + w, "20000000", "", null, "");
        assertTrue(r.body().contains("Enter the cost estimate as a whole number of pounds from 1 to 10,000,000"), r.body());
        r = propose(resident, round, "en", "en", "L".repeat(201), "New lights " + w, "500", "", null, "");
        assertTrue(r.body().contains("The title must be 200 characters or fewer."), r.body());
        r = propose(resident, round, "en", "en", "Lights " + w, "New lights " + w, "500", "x".repeat(201), null, "");
        assertTrue(r.body().contains("The place must be 200 characters or fewer."), r.body());
        r = propose(resident, round, "en", "en", "Lights " + w, "New lights " + w, "500", "", "not an image at all".getBytes(), "Lights");
        assertTrue(r.body().contains("The photo must be a JPEG or PNG image."), r.body());
        r = propose(resident, round, "en", "en", "Lights " + w, "New lights " + w, "500", "", png(), "");
        assertTrue(r.body().contains("Say what the photo shows."), r.body());
        r = propose(resident, round, "en", "en", "", "", "500", "", null, "");
        assertTrue(r.body().contains("Enter a title for your proposal.") && r.body().contains("Enter a description of your proposal."), r.body());
        assertEquals(0, proposals(round));
        assertEquals(0, count("SELECT COUNT(*) FROM pb_project WHERE title_en LIKE ? OR title_cy LIKE ?", "%" + w + "%", "%" + w + "%"));

        // at most five proposals a round for one resident
        for (int i = 0; i < Proposals.MAX_PER_RESIDENT; i++) {
            assertEquals(302, propose(resident, round, "en", "en", "Idea " + w + (char) ('a' + i), "An idea", "100", "", null, "").statusCode());
        }
        r = propose(resident, round, "en", "en", "Idea " + w + "z", "An idea", "100", "", null, "");
        assertTrue(r.body().contains("You have made 5 proposals in this round already"), r.body());
        assertEquals(Proposals.MAX_PER_RESIDENT, proposals(round));

        // outside the ideas phase: the page says so and takes nothing
        String upcoming = createRound(admin, CATHAYS, word(), 3, 10);
        String closed = resident.get("budgeting/propose.xhtml?round=" + upcoming + "&lang=en").body();
        assertTrue(closed.contains("id=\"not-ideas\"") && !closed.contains("id=\"proposal\""), closed);
        String review = createRound(admin, CATHAYS, word(), -20, -2);
        closed = resident.get("budgeting/propose.xhtml?round=" + review + "&lang=en").body();
        assertTrue(closed.contains("Proposals are only taken while the round is collecting ideas."), closed);
        assertEquals(0, proposals(upcoming) + proposals(review));
    }

    @Test
    void theFreeTextCheckShowsTheCouncillorAPhoneNumberOrAnEmailAddress() throws Exception {
        Http admin = staff(ADMIN);
        String round = createRound(admin, CATHAYS, word(), -5, 10);
        Http resident = resident("en");
        String phone = word();
        String mail = word();
        assertEquals(302, propose(resident, round, "en", "en", "Gates " + phone, "Ring me on 07700 900456 about the gates",
                "2500", "", null, "").statusCode());
        assertEquals(302, propose(resident, round, "en", "en", "Planters " + mail, "Planters along the lane",
                "700", "write to planters@example.org", null, "").statusCode());
        assertEquals("PHONE", text("SELECT held_for FROM pb_project WHERE id = ?", proposalId(phone)));
        assertEquals("EMAIL", text("SELECT held_for FROM pb_project WHERE id = ?", proposalId(mail)));
        assertEquals("HELD", text("SELECT status FROM pb_project WHERE id = ?", proposalId(phone)));
        assertFalse(client().get("budgeting/round.xhtml?id=" + round).body().contains("07700 900456"));
        Http councillor = staff(COUNCILLOR);
        String page = councillor.get("councillor/proposal.xhtml?id=" + proposalId(phone) + "&lang=en").body();
        assertTrue(page.contains("a phone number"), page);
        page = councillor.get("councillor/proposal.xhtml?id=" + proposalId(mail) + "&lang=en").body();
        assertTrue(page.contains("an e-mail address"), page);
    }

    @Test
    void aCouncillorOfAnotherWardCannotReachTheProposalButTheAdministratorCan() throws Exception {
        Http admin = staff(ADMIN);
        String ward = otherWard();
        assertNotNull(ward);
        String round = createRound(admin, ward, word(), -5, 10);
        String w = word();
        assertEquals(302, propose(resident("en"), round, "en", "en", "Bins " + w, "More bins " + w, "300", "", null, "").statusCode());
        String id = proposalId(w);
        Http councillor = staff(COUNCILLOR);
        assertEquals(403, councillor.get("councillor/proposal.xhtml?id=" + id).statusCode());
        assertFalse(councillor.get("councillor/proposals.xhtml").body().contains(w));
        assertEquals(404, councillor.get("councillor/proposal-photos/" + id).statusCode());
        int residentGets = resident("en").get("councillor/proposal.xhtml?id=" + id).statusCode();
        assertTrue(residentGets == 403 || residentGets == 302, "a resident is refused: " + residentGets);
        assertEquals("HELD", text("SELECT status FROM pb_project WHERE id = ?", id));
        assertTrue(admin.get("councillor/proposals.xhtml").body().contains(w));
        assertEquals(302, approve(admin, id).statusCode());
        assertEquals("PROPOSED", text("SELECT status FROM pb_project WHERE id = ?", id));
    }

    @Test
    void onlyAnApprovedProposalInBothLanguagesReachesTheBallotAndANotFeasibleOneShowsItsReason() throws Exception {
        Http admin = staff(ADMIN);
        String title = word();
        String round = createRound(admin, CATHAYS, title, -5, 10);
        Http resident = resident("cy");
        String lights = word();
        String cameras = word();
        String held = word();
        assertEquals(302, propose(resident, round, "cy", "cy", "Goleuadau " + lights, "Goleuadau yn y lôn gefn " + lights,
                "3000", "Lôn gefn Heol Crwys", null, "").statusCode());
        assertEquals(302, propose(resident, round, "cy", "cy", "Teledu cylch cyfyng " + cameras, "Teledu cylch cyfyng ar bob stryd " + cameras,
                "90000", "", null, "").statusCode());
        assertEquals(302, propose(resident, round, "cy", "cy", "Blodau " + held, "Blodau ar y sgwâr " + held,
                "400", "", null, "").statusCode());
        String lightsId = proposalId(lights);
        String camerasId = proposalId(cameras);
        String heldId = proposalId(held);

        // the administrator's round page shows each proposal with the language it came in
        String page = "admin/round.xhtml?id=" + round + "&lang=en";
        String html = admin.get(page).body();
        assertTrue(html.contains("lang=\"cy\">Goleuadau " + lights) && html.contains("A resident, in Welsh"), html);

        // not yet approved: no decision
        HttpResponse<String> d = Faces.submitOn(admin, page, html, "decision", "decide", "decisionProject", heldId,
                "decisionValue", "FEASIBLE", "reasonEn", "", "reasonCy", "");
        assertTrue(d.body().contains("A councillor has not approved this proposal"), d.body());
        assertEquals("HELD", text("SELECT status FROM pb_project WHERE id = ?", heldId));

        Http councillor = staff(COUNCILLOR);
        assertEquals(302, approve(councillor, lightsId).statusCode());
        assertEquals(302, approve(councillor, camerasId).statusCode());

        // Welsh only: not on the ballot until staff add the English
        d = Faces.submit(admin, page, "decision", "decide", "decisionProject", lightsId, "decisionValue", "FEASIBLE", "reasonEn", "", "reasonCy", "");
        assertTrue(d.body().contains("Add the title and description in both languages before the project goes on the ballot."), d.body());
        assertEquals("PROPOSED", text("SELECT status FROM pb_project WHERE id = ?", lightsId));
        HttpResponse<String> saved = Faces.submit(admin, "admin/round.xhtml?id=" + round + "&project=" + lightsId, "project", "saveProject",
                "titleEn", "Lights " + lights, "titleCy", "Goleuadau " + lights, "descriptionEn", "Lights in the back lane " + lights,
                "descriptionCy", "Goleuadau yn y lôn gefn " + lights, "cost", "3400", "place", "Lôn gefn Heol Crwys");
        assertEquals(302, saved.statusCode(), saved.body());
        d = Faces.submit(admin, page, "decision", "decide", "decisionProject", lightsId, "decisionValue", "FEASIBLE", "reasonEn", "", "reasonCy", "");
        assertTrue(d.body().contains("The decision has been saved."), d.body());
        d = Faces.submit(admin, page, "decision", "decide", "decisionProject", camerasId, "decisionValue", "NOT_FEASIBLE",
                "reasonEn", "Far more than the budget " + cameras, "reasonCy", "Llawer mwy na'r gyllideb " + cameras);
        assertTrue(d.body().contains("The decision has been saved."), d.body());

        String en = client().get("budgeting/round.xhtml?id=" + round + "&lang=en").body();
        assertTrue(en.contains("Lights " + lights) && en.contains("Cost: £3,400"), en);
        assertTrue(en.contains("Far more than the budget " + cameras) && en.contains("lang=\"cy\">Teledu cylch cyfyng " + cameras), en);
        assertFalse(en.contains(held), en);

        // into voting: the ballot holds the feasible proposal only
        HttpResponse<String> moved = Faces.submit(admin, "admin/rounds.xhtml?id=" + round, "round", "saveRound",
                roundFields(CATHAYS, title, -40, -15));
        assertEquals(302, moved.statusCode(), moved.body());
        String ballot = client().get("budgeting/vote.xhtml?round=" + round + "&lang=en").body();
        assertTrue(ballot.contains("id=\"project-" + lightsId + "\""), ballot);
        assertFalse(ballot.contains("id=\"project-" + camerasId + "\"") || ballot.contains("id=\"project-" + heldId + "\""), ballot);
        // and a councillor can no longer approve what waited
        HttpResponse<String> late = approve(councillor, heldId);
        assertTrue(late.body().contains("Voting has begun: projects can no longer change."), late.body());
        assertEquals("HELD", text("SELECT status FROM pb_project WHERE id = ?", heldId));
    }
}
