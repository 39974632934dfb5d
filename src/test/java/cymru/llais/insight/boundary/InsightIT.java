package cymru.llais.insight.boundary;

import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The insight dashboard on the real portal: the administrator sees every partner's figures in English and Welsh;
 * a member of the council's staff sees only the concerns the council holds (a speeding concern routed to the police
 * is not counted) and the police officer only the police's; a filter changes the figures; a figure's link opens the
 * inbox with exactly the items behind it; residents and visitors are refused.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class InsightIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String COUNCIL = "cyngor@llais.example";
    private static final String POLICE = "heddlu@llais.example";
    private static final String RESIDENT = "preswylydd@llais.example";
    private static final double LAT = 51.5152;
    private static final double LON = -3.2140;
    private static final Random RANDOM = new Random();

    /** The concerns this class reports, once: two fly-tipping (the council's) and one speeding (the police's). */
    private static String ward;
    private static final List<String> FLY_TIPPING = new ArrayList<>();
    private static String speeding;
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    private static String word() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private String report(String category) throws Exception {
        String body = Json.createObjectBuilder().add("category", category).add("lat", LAT).add("lon", LON)
                .add("description", "Insight check " + word() + " near the lane by the shops").add("language", "en").build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return json(r.body()).getString("reference");
    }

    private synchronized void reportOnce() throws Exception {
        if (ward != null) {
            return;
        }
        HttpResponse<String> area = http().get("api/areas?lat=" + LAT + "&lon=" + LON);
        assertEquals(200, area.statusCode(), area.body());
        String code = json(area.body()).getJsonObject("ward").getString("code");
        FLY_TIPPING.add(report("fly-tipping"));
        FLY_TIPPING.add(report("fly-tipping"));
        speeding = report("speeding");
        ward = code;
    }

    private Http signedIn(String email) throws Exception {
        Http h = http();
        assertTrue(Faces.signIn(h, email, PASSWORD), email + " signs in");
        return h;
    }

    private static String dashboard(Http h, String query) throws Exception {
        HttpResponse<String> r = h.get("staff/insight.xhtml?" + query);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** The figure of a row of a table: the number in the cell beside the row's heading, and its link. */
    private record Figure(long count, String href) {
    }

    private static Optional<Figure> figure(String html, String tableId, String rowLabel) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertTrue(start >= 0, "the page has the table " + tableId);
        String table = html.substring(start, html.indexOf("</table>", start));
        Matcher m = Pattern.compile("<th scope=\"row\">" + Pattern.quote(rowLabel) + "</th>\\s*<td>\\s*<a href=\"([^\"]+)\">(\\d+)</a>")
                .matcher(table);
        return m.find() ? Optional.of(new Figure(Long.parseLong(m.group(2)), m.group(1).replace("&amp;", "&"))) : Optional.empty();
    }

    private String wardFilter() {
        return "lang=en&from=" + TODAY + "&to=" + TODAY + "&ward=" + ward;
    }

    @Test
    void administratorSeesEveryPartnersFiguresInEnglishAndWelsh() throws Exception {
        reportOnce();
        Http admin = signedIn(ADMIN);
        String en = dashboard(admin, wardFilter());
        assertTrue(en.contains("Concerns by category"), en);
        assertTrue(en.contains("<svg") && en.contains("class=\"bars\""), "charts are drawn as SVG");
        assertTrue(en.contains("<caption>Concerns by category</caption>"), "each chart has its table");
        assertTrue(en.contains("Time to acknowledge") && en.contains("90th percentile"));
        assertTrue(figure(en, "insight-category-table", "Fly-tipping and litter").orElseThrow().count() >= 2);
        assertTrue(figure(en, "insight-category-table", "Speeding and road safety").orElseThrow().count() >= 1);
        assertTrue(figure(en, "insight-partner-table", "South Wales Police").isPresent(), "the police's concerns are counted");
        assertTrue(figure(en, "insight-partner-table", "Cardiff Council").isPresent(), "the council's concerns are counted");
        assertFalse(en.contains("<script>"), "no inline script");

        String cy = dashboard(admin, wardFilter().replace("lang=en", "lang=cy"));
        assertTrue(cy.contains("lang=\"cy\""));
        assertTrue(cy.contains("Pryderon fesul categori"), cy);
        assertTrue(cy.contains("Amser i gydnabod") && cy.contains("90fed canradd"));
        assertTrue(figure(cy, "insight-category-table", "Tipio anghyfreithlon a sbwriel").orElseThrow().count() >= 2);
    }

    @Test
    void staffSeeOnlyTheConcernsTheirOwnPartnerHolds() throws Exception {
        reportOnce();
        String council = dashboard(signedIn(COUNCIL), wardFilter());
        assertTrue(council.contains("The concerns Cardiff Council holds."), council);
        assertTrue(figure(council, "insight-category-table", "Fly-tipping and litter").orElseThrow().count() >= 2);
        assertTrue(figure(council, "insight-category-table", "Speeding and road safety").isEmpty(),
                "the speeding concern is the police's, not counted for the council");
        assertTrue(figure(council, "insight-partner-table", "South Wales Police").isEmpty());
        assertFalse(council.contains("id=\"filter-partner\""), "staff cannot choose another partner");

        String police = dashboard(signedIn(POLICE), wardFilter());
        assertTrue(figure(police, "insight-category-table", "Speeding and road safety").orElseThrow().count() >= 1);
        assertTrue(figure(police, "insight-category-table", "Fly-tipping and litter").isEmpty());

        // asking for another partner's figures in the address gives nothing of theirs
        Http officer = signedIn(POLICE);
        String councilId = partnerId(dashboard(signedIn(ADMIN), wardFilter()), "Cardiff Council");
        String forged = dashboard(officer, wardFilter() + "&partner=" + councilId);
        assertTrue(figure(forged, "insight-category-table", "Fly-tipping and litter").isEmpty(), "scope holds whatever the filter says");

        // the map's data has the same scope
        HttpResponse<String> map = signedIn(COUNCIL).get("staff/insight-wards.json?from=" + TODAY + "&to=" + TODAY + "&ward=" + ward);
        assertEquals(200, map.statusCode());
        JsonObject feature = json(map.body()).getJsonArray("features").getJsonObject(0);
        assertEquals(ward, feature.getJsonObject("properties").getString("code"));
        assertEquals(figure(council, "insight-ward-table", feature.getJsonObject("properties").getString("name")).orElseThrow().count(),
                feature.getJsonObject("properties").getJsonNumber("count").longValue());
        assertTrue(feature.getJsonObject("geometry").getString("type").contains("Polygon"));
    }

    private static String partnerId(String adminPage, String partnerName) {
        Matcher m = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(partnerName) + "</option>").matcher(adminPage);
        assertTrue(m.find(), "the administrator can filter by " + partnerName);
        return m.group(1);
    }

    @Test
    void aFilterChangesTheFigures() throws Exception {
        reportOnce();
        Http admin = signedIn(ADMIN);
        String all = dashboard(admin, wardFilter());
        String speedingOnly = dashboard(admin, wardFilter() + "&category=speeding");
        assertTrue(figure(all, "insight-category-table", "Fly-tipping and litter").isPresent());
        assertTrue(figure(speedingOnly, "insight-category-table", "Fly-tipping and litter").isEmpty(), "the category filter leaves fly-tipping out");
        assertEquals(figure(all, "insight-category-table", "Speeding and road safety").orElseThrow().count(),
                figure(speedingOnly, "insight-category-table", "Speeding and road safety").orElseThrow().count());
        // a day before the concerns were reported has none of them
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String before = dashboard(admin, "lang=en&from=" + yesterday + "&to=" + yesterday + "&ward=" + ward);
        assertTrue(figure(before, "insight-category-table", "Speeding and road safety").map(Figure::count).orElse(0L)
                < figure(all, "insight-category-table", "Speeding and road safety").orElseThrow().count() + 1);
        // a malformed filter is named in the page's language and the rest still applies
        String bad = dashboard(admin, wardFilter().replace("lang=en", "lang=cy") + "&category=Not+A+Category");
        assertTrue(bad.contains("Dydy hwnnw ddim yn gategori."), bad);
        assertTrue(figure(bad, "insight-category-table", "Tipio anghyfreithlon a sbwriel").isPresent());
    }

    @Test
    void aFiguresLinkOpensTheInboxWithTheItemsBehindIt() throws Exception {
        reportOnce();
        Http staff = signedIn(COUNCIL);
        Figure flyTipping = figure(dashboard(staff, wardFilter()), "insight-category-table", "Fly-tipping and litter").orElseThrow();
        assertTrue(flyTipping.href().contains("/staff/inbox.xhtml?view=all&"), flyTipping.href());
        assertTrue(flyTipping.href().contains("category=fly-tipping") && flyTipping.href().contains("ward=" + ward));
        HttpResponse<String> inbox = staff.get(flyTipping.href().substring(flyTipping.href().indexOf("staff/")));
        assertEquals(200, inbox.statusCode());
        for (String reference : FLY_TIPPING) {
            assertTrue(inbox.body().contains(">" + reference + "</a>"), "the inbox lists " + reference);
        }
        assertFalse(inbox.body().contains(">" + speeding + "</a>"), "the police's concern is not in the council's list");
        assertEquals(flyTipping.count(), Pattern.compile("<th scope=\"row\"><a href=\"[^\"]*concern\\.xhtml\\?id=\\d+\">")
                .matcher(inbox.body()).results().count(), "as many items as the figure says");

        Http admin = signedIn(ADMIN);
        Figure police = figure(dashboard(admin, wardFilter()), "insight-category-table", "Speeding and road safety").orElseThrow();
        String list = admin.get(police.href().substring(police.href().indexOf("staff/"))).body();
        assertTrue(list.contains(">" + speeding + "</a>"));
        FLY_TIPPING.forEach(r -> assertFalse(list.contains(">" + r + "</a>"), "only speeding concerns behind the speeding figure"));
    }

    @Test
    void residentsAndVisitorsAreRefused() throws Exception {
        HttpResponse<String> anonymous = http().get("staff/insight.xhtml");
        assertTrue(anonymous.statusCode() == 302 && anonymous.headers().firstValue("Location").orElse("").contains("signin")
                || anonymous.statusCode() == 401 || anonymous.body().contains("id=\"signin\""), "a visitor is sent to sign in");
        assertFalse(anonymous.body().contains("Concerns by category"));
        HttpResponse<String> anonymousMap = http().get("staff/insight-wards.json");
        assertFalse(anonymousMap.statusCode() == 200 && anonymousMap.body().contains("FeatureCollection"));

        Http resident = http();
        assertTrue(Residents.signIn(resident, RESIDENT, PASSWORD), "the demo resident signs in");
        HttpResponse<String> page = resident.get("staff/insight.xhtml?lang=cy");
        assertEquals(403, page.statusCode());
        assertFalse(page.body().contains("Pryderon fesul categori"));
        assertEquals(403, resident.get("staff/insight-wards.json").statusCode());
    }
}
