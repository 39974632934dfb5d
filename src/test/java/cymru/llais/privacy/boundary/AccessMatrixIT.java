package cymru.llais.privacy.boundary;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access matrix: every role against every protected page and API call, allowed or refused as designed.
 * A refusal is a redirect to the sign-in page (nobody signed in), 403 (the wrong role) or 404 (an item outside
 * the person's scope, whose existence is not confirmed), and it never shows the item. The whole matrix is
 * checked before the test fails, and the failure lists every cell that differs.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class AccessMatrixIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String CATHAYS = "W05000857";
    private static final String CARDIFF = "W06000015";

    enum Who { ANONYMOUS, RESIDENT, COUNCILLOR, POLICE_STAFF, COUNCIL_STAFF, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    @Test
    void everyRoleReachesExactlyWhatItShould() throws Exception {
        String councilText = "Hen oergell wedi’i gadael ar y palmant ger yr ysgol gynradd";
        String councilRef = report("fly-tipping", CATHAYS, councilText);
        String otherWard = wardOutsideTheCouncillors();
        String policeText = "Ceir yn goryrru heibio’r ysgol bob bore rhwng wyth a naw";
        String policeRef = report("speeding", otherWard, policeText);
        long councilId = idOf(councilRef);
        long policeId = idOf(policeRef);

        Map<Who, Http> clients = new EnumMap<>(Who.class);
        clients.put(Who.ANONYMOUS, http());
        clients.put(Who.RESIDENT, Residents.verified(base.toString(), "matrix-" + System.nanoTime() + "@example.org", "en"));
        clients.put(Who.COUNCILLOR, staff("cynghorydd@llais.example"));
        clients.put(Who.POLICE_STAFF, staff("heddlu@llais.example"));
        clients.put(Who.COUNCIL_STAFF, staff("cyngor@llais.example"));
        clients.put(Who.ADMIN, staff("gweinyddwr@llais.example"));

        // page or call → who may; "marker" is text the page shows only to those allowed
        record Cell(String path, Set<Who> allowed, String marker) {
        }
        List<Cell> matrix = new ArrayList<>();
        for (String page : List.of("account/index.xhtml", "account/concerns.xhtml", "account/subscriptions.xhtml",
                "account/data.xhtml", "account/my-data.json")) {
            matrix.add(new Cell(page, EnumSet.of(Who.RESIDENT), null));
        }
        matrix.add(new Cell("staff/inbox.xhtml", EnumSet.of(Who.POLICE_STAFF, Who.COUNCIL_STAFF, Who.ADMIN), null));
        matrix.add(new Cell("staff/outcomes.xhtml", EnumSet.of(Who.POLICE_STAFF, Who.COUNCIL_STAFF, Who.ADMIN), null));
        // the outcome form, started from a concern: only the partner holding it (and the administrator)
        matrix.add(new Cell("staff/outcome.xhtml?concern=" + councilId, EnumSet.of(Who.COUNCIL_STAFF, Who.ADMIN), councilRef));
        matrix.add(new Cell("staff/outcome.xhtml?concern=" + policeId, EnumSet.of(Who.POLICE_STAFF, Who.ADMIN), policeRef));
        matrix.add(new Cell("staff/concern.xhtml?id=" + councilId, EnumSet.of(Who.COUNCIL_STAFF, Who.ADMIN), councilText));
        matrix.add(new Cell("staff/concern.xhtml?id=" + policeId, EnumSet.of(Who.POLICE_STAFF, Who.ADMIN), policeText));
        for (String page : List.of("index", "rules", "partners", "staff", "areas", "api-clients", "words", "escalations", "erasure", "rounds", "collections")) {
            matrix.add(new Cell("admin/" + page + ".xhtml", EnumSet.of(Who.ADMIN), null));
        }
        matrix.add(new Cell("councillor/queue.xhtml", EnumSet.of(Who.COUNCILLOR, Who.ADMIN), null));
        matrix.add(new Cell("councillor/stories.xhtml", EnumSet.of(Who.COUNCILLOR, Who.ADMIN), null));
        matrix.add(new Cell("staff/stories.xhtml", EnumSet.of(Who.POLICE_STAFF, Who.COUNCIL_STAFF, Who.ADMIN), null));
        matrix.add(new Cell("staff/insight.xhtml", EnumSet.of(Who.POLICE_STAFF, Who.COUNCIL_STAFF, Who.ADMIN), null));
        matrix.add(new Cell("staff/insight-wards.json", EnumSet.of(Who.POLICE_STAFF, Who.COUNCIL_STAFF, Who.ADMIN), null));
        matrix.add(new Cell("councillor/item.xhtml?id=" + councilId, EnumSet.of(Who.COUNCILLOR, Who.ADMIN), councilText));
        matrix.add(new Cell("councillor/item.xhtml?id=" + policeId, EnumSet.of(Who.ADMIN), policeText));
        // public pages and reads: everyone
        for (String page : List.of("index.xhtml", "concerns/index.xhtml", "concerns/report.xhtml",
                "concerns/view.xhtml?ref=" + councilRef, "api/concerns", "api/concerns/" + councilRef,
                "open311/v2/discovery.json", "open311/v2/services.json", "open311/v2/requests.json",
                "outcomes/index.xhtml", "outcomes/feed.xml?ward=" + CATHAYS, "budgeting/index.xhtml", "stories/index.xhtml",
                "open-data/index.xhtml", "api/open-data/schema.json")) {
            matrix.add(new Cell(page, EVERYONE, null));
        }
        // a round's results page is public (the demo round's, whatever its phase)
        java.util.regex.Matcher someRound = java.util.regex.Pattern.compile("round\\.xhtml\\?id=(\\d+)")
                .matcher(http().get("budgeting/index.xhtml").body());
        assertTrue(someRound.find(), "the demo has a participatory budgeting round");
        matrix.add(new Cell("budgeting/results.xhtml?round=" + someRound.group(1), EVERYONE, null));
        // never served to anyone
        matrix.add(new Cell("WEB-INF/web.xml", NOBODY, "security-constraint"));
        matrix.add(new Cell("WEB-INF/templates/staff.xhtml", NOBODY, "ui:insert"));

        List<String> wrong = new ArrayList<>();
        for (Cell cell : matrix) {
            for (Who who : Who.values()) {
                HttpResponse<String> r = clients.get(who).get(cell.path());
                boolean allowed = cell.allowed().contains(who);
                String verdict = allowed ? allowedProblem(r, cell.marker()) : refusalProblem(who, r, cell.marker());
                if (verdict != null) {
                    wrong.add(who + " " + cell.path() + ": expected " + (allowed ? "allowed" : "refused") + ", " + verdict);
                }
            }
        }

        // a councillor who names another ward gets their own wards' queue, never the other ward's items
        String foreignQueue = "councillor/queue.xhtml?tab=recent&ward=" + otherWard;
        if (clients.get(Who.COUNCILLOR).get(foreignQueue).body().contains(policeRef)) {
            wrong.add("COUNCILLOR " + foreignQueue + ": lists an item of a ward that is not theirs");
        }
        if (!clients.get(Who.ADMIN).get(foreignQueue).body().contains(policeRef)) {
            wrong.add("ADMIN " + foreignQueue + ": does not list the ward's recent item");
        }

        // writes: submitting through Open311 needs a key whoever is signed in; a councillor's form actions stay in their wards
        for (Who who : Who.values()) {
            HttpResponse<String> r = clients.get(who).post("open311/v2/requests.json", "application/x-www-form-urlencoded",
                    ("service_code=fly-tipping&lat=51.4905&long=-3.1745&description=" + "Dim allwedd gen i o gwbl").getBytes(StandardCharsets.UTF_8));
            if (r.statusCode() < 400 || r.statusCode() >= 500) {
                wrong.add(who + " POST open311 requests without a key: " + r.statusCode());
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " cell(s) of the access matrix differ:\n" + String.join("\n", wrong));
        assertEquals(0, countReports("Dim allwedd gen i o gwbl"), "nothing was stored by a refused call");
    }

    /** Why a response is not an allowed page (null when it is one). */
    private static String allowedProblem(HttpResponse<String> r, String marker) {
        if (r.statusCode() != 200) {
            return "got " + r.statusCode() + " " + r.headers().firstValue("Location").orElse("");
        }
        if (marker != null && !r.body().contains(marker)) {
            return "the page does not show the item";
        }
        return null;
    }

    /** Why a response is not a proper refusal (null when it is one). */
    private static String refusalProblem(Who who, HttpResponse<String> r, String marker) {
        int s = r.statusCode();
        boolean toSignIn = s == 302 && r.headers().firstValue("Location").orElse("").contains("signin");
        boolean refused = s == 403 || s == 404 || (who == Who.ANONYMOUS && (toSignIn || s == 401));
        if (!refused) {
            return "got " + s + " " + r.headers().firstValue("Location").orElse("");
        }
        if (marker != null && r.body().contains(marker)) {
            return "the refusal shows the item";
        }
        if (r.body().contains("Exception") || r.body().contains("\tat ")) {
            return "the refusal shows a stack trace";
        }
        return null;
    }

    // ---- the people and the data

    private Http staff(String email) throws Exception {
        Http http = http().always("X-Forwarded-For", "192.0.2." + (System.nanoTime() % 250 + 1) + "-" + System.nanoTime());
        HttpResponse<String> r = Faces.submit(http, "signin.xhtml", "signin", "signin-button", "email", email, "password", PASSWORD);
        assertEquals(302, r.statusCode(), email + " signs in");
        assertTrue(!r.headers().firstValue("Location").orElse("").contains("signin"), email + " signs in");
        return http;
    }

    private String report(String category, String ward, String text) throws Exception {
        String body = Json.createObjectBuilder().add("category", category).add("ward", ward).add("description", text)
                .add("language", "cy").build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getString("reference");
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(TestServers.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static long idOf(String reference) throws Exception {
        try (Connection db = db(); PreparedStatement s = db.prepareStatement("SELECT id FROM concern WHERE reference = ?")) {
            s.setString(1, reference);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), reference);
                return r.getLong(1);
            }
        }
    }

    /** A Cardiff ward that is none of the demo councillor's. */
    private static String wardOutsideTheCouncillors() throws Exception {
        try (Connection db = db(); PreparedStatement s = db.prepareStatement("SELECT code FROM ward WHERE local_authority_code = ?"
                + " AND code NOT IN (SELECT ward_code FROM staff_ward) ORDER BY code LIMIT 1")) {
            s.setString(1, CARDIFF);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private static long countReports(String text) throws Exception {
        try (Connection db = db(); PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM concern WHERE description = ?")) {
            s.setString(1, text);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
