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

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The winners of a counted round go into delivery; the administrator makes the council responsible for one; the
 * council's staff post a progress update in English and Welsh (a missing Welsh text is refused and nothing stored),
 * which is published as an outcome: on the board filtered by the round's ward, on its own page with the project and
 * round, in the ward's Atom feed, and on the round's results page beside the winner's status. A resident, and staff
 * of a partner that is not responsible, cannot post.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class BudgetingDeliveryIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String COUNCIL = "cyngor@llais.example";
    private static final String POLICE = "heddlu@llais.example";
    private static final String RESIDENT = "preswylydd@llais.example";
    private static final String WARD = "W05000857";
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http client() {
        return new Http(base.toString()).always("X-Forwarded-For", "203.0.113." + (RANDOM.nextInt(250) + 1) + "-" + System.nanoTime());
    }

    private Http staff(String email) throws Exception {
        Http http = client();
        assertTrue(Faces.signIn(http, email, PASSWORD), email);
        return http;
    }

    private static String word() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static String[] roundFields(String title, int votingFromDays, int resultsFromDays) {
        LocalDate t = LocalDate.now(ZoneId.of("Europe/London"));
        return new String[] {"area", "WARD:" + WARD, "titleEn", title + " safer lanes", "titleCy", title + " lonydd diogelach",
                "descriptionEn", "Ideas for safer lanes", "descriptionCy", "Syniadau am lonydd diogelach", "budget", "10000",
                "ballotType", "KNAPSACK", "maxProjects", "", "points", "", "rule", "EQUAL_SHARES",
                "ideasFrom", t.minusDays(60).toString(), "reviewFrom", t.minusDays(30).toString(),
                "votingFrom", t.plusDays(votingFromDays).toString(), "resultsFrom", t.plusDays(resultsFromDays).toString(),
                "deliveryFrom", t.plusDays(resultsFromDays + 30).toString()};
    }

    private static String feasibleProject(Http admin, String round, String title, String cost) throws Exception {
        String page = "admin/round.xhtml?id=" + round;
        HttpResponse<String> r = Faces.submit(admin, page, "project", "saveProject", "titleEn", title + " lamps",
                "titleCy", title + " lampau", "descriptionEn", "New lamps", "descriptionCy", "Lampau newydd", "cost", cost, "place", "");
        assertEquals(302, r.statusCode(), r.body());
        String html = admin.get(page).body();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(title) + " lamps</option>").matcher(html);
        assertTrue(option.find(), html);
        String id = option.group(1);
        HttpResponse<String> d = Faces.submitOn(admin, page, html, "decision", "decide", "decisionProject", id,
                "decisionValue", "FEASIBLE", "reasonEn", "", "reasonCy", "");
        assertTrue(d.body().contains("The decision has been saved."), d.body());
        return id;
    }

    private HttpResponse<String> vote(String round, String code, String... projects) throws Exception {
        List<String> fields = new ArrayList<>(List.of("code", code));
        for (String p : projects) {
            fields.add("project");
            fields.add(p);
        }
        return Faces.submit(client(), "budgeting/vote.xhtml?round=" + round, "ballot", "cast", fields.toArray(String[]::new));
    }

    private static List<String> column(String sql, String id) throws Exception {
        EmbeddedMariaDb db = TestServers.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, Long.parseLong(id));
            List<String> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        }
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void winnersGoIntoDeliveryAndTheResponsiblePartnersBilingualUpdateIsPublishedAsAnOutcome() throws Exception {
        Http admin = staff(ADMIN);
        String title = word();
        HttpResponse<String> created = Faces.submit(admin, "admin/rounds.xhtml", "round", "saveRound", roundFields(title, 1, 20));
        Matcher m = Pattern.compile("round\\.xhtml\\?id=(\\d+)").matcher(created.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), created.body());
        String round = m.group(1);
        String big = feasibleProject(admin, round, title + "a", "6000");
        String middle = feasibleProject(admin, round, title + "b", "5000");
        String small = feasibleProject(admin, round, title + "c", "4000");
        HttpResponse<String> csv = Faces.submit(admin, "admin/round.xhtml?id=" + round, "codes", "downloadCodes", "codeCount", "5");
        List<String> lines = csv.body().lines().toList();
        List<String> codes = lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1]).toList();
        assertEquals(302, Faces.submit(admin, "admin/rounds.xhtml?id=" + round, "round", "saveRound", roundFields(title, -1, 20)).statusCode());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> cast = i < 3 ? vote(round, codes.get(i), big, small) : vote(round, codes.get(i), middle);
            assertEquals(302, cast.statusCode(), cast.body());
        }

        // while voting is open nothing is selected or in delivery, even when the results page is asked for
        client().get("budgeting/results.xhtml?round=" + round);
        String selectedSql = "SELECT id FROM pb_project WHERE round_id = ? AND selected AND delivery_status = 'PLANNED' ORDER BY id";
        assertEquals(List.of(), column(selectedSql, round));

        // results are final: Equal Shares selects the middle and the small project, which go into delivery as planned
        assertEquals(302, Faces.submit(admin, "admin/rounds.xhtml?id=" + round, "round", "saveRound", roundFields(title, -10, 0)).statusCode());
        String results = client().get("budgeting/results.xhtml?round=" + round + "&lang=en").body();
        assertEquals(List.of(middle, small), column(selectedSql, round));
        assertEquals(List.of("0"), column("SELECT COUNT(*) FROM pb_project WHERE id = ? AND (selected OR delivery_status IS NOT NULL)", big));
        assertTrue(results.contains("id=\"delivery-status-" + middle + "\">Planned</span>"), results);
        assertFalse(results.contains("delivery-status-" + big));

        // no partner is responsible yet: the council's staff cannot open the project's update form
        Http council = staff(COUNCIL);
        assertEquals(404, council.get("staff/delivery.xhtml?project=" + middle).statusCode());

        // the administrator makes the council responsible for the middle project
        String list = admin.get("staff/delivery.xhtml").body();
        assertTrue(list.contains(title + "b lamps"), list);
        Matcher councilOption = Pattern.compile("<option value=\"(\\d+)\">Cardiff Council</option>").matcher(list);
        assertTrue(councilOption.find(), list);
        HttpResponse<String> assigned = Faces.submitOn(admin, "staff/delivery.xhtml", list, "assign", "assignPartnerButton",
                "assignProject", middle, "assignPartner", councilOption.group(1));
        assertEquals(302, assigned.statusCode(), assigned.body());
        assertEquals(List.of(councilOption.group(1)), column("SELECT delivery_partner_id FROM pb_project WHERE id = ?", middle));

        // a resident cannot reach the staff pages; the police are not responsible for it
        Http resident = client();
        assertTrue(Residents.signIn(resident, RESIDENT, PASSWORD));
        assertEquals(403, resident.get("staff/delivery.xhtml?project=" + middle).statusCode());
        Http police = staff(POLICE);
        assertEquals(404, police.get("staff/delivery.xhtml?project=" + middle).statusCode());
        assertFalse(police.get("staff/delivery.xhtml").body().contains(title + "b lamps"));

        // the council's staff see it in their list; an update without its Welsh is refused and nothing is stored
        String form = "staff/delivery.xhtml?project=" + middle;
        assertTrue(council.get("staff/delivery.xhtml").body().contains(title + "b lamps"));
        String outcomesSql = "SELECT id FROM outcome WHERE pb_project_id = ?";
        HttpResponse<String> noWelsh = Faces.submit(council, form, "update", "publishUpdate", "status", "IN_PROGRESS",
                "updateEn", title + " lamps are ordered", "updateCy", " ");
        assertEquals(200, noWelsh.statusCode());
        assertTrue(noWelsh.body().contains("Write the update in Welsh before publishing"), noWelsh.body());
        assertEquals(List.of(), column(outcomesSql, middle));
        assertEquals(List.of("PLANNED"), column("SELECT delivery_status FROM pb_project WHERE id = ?", middle));

        HttpResponse<String> posted = Faces.submit(council, form, "update", "publishUpdate", "status", "IN_PROGRESS",
                "updateEn", title + " lamps are ordered", "updateCy", title + " lampau wedi eu harchebu");
        assertEquals(302, posted.statusCode(), posted.body());
        List<String> outcome = column(outcomesSql, middle);
        assertEquals(1, outcome.size());
        String id = outcome.get(0);
        assertEquals(List.of("IN_PROGRESS"), column("SELECT delivery_status FROM pb_project WHERE id = ?", middle));
        assertEquals(List.of(WARD), column("SELECT ward_code FROM outcome_ward WHERE outcome_id = ?", id));
        assertEquals(List.of("0"), column("SELECT COUNT(*) FROM outcome_concern WHERE outcome_id = ?", id));

        // the board, filtered by the round's ward, shows it with the budgeting marker and the project's link
        String search = URLEncoder.encode(title, StandardCharsets.UTF_8);
        String board = client().get("outcomes/index.xhtml?ward=" + WARD + "&search=" + search + "&lang=en").body();
        assertTrue(board.contains("outcomes/view.xhtml?id=" + id + "\""), board);
        assertTrue(board.contains("Participatory budgeting"), board);
        assertTrue(board.contains("budgeting/results.xhtml?round=" + round + "#project-" + middle), board);
        assertTrue(text(board).contains("Project chosen by residents: " + title + "b lamps"), board);
        String boardCy = client().get("outcomes/index.xhtml?ward=" + WARD + "&search=" + search + "&lang=cy").body();
        assertTrue(boardCy.contains("Cyllidebu cyfranogol") && boardCy.contains(title + " lampau wedi eu harchebu"), boardCy);
        // another ward, or a category (it answers no concern), does not find it
        assertFalse(client().get("outcomes/index.xhtml?ward=W05000873&search=" + search).body().contains("view.xhtml?id=" + id + "\""));
        assertFalse(client().get("outcomes/index.xhtml?ward=" + WARD + "&category=fly-tipping&search=" + search).body()
                .contains("view.xhtml?id=" + id + "\""));

        // its own page names the round and the project
        String page = text(client().get("outcomes/view.xhtml?id=" + id + "&lang=en").body());
        assertTrue(page.contains("Participatory budgeting round " + title + " safer lanes"), page);
        assertTrue(page.contains("Project " + title + "b lamps"), page);
        assertTrue(page.contains("Residents chose the project “" + title + "b lamps” in the round “" + title + " safer lanes”."), page);
        assertTrue(page.contains(title + " lamps are ordered") && page.contains("Cardiff Council"), page);
        String pageCy = text(client().get("outcomes/view.xhtml?id=" + id + "&lang=cy").body());
        assertTrue(pageCy.contains("Rownd cyllidebu cyfranogol " + title + " lonydd diogelach"), pageCy);
        assertTrue(pageCy.contains(title + " lampau wedi eu harchebu"), pageCy);

        // the ward's quarterly summary counts and lists it as a progress update
        String quarter = client().get("outcomes/quarter.xhtml?ward=" + WARD + "&lang=en").body();
        assertTrue(quarter.contains("outcomes/view.xhtml?id=" + id + "\""), quarter);
        assertTrue(quarter.contains("Progress update"), quarter);

        // a resident may rate it: "not resolved" reopens nothing, as it answers no concern
        HttpResponse<String> rated = Faces.submit(resident, "outcomes/view.xhtml?id=" + id + "&lang=en", "rate", "rate-button",
                "ratingOutcome", id, "rating", "NOT_RESOLVED", "comment", "");
        assertEquals(302, rated.statusCode(), rated.body());
        assertEquals(List.of("NOT_RESOLVED"), column("SELECT rating FROM outcome_rating WHERE outcome_id = ?", id));

        // the ward's Atom feed carries it
        String feed = client().get("outcomes/feed.xml?ward=" + WARD + "&lang=en").body();
        assertTrue(feed.contains("urn:llais:outcome:" + id), feed);
        assertTrue(feed.contains("Project chosen by residents: " + title + "b lamps"), feed);

        // the results page shows the winner's status and links its latest update
        String after = client().get("budgeting/results.xhtml?round=" + round + "&lang=en").body();
        assertTrue(after.contains("id=\"delivery-status-" + middle + "\">In progress</span>"), after);
        assertTrue(after.contains("outcomes/view.xhtml?id=" + id + "\""), after);
        assertTrue(after.contains("id=\"delivery-status-" + small + "\">Planned</span>"), after);
        String roundPage = client().get("budgeting/round.xhtml?id=" + round + "&lang=en").body();
        assertTrue(roundPage.contains("id=\"round-delivery-" + middle + "\">In progress</span>"), roundPage);
        assertTrue(roundPage.contains("outcomes/view.xhtml?id=" + id + "\""), roundPage);
        String afterCy = client().get("budgeting/results.xhtml?round=" + round + "&lang=cy").body();
        assertTrue(afterCy.contains("id=\"delivery-status-" + middle + "\">Ar y gweill</span>"), afterCy);

        // the small project has no responsible partner: even the administrator's update is refused
        HttpResponse<String> unassigned = Faces.submit(admin, "staff/delivery.xhtml?project=" + small, "update", "publishUpdate",
                "status", "DONE", "updateEn", title + " done", "updateCy", title + " wedi gorffen");
        assertTrue(unassigned.body().contains("has not made a partner responsible"), unassigned.body());
        assertEquals(List.of(), column(outcomesSql, small));
    }

    @Test
    void theDemoHasAPastRoundInDeliveryWithOneUpdateOnTheBoard() throws Exception {
        List<String> demo = column("SELECT o.id FROM outcome o JOIN pb_round r ON r.id = o.pb_round_id"
                + " WHERE r.title_en = 'Brighter Plasnewydd' AND o.status = 'PUBLISHED' AND o.id > ?", "0");
        assertEquals(1, demo.size());
        String board = client().get("outcomes/index.xhtml?ward=W05000873&search=Tewkesbury&lang=cy").body();
        assertTrue(board.contains("outcomes/view.xhtml?id=" + demo.get(0) + "\""), board);
        assertTrue(text(client().get("outcomes/view.xhtml?id=" + demo.get(0) + "&lang=cy").body()).contains("Plasnewydd mwy disglair"));
    }
}
