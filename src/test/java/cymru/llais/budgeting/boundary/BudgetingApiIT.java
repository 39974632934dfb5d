package cymru.llais.budgeting.boundary;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.RateLimitProbe;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budgeting JSON API: a round as the public sees it; a ballot cast with a household code is stored, counted
 * and its receipt shown on the confirmation page; every refusal is its status and problem body, in the client's
 * language, with nothing stored; two ballots with one code at the same moment make one ballot and one 409.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class BudgetingApiIT {

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

    private static String[] roundFields(String title, String type, String max, String points, int votingFromDays, int resultsFromDays) {
        LocalDate t = LocalDate.now(ZoneId.of("Europe/London"));
        return new String[] {"area", "WARD:W05000857", "titleEn", title + " safer streets", "titleCy", title + " strydoedd diogelach",
                "descriptionEn", "Ideas for safer streets", "descriptionCy", "Syniadau am strydoedd diogelach", "budget", "10000",
                "ballotType", type, "maxProjects", max, "points", points, "rule", "GREEDY",
                "ideasFrom", t.minusDays(60).toString(), "reviewFrom", t.minusDays(30).toString(),
                "votingFrom", t.plusDays(votingFromDays).toString(), "resultsFrom", t.plusDays(resultsFromDays).toString(),
                "deliveryFrom", t.plusDays(resultsFromDays + 30).toString()};
    }

    private static String createRound(Http admin, String title, String type, String max) throws Exception {
        String points = "CUMULATIVE".equals(type) ? max : "";
        HttpResponse<String> r = Faces.submit(admin, "admin/rounds.xhtml", "round", "saveRound", roundFields(title, type, max, points, 1, 20));
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("round\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        return m.group(1);
    }

    private static void openVoting(Http admin, String round, String title, String type, String max) throws Exception {
        String points = "CUMULATIVE".equals(type) ? max : "";
        HttpResponse<String> r = Faces.submit(admin, "admin/rounds.xhtml?id=" + round, "round", "saveRound",
                roundFields(title, type, max, points, 0, 10));
        assertEquals(302, r.statusCode(), r.body());
    }

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
        return id;
    }

    private static List<String> codes(Http admin, String round, int n) throws Exception {
        HttpResponse<String> csv = Faces.submit(admin, "admin/round.xhtml?id=" + round, "codes", "downloadCodes", "codeCount", Integer.toString(n));
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1]).toList();
    }

    private static long count(String sql, Object... args) throws Exception {
        EmbeddedMariaDb db = TestServers.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Ballots, their choices and used codes of a round: what a refusal must leave as it was. */
    private static String stored(String round) throws Exception {
        long id = Long.parseLong(round);
        return count("SELECT COUNT(*) FROM pb_ballot WHERE round_id = ?", id) + "/"
                + count("SELECT COUNT(*) FROM pb_ballot_choice c JOIN pb_ballot b ON b.id = c.ballot_id WHERE b.round_id = ?", id) + "/"
                + count("SELECT COUNT(*) FROM pb_voter WHERE round_id = ?", id) + "/"
                + count("SELECT COUNT(*) FROM pb_voting_code WHERE round_id = ? AND used", id);
    }

    private static HttpResponse<String> ballot(Http http, String round, String json, String... headers) throws Exception {
        return http.postJson("api/budgeting/rounds/" + round + "/ballots", json, headers);
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** A refusal: its status, its problem type and, when given, the code of its first field error; nothing stored. */
    private static JsonObject refused(HttpResponse<String> r, int status, String type, String errorCode, String round, String before)
            throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        JsonObject problem = json(r);
        assertEquals("urn:llais:problem:" + type, problem.getString("type"), r.body());
        assertEquals(status, problem.getInt("status"));
        if (errorCode != null) {
            assertEquals(errorCode, problem.getJsonArray("errors").getJsonObject(0).getString("code"), r.body());
        }
        assertEquals(before, stored(round), "a refusal stores nothing");
        return problem;
    }

    @Test
    void aBallotCastThroughTheApiIsStoredWithAReceiptAndEveryRefusalChangesNothing() throws Exception {
        Http admin = admin();
        String title = word();
        String round = createRound(admin, title, "KNAPSACK", "");
        String lamps = feasibleProject(admin, round, title + "a", "6000");
        String benches = feasibleProject(admin, round, title + "b", "5000");
        String murals = feasibleProject(admin, round, title + "c", "3000");
        List<String> codes = codes(admin, round, 3);
        Http voter = client();

        // before voting opens: 409, nothing stored
        String before = stored(round);
        refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":{\"" + lamps + "\":1}}"),
                409, "not-voting", "budgeting.vote.error.notVoting", round, before);
        openVoting(admin, round, title, "KNAPSACK", "");

        // the round as the public sees it
        HttpResponse<String> shown = voter.get("api/budgeting/rounds/" + round);
        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject r = json(shown);
        assertEquals(title + " strydoedd diogelach", r.getJsonObject("title").getString("cy"));
        assertEquals("voting", r.getString("phase"));
        assertEquals("knapsack", r.getString("ballotType"));
        assertEquals(10000, r.getInt("budget"));
        assertEquals(3, r.getJsonArray("projects").size());
        assertEquals(6000, r.getJsonArray("projects").getJsonObject(0).getInt("cost"));
        assertEquals(404, voter.get("api/budgeting/rounds/999999999").statusCode());

        // every refusal: its status and problem, nothing stored
        before = stored(round);
        refused(ballot(voter, "999999999", "{\"code\":\"" + codes.get(0) + "\",\"choices\":[1]}"), 404, "round-not-found", null, round, before);
        refused(ballot(voter, "notanumber", "{\"code\":\"" + codes.get(0) + "\",\"choices\":[1]}"), 404, "round-not-found", null, round, before);
        JsonObject over = refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":[" + lamps + "," + benches + "]}"),
                422, "invalid-ballot", "budgeting.vote.error.overBudget", round, before);
        assertTrue(over.getJsonArray("errors").getJsonObject(0).getString("message").contains("cost more than the budget"), over.toString());
        JsonObject overCy = refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":{\"" + lamps + "\":1,\"" + benches + "\":1}}",
                "Accept-Language", "cy"), 422, "invalid-ballot", "budgeting.vote.error.overBudget", round, before);
        assertTrue(overCy.getString("title").contains("Ni dderbyniwyd y bleidlais"), overCy.toString());
        refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":[999999999]}"),
                422, "invalid-ballot", "budgeting.vote.error.project", round, before);
        refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":{\"lamps\":1}}"),
                422, "invalid-ballot", "budgeting.vote.error.project", round, before);
        refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":{\"" + murals + "\":2}}"),
                422, "invalid-ballot", "budgeting.vote.error.points", round, before);
        refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":[]}"),
                422, "invalid-ballot", "budgeting.vote.error.empty", round, before);
        refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":\"all\"}"),
                422, "invalid-ballot", "budgeting.api.error.choicesType", round, before);
        refused(ballot(voter, round, "{\"choices\":[" + murals + "]}"), 422, "invalid-ballot", "budgeting.vote.error.codeRequired", round, before);
        refused(ballot(voter, round, "{\"code\":42,\"choices\":[" + murals + "]}"), 422, "invalid-ballot", "budgeting.api.error.codeType", round, before);
        refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":[" + murals), 400, "malformed-json", null, round, before);
        refused(ballot(voter, round, "[\"" + codes.get(0) + "\"]"), 400, "malformed-json", null, round, before);
        refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":[" + murals + "],\"pad\":\"" + "x".repeat(20_000) + "\"}"),
                413, "too-large", null, round, before);
        refused(voter.post("api/budgeting/rounds/" + round + "/ballots", "text/plain", ("code=" + codes.get(0)).getBytes()),
                415, "unsupported-media-type", null, round, before);
        refused(ballot(voter, round, "{\"code\":\"ABCD-EFGH-JKMN\",\"choices\":[" + murals + "]}"),
                403, "unknown-voting-code", "budgeting.vote.error.unknownCode", round, before);

        // the ballot: 201 with its receipt, stored with its two choices, the code used
        HttpResponse<String> cast = ballot(voter, round, "{\"code\":\"" + codes.get(0).toLowerCase() + "\",\"choices\":{\""
                + lamps + "\":1,\"" + murals + "\":1,\"" + benches + "\":0}}");
        assertEquals(201, cast.statusCode(), cast.body());
        JsonObject receipt = json(cast);
        assertEquals(Long.parseLong(round), receipt.getJsonNumber("round").longValue());
        String code = receipt.getString("receipt");
        assertTrue(cast.headers().firstValue("Location").orElse("").endsWith("/budgeting/voted.xhtml?receipt=" + code));
        assertEquals(2, count("SELECT COUNT(*) FROM pb_ballot_choice c JOIN pb_ballot b ON b.id = c.ballot_id WHERE b.receipt = ?", code));
        assertEquals(1, count("SELECT COUNT(*) FROM pb_ballot_choice c JOIN pb_ballot b ON b.id = c.ballot_id WHERE b.receipt = ? AND c.project_id = ?",
                code, Long.valueOf(murals)));
        assertEquals("1/2/1/1", stored(round));
        String page = client().get("budgeting/voted.xhtml?receipt=" + code).body();
        assertTrue(page.contains("Your vote has been counted") && page.contains(code), page);

        // the code again: 409 in Welsh, nothing changed
        before = stored(round);
        JsonObject again = refused(ballot(voter, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":[" + benches + "]}",
                "Accept-Language", "cy"), 409, "already-voted", "budgeting.vote.error.alreadyVoted", round, before);
        assertTrue(again.getJsonArray("errors").getJsonObject(0).getString("message").contains("eisoes wedi"), again.toString());
        assertEquals("Cod pleidleisio wedi’i ddefnyddio eisoes", again.getString("title"));
        // ?lang= wins over Accept-Language
        HttpResponse<String> english = voter.postJson("api/budgeting/rounds/" + round + "/ballots?lang=en",
                "{\"code\":\"" + codes.get(0) + "\",\"choices\":[" + benches + "]}", "Accept-Language", "cy");
        assertEquals("Voting code already used", refused(english, 409, "already-voted", null, round, before).getString("title"));
    }

    @Test
    void anApprovalBallotIsAListWithinTheMaximumAndUnknownCodesAreRateLimited() throws Exception {
        Http admin = admin();
        String title = word();
        String round = createRound(admin, title, "APPROVAL", "1");
        String one = feasibleProject(admin, round, title + "a", "2000");
        String two = feasibleProject(admin, round, title + "b", "2000");
        List<String> codes = codes(admin, round, 1);
        openVoting(admin, round, title, "APPROVAL", "1");
        assertEquals(1, json(client().get("api/budgeting/rounds/" + round)).getInt("maxProjects"));

        String before = stored(round);
        refused(ballot(client(), round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":[" + one + "," + two + "]}"),
                422, "invalid-ballot", "budgeting.vote.error.tooMany", round, before);

        Http guesser = client();
        assertTrue(RateLimitProbe.refusedAfter(10, () -> ballot(guesser, round, "{\"code\":\"ABCD-EFGH-JKMN\",\"choices\":[" + one + "]}"),
                "too-many-voting-codes"));
        HttpResponse<String> limited = ballot(guesser, round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":[" + one + "]}");
        refused(limited, 429, "too-many-voting-codes", "budgeting.vote.error.tooManyCodes", round, before);
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());

        assertEquals(201, ballot(client(), round, "{\"code\":\"" + codes.get(0) + "\",\"choices\":[" + two + "]}").statusCode());
        assertEquals("1/1/1/1", stored(round));
    }

    @Test
    void twoBallotsWithOneCodeAtTheSameMomentMakeOneBallotAndOneConflict() throws Exception {
        Http admin = admin();
        String title = word();
        String round = createRound(admin, title, "CUMULATIVE", "5");
        String one = feasibleProject(admin, round, title + "a", "2000");
        String two = feasibleProject(admin, round, title + "b", "3000");
        List<String> codes = codes(admin, round, 6);
        openVoting(admin, round, title, "CUMULATIVE", "5");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String code : codes) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> both = new ArrayList<>();
                for (String choices : List.of("{\"" + one + "\":3,\"" + two + "\":2}", "{\"" + two + "\":5}")) {
                    Http http = client();
                    both.add(pool.submit(() -> {
                        start.await();
                        return ballot(http, round, "{\"code\":\"" + code + "\",\"choices\":" + choices + "}");
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<HttpResponse<String>> f : both) {
                    HttpResponse<String> r = f.get();
                    statuses.add(r.statusCode());
                    if (r.statusCode() == 409) {
                        assertEquals("urn:llais:problem:already-voted", json(r).getString("type"), r.body());
                    }
                }
                statuses.sort(null);
                assertEquals(List.of(201, 409), statuses, "one ballot and one conflict for code " + code);
            }
        } finally {
            pool.shutdownNow();
        }
        long id = Long.parseLong(round);
        assertEquals(codes.size(), count("SELECT COUNT(*) FROM pb_ballot WHERE round_id = ?", id));
        assertEquals(codes.size(), count("SELECT COUNT(*) FROM pb_voter WHERE round_id = ?", id));
        assertEquals(codes.size() * 5L, count("SELECT COALESCE(SUM(c.points), 0) FROM pb_ballot_choice c JOIN pb_ballot b ON b.id = c.ballot_id WHERE b.round_id = ?", id));
    }
}
