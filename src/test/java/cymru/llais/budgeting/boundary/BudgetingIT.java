package cymru.llais.budgeting.boundary;

import cymru.llais.budgeting.control.VotingCodes;
import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.RateLimitProbe;
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
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Participatory budgeting through the pages: the administrator makes a round, its projects and its voting codes
 * (downloaded once; only hashes stored); a household votes once with its code and sees "your vote has been counted"
 * with a receipt; a second vote with the code, two at the same moment, a ballot over the budget or the maximum,
 * a ballot outside the voting phase and a code that does not exist are refused with nothing stored; wrong codes
 * are rate-limited; the pages speak Welsh and English.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class BudgetingIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String CATHAYS = "W05000857";
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    /** A client of its own address, so that rate limits of one test do not touch another. */
    private Http client() {
        return new Http(base.toString()).always("X-Forwarded-For", "198.51.100." + (RANDOM.nextInt(250) + 1) + "-" + System.nanoTime());
    }

    private Http admin() throws Exception {
        Http http = client();
        assertTrue(Faces.signIn(http, ADMIN, PASSWORD));
        return http;
    }

    private static String word() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static String[] roundFields(String title, String type, String max, String points, int votingFromDays, int resultsFromDays) {
        LocalDate t = today();
        return new String[] {"area", "WARD:" + CATHAYS, "titleEn", title + " safer streets", "titleCy", title + " strydoedd diogelach",
                "descriptionEn", "Ideas for safer streets", "descriptionCy", "Syniadau am strydoedd diogelach", "budget", "10000",
                "ballotType", type, "maxProjects", max, "points", points, "rule", "GREEDY",
                "ideasFrom", t.minusDays(60).toString(), "reviewFrom", t.minusDays(30).toString(),
                "votingFrom", t.plusDays(votingFromDays).toString(), "resultsFrom", t.plusDays(resultsFromDays).toString(),
                "deliveryFrom", t.plusDays(resultsFromDays + 30).toString()};
    }

    /** Creates a round whose voting starts tomorrow; its id. */
    private static String createRound(Http admin, String title, String type, String max) throws Exception {
        String points = "CUMULATIVE".equals(type) ? max : "";
        HttpResponse<String> r = Faces.submit(admin, "admin/rounds.xhtml", "round", "saveRound", roundFields(title, type, max, points, 1, 20));
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("round\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        return m.group(1);
    }

    /** Moves a round's voting to start {@code votingFromDays} from today (negative: in the past). */
    private static void moveVoting(Http admin, String round, String title, String type, String max, int votingFromDays, int resultsFromDays)
            throws Exception {
        HttpResponse<String> r = Faces.submit(admin, "admin/rounds.xhtml?id=" + round, "round", "saveRound",
                roundFields(title, type, max, "", votingFromDays, resultsFromDays));
        assertEquals(302, r.statusCode(), r.body());
    }

    /** Adds a feasible project; its id. */
    private static String feasibleProject(Http admin, String round, String title, String cost) throws Exception {
        String page = "admin/round.xhtml?id=" + round;
        HttpResponse<String> r = Faces.submit(admin, page, "project", "saveProject", "titleEn", title + " lights",
                "titleCy", title + " goleuadau", "descriptionEn", "New lights on the path", "descriptionCy", "Goleuadau newydd ar y llwybr",
                "cost", cost, "place", "");
        assertEquals(302, r.statusCode(), r.body());
        String html = admin.get(page).body();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(title) + " lights</option>").matcher(html);
        assertTrue(option.find(), html);
        String id = option.group(1);
        HttpResponse<String> d = Faces.submitOn(admin, page, html, "decision", "decide", "decisionProject", id,
                "decisionValue", "FEASIBLE", "reasonEn", "", "reasonCy", "");
        assertEquals(200, d.statusCode());
        assertTrue(d.body().contains("The decision has been saved."), d.body());
        return id;
    }

    private static List<String> codes(Http admin, String round, int n) throws Exception {
        HttpResponse<String> csv = Faces.submit(admin, "admin/round.xhtml?id=" + round, "codes", "downloadCodes", "codeCount", Integer.toString(n));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        List<String> lines = csv.body().lines().toList();
        assertEquals("round,code", lines.get(0));
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1]).toList();
    }

    private static HttpResponse<String> vote(Http voter, String round, String code, String... projects) throws Exception {
        return voteIn(voter, round, "en", code, projects);
    }

    private static HttpResponse<String> voteIn(Http voter, String round, String language, String code, String... projects) throws Exception {
        List<String> fields = new ArrayList<>(List.of("code", code));
        for (String p : projects) {
            fields.add("project");
            fields.add(p);
        }
        return Faces.submit(voter, "budgeting/vote.xhtml?round=" + round + "&lang=" + language, "ballot", "cast", fields.toArray(String[]::new));
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

    private static long ballots(String round) throws Exception {
        return count("SELECT COUNT(*) FROM pb_ballot WHERE round_id = ?", Long.valueOf(round));
    }

    @Test
    void aHouseholdVotesOnceWithItsCodeAndSeesItsVoteCounted() throws Exception {
        Http admin = admin();
        String title = word();
        String round = createRound(admin, title, "KNAPSACK", "");
        String lamps = feasibleProject(admin, round, title + "a", "6000");
        String benches = feasibleProject(admin, round, title + "b", "5000");
        String murals = feasibleProject(admin, round, title + "c", "3000");
        List<String> codes = codes(admin, round, 5);
        assertEquals(5, codes.size());
        assertEquals(5, codes.stream().distinct().count());

        // only hashes are stored, and a code's hash is the round's and the code's
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("SELECT code_hash FROM pb_voting_code WHERE round_id = ?")) {
            s.setLong(1, Long.parseLong(round));
            List<String> hashes = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hashes.add(r.getString(1));
                }
            }
            assertEquals(5, hashes.size());
            for (String code : codes) {
                assertFalse(hashes.contains(code));
                assertTrue(hashes.contains(VotingCodes.hash(Long.parseLong(round), VotingCodes.normalise(code))));
            }
        }

        // before voting opens the ballot page says so and offers no form
        String closed = client().get("budgeting/vote.xhtml?round=" + round).body();
        assertTrue(closed.contains("Voting is not open in this round now."), closed);
        assertFalse(closed.contains("id=\"ballot\""));

        moveVoting(admin, round, title, "KNAPSACK", "", -1, 20);
        String publicPage = client().get("budgeting/round.xhtml?id=" + round).body();
        assertTrue(publicPage.contains(title + "a lights") && publicPage.contains("£6,000"), publicPage);
        assertTrue(client().get("budgeting/index.xhtml").body().contains(title + " safer streets"));

        // over the budget: refused, nothing stored, the code still unused
        HttpResponse<String> over = vote(client(), round, codes.get(0), lamps, benches);
        assertEquals(200, over.statusCode());
        assertTrue(over.body().contains("Your choices cost more than the budget."), over.body());
        assertEquals(0, ballots(round));

        // the total is checked on the server too, without casting
        HttpResponse<String> check = Faces.submit(client(), "budgeting/vote.xhtml?round=" + round, "ballot", "check",
                "code", "", "project", lamps, "project", murals);
        assertTrue(check.body().contains("Your choices cost £9,000 of the £10,000 budget."), check.body());

        HttpResponse<String> cast = vote(client(), round, codes.get(0).toLowerCase().replace("-", " "), lamps, murals);
        assertEquals(302, cast.statusCode(), cast.body());
        String location = cast.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("budgeting/voted.xhtml?receipt="), location);
        String receipt = location.substring(location.indexOf("receipt=") + 8);
        assertEquals(1, ballots(round));
        assertEquals(2, count("SELECT COUNT(*) FROM pb_ballot_choice c JOIN pb_ballot b ON b.id = c.ballot_id WHERE b.receipt = ?", receipt));
        String counted = client().get("budgeting/voted.xhtml?receipt=" + receipt).body();
        assertTrue(counted.contains("Your vote has been counted") && counted.contains(receipt), counted);
        assertTrue(client().get("budgeting/voted.xhtml?receipt=NOSUCHCODE").statusCode() == 404);

        // the same code again: refused, in Welsh too, and nothing changed
        HttpResponse<String> again = vote(client(), round, codes.get(0), murals);
        assertTrue(again.body().contains("This voting code has already been used"), again.body());
        HttpResponse<String> againCy = voteIn(client(), round, "cy", codes.get(0), murals);
        assertTrue(againCy.body().contains("eisoes wedi"), againCy.body());
        assertEquals(1, ballots(round));

        // two ballots with one code at the same moment: exactly one is stored, the other refused
        String shared = codes.get(1);
        int voters = 6;
        CountDownLatch ready = new CountDownLatch(voters);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(voters);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                results.add(pool.submit(() -> {
                    Http voter = client();
                    String page = "budgeting/vote.xhtml?round=" + round;
                    String html = voter.get(page).body();
                    ready.countDown();
                    go.await();
                    return Faces.submitOn(voter, page, html, "ballot", "cast", "code", shared, "project", benches);
                }));
            }
            ready.await();
            go.countDown();
            int stored = 0;
            int refused = 0;
            for (Future<HttpResponse<String>> f : results) {
                HttpResponse<String> r = f.get();
                if (r.statusCode() == 302) {
                    stored++;
                } else if (r.body().contains("This voting code has already been used")) {
                    refused++;
                }
            }
            assertEquals(1, stored);
            assertEquals(voters - 1, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, ballots(round));
        String hash = VotingCodes.hash(Long.parseLong(round), VotingCodes.normalise(shared));
        assertEquals(1, count("SELECT COUNT(*) FROM pb_ballot WHERE voter_key = ?", "code:" + hash));

        // after voting has closed: nothing is stored, even from a ballot page opened while it was open (the page
        // no longer has the ballot, so the posted one is not taken; the service refuses it too)
        Http late = client();
        String page = "budgeting/vote.xhtml?round=" + round;
        String html = late.get(page).body();
        moveVoting(admin, round, title, "KNAPSACK", "", -10, 0);
        HttpResponse<String> tooLate = Faces.submitOn(late, page, html, "ballot", "cast", "code", codes.get(2), "project", murals);
        assertTrue(tooLate.body().contains("Voting is not open in this round now."), tooLate.body());
        assertEquals(2, ballots(round));
        assertEquals(2, count("SELECT COUNT(*) FROM pb_voting_code WHERE round_id = ? AND used_at IS NOT NULL", Long.valueOf(round)));
        assertNotNull(admin.get("admin/round.xhtml?id=" + round).body());
    }

    @Test
    void anApprovalBallotOverItsMaximumIsRefusedAndUnknownCodesAreRefusedThenRateLimited() throws Exception {
        Http admin = admin();
        String title = word();
        String round = createRound(admin, title, "APPROVAL", "1");
        String one = feasibleProject(admin, round, title + "a", "2000");
        String two = feasibleProject(admin, round, title + "b", "2000");
        List<String> codes = codes(admin, round, 2);
        moveVoting(admin, round, title, "APPROVAL", "1", 0, 10);

        HttpResponse<String> tooMany = vote(client(), round, codes.get(0), one, two);
        assertTrue(tooMany.body().contains("You chose more projects than allowed."), tooMany.body());
        assertEquals(0, ballots(round));
        assertEquals(0, count("SELECT COUNT(*) FROM pb_voting_code WHERE round_id = ? AND used_at IS NOT NULL", Long.valueOf(round)));

        HttpResponse<String> unknown = vote(client(), round, "ABCD-EFGH-JKMN", one);
        assertTrue(unknown.body().contains("That voting code does not exist for this round."), unknown.body());
        // a code of another round is unknown here
        String otherRound = createRound(admin, word(), "KNAPSACK", "");
        String foreign = codes(admin, otherRound, 1).get(0);
        assertTrue(vote(client(), round, foreign, one).body().contains("That voting code does not exist for this round."));
        assertEquals(0, ballots(round));

        Http guesser = client();
        assertTrue(RateLimitProbe.refusedAfter(10, () -> vote(guesser, round, "ABCD-EFGH-JKMN", one),
                "Too many voting codes from this connection were wrong."));
        // once limited, even a real code from that connection is refused unread; another household is not affected
        assertTrue(vote(guesser, round, codes.get(1), one).body().contains("Too many voting codes"));
        assertEquals(302, vote(client(), round, codes.get(1), one).statusCode());
        assertEquals(1, ballots(round));
    }

    @Test
    void thePagesSpeakWelshAndEnglish() throws Exception {
        Http admin = admin();
        String title = word();
        String round = createRound(admin, title, "CUMULATIVE", "12");
        String cy = client().get("budgeting/index.xhtml?lang=cy").body();
        assertTrue(cy.contains("Cyllidebu cyfranogol") && cy.contains(title + " strydoedd diogelach"), cy);
        String en = client().get("budgeting/index.xhtml?lang=en").body();
        assertTrue(en.contains("Participatory budgeting") && en.contains(title + " safer streets"));
        String roundCy = client().get("budgeting/round.xhtml?id=" + round + "&lang=cy").body();
        assertTrue(roundCy.contains("Pleidleisio o") || roundCy.contains("Pleidleisio: o"), roundCy);
        assertTrue(roundCy.contains("Cyllideb"));
        assertEquals(404, client().get("budgeting/round.xhtml?id=999999999").statusCode());
        // the administration is the administrator's only
        assertFalse(client().get("admin/rounds.xhtml").body().contains("saveRound"));
        assertTrue(Arrays.asList(admin.get("admin/index.xhtml").body().split("\"")).contains(base.getPath() + "admin/rounds.xhtml"));
    }
}
