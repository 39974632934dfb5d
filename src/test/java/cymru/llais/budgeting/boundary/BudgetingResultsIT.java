package cymru.llais.budgeting.boundary;

import cymru.llais.budgeting.control.counting.Counting;
import cymru.llais.budgeting.control.counting.Election;
import cymru.llais.budgeting.control.counting.PabulibReader;
import cymru.llais.budgeting.control.counting.PbBallot;
import cymru.llais.budgeting.control.counting.PbInstance;
import cymru.llais.budgeting.control.counting.Rule;
import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.TestServers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * The results of a round through the pages: nothing is counted or shown before voting ends; then the winners, the
 * money spent, each project's votes and the reason it won or lost, in English and Welsh, and greedy against Equal
 * Shares for the same ballots (here they differ); the round as an anonymised pabulib file that the counting core
 * recounts to the page's winners.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class BudgetingResultsIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
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

    private static String word() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static String[] roundFields(String title, int votingFromDays, int resultsFromDays) {
        LocalDate t = LocalDate.now(ZoneId.of("Europe/London"));
        return new String[] {"area", "WARD:W05000857", "titleEn", title + " brighter lanes", "titleCy", title + " lonydd goleuach",
                "descriptionEn", "Ideas for brighter lanes", "descriptionCy", "Syniadau am lonydd goleuach", "budget", "10000",
                "ballotType", "KNAPSACK", "maxProjects", "", "points", "", "rule", "EQUAL_SHARES",
                "ideasFrom", t.minusDays(60).toString(), "reviewFrom", t.minusDays(30).toString(),
                "votingFrom", t.plusDays(votingFromDays).toString(), "resultsFrom", t.plusDays(resultsFromDays).toString(),
                "deliveryFrom", t.plusDays(resultsFromDays + 30).toString()};
    }

    private static void dates(Http admin, String round, String title, int votingFromDays, int resultsFromDays) throws Exception {
        HttpResponse<String> r = Faces.submit(admin, "admin/rounds.xhtml?id=" + round, "round", "saveRound",
                roundFields(title, votingFromDays, resultsFromDays));
        assertEquals(302, r.statusCode(), r.body());
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

    private static List<String> codes(Http admin, String round, int n) throws Exception {
        HttpResponse<String> csv = Faces.submit(admin, "admin/round.xhtml?id=" + round, "codes", "downloadCodes", "codeCount", Integer.toString(n));
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1]).toList();
    }

    private HttpResponse<String> vote(String round, String code, String... projects) throws Exception {
        List<String> fields = new ArrayList<>(List.of("code", code));
        for (String p : projects) {
            fields.add("project");
            fields.add(p);
        }
        return Faces.submit(client(), "budgeting/vote.xhtml?round=" + round, "ballot", "cast", fields.toArray(String[]::new));
    }

    private static List<String> column(String sql, String round) throws Exception {
        EmbeddedMariaDb db = TestServers.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, Long.parseLong(round));
            List<String> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        }
    }

    /** The text of one table row of the results page, tags removed. */
    private static String row(String html, String project) {
        Matcher m = Pattern.compile("<tr id=\"project-" + project + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), html);
        return m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }

    @Test
    void afterVotingTheResultsShowWinnersReasonsAndBothRulesAndTheRoundExportsAnonymised() throws Exception {
        Http admin = client();
        assertTrue(Faces.signIn(admin, ADMIN, PASSWORD));
        String title = word();
        HttpResponse<String> created = Faces.submit(admin, "admin/rounds.xhtml", "round", "saveRound", roundFields(title, 1, 20));
        Matcher m = Pattern.compile("round\\.xhtml\\?id=(\\d+)").matcher(created.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), created.body());
        String round = m.group(1);
        String big = feasibleProject(admin, round, title + "a", "6000");
        String middle = feasibleProject(admin, round, title + "b", "5000");
        String small = feasibleProject(admin, round, title + "c", "4000");
        List<String> codes = codes(admin, round, 5);
        dates(admin, round, title, -1, 20);

        // three households want the big and the small project, two the middle one
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> cast = i < 3 ? vote(round, codes.get(i), big, small) : vote(round, codes.get(i), middle);
            assertEquals(302, cast.statusCode(), cast.body());
            String location = cast.headers().firstValue("Location").orElseThrow();
            receipts.add(location.substring(location.indexOf("receipt=") + 8));
        }

        // while voting is open: no counts on the page, no file, no link
        String early = client().get("budgeting/results.xhtml?round=" + round).body();
        assertTrue(early.contains("The results are shown once voting has ended"), early);
        assertFalse(early.contains("id=\"results\"") || early.contains("id=\"comparison\"") || early.contains("id=\"winners\""), early);
        String earlyCy = client().get("budgeting/results.xhtml?round=" + round + "&lang=cy").body();
        assertTrue(earlyCy.contains("Dangosir y canlyniadau unwaith y bydd y pleidleisio wedi dod i ben"), earlyCy);
        HttpResponse<String> earlyFile = client().get("budgeting/round.pb?round=" + round);
        assertEquals(409, earlyFile.statusCode());
        assertTrue(earlyFile.body().contains("Voting has not ended"), earlyFile.body());
        HttpResponse<String> earlyFileCy = client().get("budgeting/round.pb?round=" + round + "&lang=cy");
        assertEquals(409, earlyFileCy.statusCode());
        assertTrue(earlyFileCy.body().contains("pleidleisio wedi dod i ben"), earlyFileCy.body());
        assertEquals(404, client().get("budgeting/round.pb?round=999999999").statusCode());
        assertEquals(404, client().get("budgeting/results.xhtml?round=999999999").statusCode());
        assertFalse(client().get("budgeting/round.xhtml?id=" + round).body().contains("results-link"));

        dates(admin, round, title, -10, 0);
        String roundPage = client().get("budgeting/round.xhtml?id=" + round).body();
        assertTrue(roundPage.contains("budgeting/results.xhtml?round=" + round), roundPage);
        assertTrue(client().get("budgeting/index.xhtml").body().contains("budgeting/results.xhtml?round=" + round));

        // Equal Shares (the round's rule): the small project first, then the middle one; the big one's supporters
        // had spent most of their share on the small one
        String en = client().get("budgeting/results.xhtml?round=" + round + "&lang=en").body();
        assertTrue(en.contains("£9,000 of the £10,000 budget"), en);
        Matcher winners = Pattern.compile("<ul id=\"winners\">(.*?)</ul>", Pattern.DOTALL).matcher(en);
        assertTrue(winners.find());
        assertTrue(winners.group(1).contains(title + "b lamps") && winners.group(1).contains(title + "c lamps"), winners.group(1));
        assertFalse(winners.group(1).contains(title + "a lamps"));
        assertEquals(title + "c lamps £4,000 3 Selected Selected in round 1: its supporters (3) could share its cost, "
                + "each paying at most £1,333.33.", row(en, small));
        assertEquals(title + "b lamps £5,000 2 Selected Selected in round 2: its supporters (2) could share its cost, "
                + "each paying at most £2,500.", row(en, middle));
        assertEquals(title + "a lamps £6,000 3 Not selected Not selected: its supporters (3) had only £3,500 left between them, "
                + "less than its cost of £6,000. Supporters: 3; each had £1,166.67 left.", row(en, big));
        // greedy would have taken the two projects with most votes, spending all of the budget
        Matcher comparison = Pattern.compile("<table class=\"accounts\" id=\"comparison\">(.*?)</table>", Pattern.DOTALL).matcher(en);
        assertTrue(comparison.find());
        String table = comparison.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertTrue(table.contains(title + "a lamps Selected Not selected"), table);
        assertTrue(table.contains(title + "b lamps Not selected Selected"), table);
        assertTrue(table.contains(title + "c lamps Selected Selected"), table);
        assertTrue(table.contains("£10,000 £9,000"), table);
        assertTrue(en.contains("<th scope=\"col\">") && en.contains("<caption>"), en);
        assertTrue(en.contains("selects different projects"), en);

        String cy = client().get("budgeting/results.xhtml?round=" + round + "&lang=cy").body();
        assertTrue(cy.contains("£9,000 o") && cy.contains("gyllideb o £10,000"), cy);
        assertEquals(title + "c lampau £4,000 3 Dewiswyd Dewiswyd yn rownd 1: roedd ei gefnogwyr (3) yn gallu rhannu ei gost, "
                + "gyda phob un yn talu £1,333.33 ar y mwyaf.", row(cy, small));
        assertTrue(row(cy, big).startsWith(title + "a lampau £6,000 3 Heb ei ddewis Heb ei ddewis: dim ond £3,500 oedd gan ei gefnogwyr (3)"),
                row(cy, big));
        assertTrue(row(cy, big).endsWith("Cefnogwyr: 3; roedd gan bob un £1,166.67 ar ôl."), row(cy, big));
        assertTrue(cy.contains("Dull y Cyfrannau Cyfartal"));

        // the file: anonymised, and recounted by the counting core to the page's winners
        HttpResponse<String> file = client().get("budgeting/round.pb?round=" + round);
        assertEquals(200, file.statusCode(), file.body());
        String pb = file.body();
        for (String code : codes) {
            assertFalse(pb.contains(code), pb);
        }
        for (String receipt : receipts) {
            assertFalse(pb.contains(receipt), pb);
        }
        for (String key : column("SELECT voter_key FROM pb_voter WHERE round_id = ?", round)) {
            assertFalse(pb.contains(key.substring(5)), pb);
        }
        PbInstance instance = new PabulibReader().read(pb);
        assertEquals("Wales", instance.meta().get("country"));
        assertEquals("Cathays", instance.meta().get("unit"));
        assertEquals("10000", instance.meta().get("budget"));
        assertEquals("approval", instance.meta().get("vote_type"));
        assertEquals("equalshares", instance.meta().get("rule"));
        assertEquals("3", instance.meta().get("num_projects"));
        assertEquals("5", instance.meta().get("num_votes"));
        assertEquals(List.of("1", "2", "3", "4", "5"), instance.ballots().stream().map(PbBallot::voterId).toList());
        assertEquals("1", instance.projects().stream().filter(p -> p.id().equals(small)).findFirst().orElseThrow().attribute("selected"));
        assertEquals("0", instance.projects().stream().filter(p -> p.id().equals(big)).findFirst().orElseThrow().attribute("selected"));
        assertEquals("3", instance.projects().stream().filter(p -> p.id().equals(big)).findFirst().orElseThrow().attribute("votes"));
        Rule rule = Rule.fromName(instance.rule().orElseThrow()).orElseThrow();
        List<String> expected = new ArrayList<>(List.of(middle, small));
        expected.sort(cymru.llais.budgeting.control.counting.ProjectIds.ORDER);
        assertEquals(expected, Counting.count(Election.of(instance), rule).selectedAscending());
    }

    private static HttpResponse<String> upload(Http admin, String language, String area, String pb) throws Exception {
        return upload(admin, admin, language, area, pb);
    }

    /** Posts the import form of {@code viewer}'s page as {@code poster}. */
    private static HttpResponse<String> upload(Http viewer, Http poster, String language, String area, String pb) throws Exception {
        String page = "admin/rounds.xhtml?lang=" + language;
        String html = viewer.get(page).body();
        java.util.Map<String, String> fields = Http.fields("import", "import", "importArea", area, "importRound", "importRound",
                "jakarta.faces.ViewState", Http.viewState(html));
        return poster.postFiles(page, fields, List.of(new Http.FilePart("pbFile", "round.pb", "text/plain",
                pb.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    private static long rounds(String word) throws Exception {
        EmbeddedMariaDb db = TestServers.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pb_round WHERE title_en LIKE ?")) {
            s.setString(1, "%" + word + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void anAdministratorImportsAPabulibFileAsAClosedRoundAndAMalformedOneIsRefusedByLine() throws Exception {
        Http admin = client();
        assertTrue(Faces.signIn(admin, ADMIN, PASSWORD));
        String w = word();
        String good = "META\nkey;value\ndescription;Wijkbudget " + w + "\ncountry;Netherlands\nunit;Assen\ninstance;2023\n"
                + "budget;10000\nvote_type;approval\nrule;equalshares\n"
                + "PROJECTS\nproject_id;cost;name\n1;6000;" + w + "a park\n2;5000;" + w + "b path\n3;4000;" + w + "c benches\n"
                + "VOTES\nvoter_id;vote\n1;1,3\n2;1,3\n3;1,3\n4;2\n5;2\n";

        // malformed (line 22 names a project the file does not list): refused by line, in English and Welsh, nothing stored
        HttpResponse<String> bad = upload(admin, "en", "WARD:W05000857", good + "6;9\n");
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("Line 22 of the file") && bad.body().contains("Nothing was stored."), bad.body());
        HttpResponse<String> badCy = upload(admin, "cy", "WARD:W05000857", good + "6;9\n");
        assertTrue(badCy.body().contains("Llinell 22 o") && badCy.body().contains("Ni chadwyd dim."), badCy.body());
        assertTrue(upload(admin, "en", "WARD:W05000857", good.replace("vote_type;approval", "vote_type;ordinal"))
                .body().contains("Ballots of the type ordinal cannot be imported"));
        assertTrue(upload(admin, "en", "", good).body().contains("id=\"error-summary\""));
        assertEquals(0, rounds(w));
        // posted without the administrator's session: nothing stored
        upload(admin, client(), "en", "WARD:W05000857", good);
        assertEquals(0, rounds(w));

        HttpResponse<String> ok = upload(admin, "en", "WARD:W05000857", good);
        assertEquals(302, ok.statusCode(), ok.body());
        String location = ok.headers().firstValue("Location").orElseThrow();
        Matcher m = Pattern.compile("results\\.xhtml\\?round=(\\d+)").matcher(location);
        assertTrue(m.find(), location);
        String round = m.group(1);
        assertEquals(1, rounds(w));
        assertEquals(List.of("5"), column("SELECT COUNT(*) FROM pb_ballot WHERE round_id = ?", round));
        assertEquals(List.of("0"), column("SELECT COUNT(*) FROM pb_voting_code WHERE round_id = ?", round));

        String results = client().get("budgeting/results.xhtml?round=" + round + "&lang=en").body();
        assertTrue(results.contains("£9,000 of the £10,000 budget"), results);
        Matcher winners = Pattern.compile("<ul id=\"winners\">(.*?)</ul>", Pattern.DOTALL).matcher(results);
        assertTrue(winners.find());
        assertTrue(winners.group(1).contains(w + "b path") && winners.group(1).contains(w + "c benches")
                && !winners.group(1).contains(w + "a park"), winners.group(1));
        assertTrue(results.contains("Selected in round 1: its supporters (3) could share its cost"), results);
        // and it exports again, recounting to the same winners
        PbInstance again = new PabulibReader().read(client().get("budgeting/round.pb?round=" + round).body());
        assertEquals(5, again.ballots().size());
        assertEquals(2, Counting.count(Election.of(again), Rule.EQUAL_SHARES).selectedAscending().size());
    }
}
