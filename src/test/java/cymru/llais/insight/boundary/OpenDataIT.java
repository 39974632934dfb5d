package cymru.llais.insight.boundary;

import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open data on the real portal: a concern reported this month is in the month's CSV and JSON with its ward and
 * a grid point but without its reporter's address, its words or its pin; a sensitive one only raises its ward's
 * count; a held one is absent; ETag and Last-Modified give 304; a quarter's and a year's files hold their months' rows;
 * bad periods and files are problem bodies in the asker's language; the page describes the files in both languages
 * with the Open Government Licence.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class OpenDataIT {

    private static final double CATHAYS_LAT = 51.4905;
    private static final double CATHAYS_LON = -3.1745;
    private static final String CATHAYS = "W05000857";
    private static final ZoneId WALES = ZoneId.of("Europe/London");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** A word of letters only: digits could look like a phone number and hold the concern. */
    private static String word() {
        Random r = new Random();
        StringBuilder b = new StringBuilder("zz");
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    private String report(String category, String text, String email) throws Exception {
        String body = Json.createObjectBuilder().add("category", category).add("lat", CATHAYS_LAT).add("lon", CATHAYS_LON)
                .add("description", text).add("language", "en").add("email", email).build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return json(r.body()).getString("reference");
    }

    private static String thisMonth() {
        return YearMonth.now(WALES).toString();
    }

    private long sensitiveCount(String period) throws Exception {
        HttpResponse<String> r = http().get("api/open-data/" + period + "/sensitive-counts.json");
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("ward_code").equals(CATHAYS)).mapToLong(o -> o.getJsonNumber("concerns").longValue())
                .sum();
    }

    @Test
    void aConcernIsInTheMonthsFilesWithoutPersonalDataASensitiveOneOnlyCountedAndAHeldOneAbsent() throws Exception {
        String period = thisMonth();
        long sensitiveBefore = sensitiveCount(period);
        String secret = word();
        String email = secret + "@example.org";
        String reference = report("fly-tipping", "Old mattresses " + secret + " dumped in the lane behind the shops.", email);
        String sensitiveWord = word();
        String sensitive = report("hate-incident", "Shouted abuse " + sensitiveWord + " at my neighbour in the street.",
                sensitiveWord + "@example.org");
        String heldWord = word();
        String held = report("fly-tipping", "Rubbish " + heldWord + " everywhere, ring me on 07700 900123 about it.",
                heldWord + "@example.org");

        HttpResponse<String> csv = http().get("api/open-data/" + period + "/concerns.csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        String[] lines = csv.body().split("\r\n");
        assertEquals("\"reference\",\"reported_on\",\"category\",\"category_en\",\"category_cy\",\"ward_code\",\"ward_en\",\"ward_cy\","
                + "\"local_authority_code\",\"grid_latitude\",\"grid_longitude\",\"status\",\"acknowledged_on\",\"resolved_on\","
                + "\"partner_code\",\"partner_en\",\"partner_cy\"", lines[0]);
        String line = List.of(lines).stream().filter(l -> l.startsWith("\"" + reference + "\"")).findFirst().orElse(null);
        assertNotNull(line, "the concern is in the month's CSV");
        assertTrue(line.contains("\"" + CATHAYS + "\""), line);
        assertTrue(line.contains(",51.4910,-3.1755,"), "the pin snapped to its grid cell's centre: " + line);
        assertTrue(line.contains("\"" + LocalDate.now(WALES) + "\""), line);
        for (String body : List.of(csv.body())) {
            assertFalse(body.contains(secret), "no words or address of the reporter");
            assertFalse(body.contains("51.4905") || body.contains("-3.1745"), "no pin");
            assertFalse(body.contains(sensitive), "no sensitive concern");
            assertFalse(body.contains(sensitiveWord));
            assertFalse(body.contains(held), "no held concern");
            assertFalse(body.contains(heldWord));
            assertFalse(body.contains("@"), "no e-mail address of anyone");
        }

        HttpResponse<String> js = http().get("api/open-data/" + period + "/concerns.json");
        assertEquals(200, js.statusCode(), js.body());
        JsonObject file = json(js.body());
        assertEquals("OGL-UK-3.0", file.getString("licence"));
        JsonObject row = file.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("reference").equals(reference)).findFirst().orElseThrow();
        assertEquals(CATHAYS, row.getString("ward_code"));
        assertEquals("received", row.getString("status"));
        assertEquals(51.491, row.getJsonNumber("grid_latitude").doubleValue(), 1e-9);
        assertFalse(row.containsKey("description") || row.containsKey("email"), row.toString());
        assertFalse(js.body().contains(secret) || js.body().contains(sensitive) || js.body().contains(held) || js.body().contains("@"));

        assertEquals(sensitiveBefore + 1, sensitiveCount(period), "the sensitive concern only raised its ward's count");
        String counts = http().get("api/open-data/" + period + "/sensitive-counts.csv").body();
        assertTrue(counts.startsWith("\"ward_code\",\"ward_en\",\"ward_cy\",\"local_authority_code\",\"concerns\"\r\n"), counts);
        assertFalse(counts.contains(sensitive) || counts.contains("hate") || counts.contains(sensitiveWord), counts);
    }

    @Test
    void anUnchangedFileAnswers304ToItsETagOrDateAndCarriesCacheControl() throws Exception {
        String path = "api/open-data/" + YearMonth.now(WALES).minusMonths(1) + "/concerns.csv";
        HttpResponse<String> first = http().get(path);
        assertEquals(200, first.statusCode(), first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age=86400"), "a closed month: a day");
        HttpResponse<String> again = http().get(path);
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow(), "the same content, the same tag");
        assertEquals(first.body(), again.body());
        HttpResponse<String> byTag = http().get(path, "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(304, http().get(path, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, http().get(path, "If-None-Match", "\"something-else\"").statusCode());
        assertTrue(http().get("api/open-data/" + thisMonth() + "/outcomes.json").headers().firstValue("Cache-Control").orElse("")
                .contains("max-age=300"), "the current month changes: five minutes");
    }

    @Test
    void publishedOutcomesAndClosedBudgetingRoundsAreInTheirMonthsFiles() throws Exception {
        JsonArray outcomes = json(http().get("api/open-data/" + thisMonth() + "/outcomes.json").body()).getJsonArray("rows");
        assertTrue(outcomes.stream().map(JsonValue::asJsonObject).anyMatch(o -> !o.isNull("response_cy") && !o.isNull("response_en")
                && o.getString("ward_codes").contains("W05")), "the demo's published outcomes, in both languages, with their wards");
        String results = LocalDate.now(WALES).minusDays(330).toString().substring(0, 7);
        JsonArray projects = json(http().get("api/open-data/" + results + "/budgeting.json").body()).getJsonArray("rows");
        List<JsonObject> brighter = projects.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("round_en").equals("Brighter Plasnewydd")).toList();
        assertFalse(brighter.isEmpty(), projects.toString());
        assertEquals(6, brighter.get(0).getInt("ballots"));
        assertEquals(3, brighter.stream().filter(o -> o.getBoolean("selected")).count(), "the demo round's three winners");
        assertEquals("greedy", brighter.get(0).getString("rule"));
        String csv = http().get("api/open-data/" + results + "/budgeting.csv").body();
        assertTrue(csv.contains("\"Plasnewydd mwy disglair\""), csv);
    }

    private static String thisQuarter() {
        YearMonth m = YearMonth.now(WALES);
        return m.getYear() + "-Q" + ((m.getMonthValue() + 2) / 3);
    }

    private static String lastQuarter() {
        YearMonth m = YearMonth.now(WALES).minusMonths(3);
        return m.getYear() + "-Q" + ((m.getMonthValue() + 2) / 3);
    }

    @Test
    void aQuarterAndAYearHoldTheirMonthsRowsAtStableAddressesListedOnThePage() throws Exception {
        report("fly-tipping", "Bags of garden waste " + word() + " left by the bus stop.", word() + "@example.org");
        String year = Integer.toString(YearMonth.now(WALES).getYear());
        List<String> month = List.of(http().get("api/open-data/" + thisMonth() + "/concerns.csv").body().split("\r\n"));
        for (String period : List.of(thisQuarter(), year)) {
            HttpResponse<String> csv = http().get("api/open-data/" + period + "/concerns.csv");
            assertEquals(200, csv.statusCode(), csv.body());
            List<String> lines = List.of(csv.body().split("\r\n"));
            assertEquals(month.get(0), lines.get(0), "the same columns");
            assertTrue(lines.containsAll(month), period + " holds every row of this month, as they are now");
            assertTrue(sensitiveCount(period) >= sensitiveCount(thisMonth()));
            assertTrue(csv.headers().firstValue("Cache-Control").orElse("").contains("max-age=300"), "a period still running");
            JsonObject js = json(http().get("api/open-data/" + period + "/concerns.json").body());
            assertEquals(period, js.getString("period"));
            assertEquals(lines.size() - 1, js.getJsonArray("rows").size());
            JsonObject pack = json(http().get("api/open-data/" + period + "/datapackage.json").body());
            assertTrue(pack.getJsonArray("resources").getJsonObject(0).getString("path").endsWith("/api/open-data/" + period + "/concerns.csv"));
        }
        String path = "api/open-data/" + lastQuarter() + "/outcomes.csv";
        HttpResponse<String> ended = http().get(path);
        assertEquals(200, ended.statusCode(), ended.body());
        assertTrue(ended.headers().firstValue("Cache-Control").orElse("").contains("max-age=86400"), "an ended quarter: a day");
        String etag = ended.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, http().get(path).headers().firstValue("ETag").orElseThrow(), "an ended quarter's file stays the same");
        assertEquals(304, http().get(path, "If-None-Match", etag).statusCode());

        String en = http().get("open-data/index.xhtml?lang=en").body();
        assertTrue(en.contains("api/open-data/" + thisQuarter() + "/concerns.csv") && en.contains("api/open-data/" + lastQuarter()
                + "/sensitive-counts.json") && en.contains("api/open-data/" + year + "/budgeting.csv"), en);
        assertTrue(en.contains("Files for this quarter and the four quarters before it") && en.contains("Files for this year and the four years before it"));
        String cy = http().get("open-data/index.xhtml?lang=cy").body();
        assertTrue(cy.contains("Ffeiliau ar gyfer y chwarter hwn a’r pedwar chwarter cyn hynny") && cy.contains("api/open-data/" + year + "/outcomes.json"), cy);
    }

    @Test
    void badPeriodsAndFilesAreProblemsInTheAskersLanguage() throws Exception {
        HttpResponse<String> malformed = http().get("api/open-data/2026-13/concerns.csv", "Accept-Language", "cy");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("Nid oes cyfnod o’r fath", json(malformed.body()).getString("title"));
        HttpResponse<String> future = http().get("api/open-data/" + YearMonth.now(WALES).plusMonths(2) + "/concerns.json",
                "Accept-Language", "en");
        assertEquals(404, future.statusCode());
        assertEquals("No such open data file", json(future.body()).getString("title"));
        HttpResponse<String> unknown = http().get("api/open-data/" + thisMonth() + "/reporters.csv");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(400, http().get("api/open-data/2026-Q5/datapackage.json").statusCode());
        assertEquals(400, http().get("api/open-data/1999/concerns.csv").statusCode());
        assertEquals(404, http().get("api/open-data/" + (YearMonth.now(WALES).getYear() + 1) + "/concerns.csv").statusCode(),
                "a year not yet begun");
    }

    @Test
    void thePageDescribesEveryColumnInBothLanguagesUnderTheOpenGovernmentLicenceAndTheSchemaIsMachineReadable() throws Exception {
        String en = http().get("open-data/index.xhtml?lang=en").body();
        assertTrue(en.contains("under the terms of the Open Government Licence v3.0"), en);
        assertTrue(en.contains("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"));
        assertTrue(en.contains("https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/"));
        assertTrue(en.contains("api/open-data/" + thisMonth() + "/concerns.csv"));
        assertTrue(en.contains("Latitude (WGS 84) of the centre of the grid cell"));
        String cy = http().get("open-data/index.xhtml?lang=cy").body();
        assertTrue(cy.contains("o dan delerau’r Drwydded Llywodraeth Agored v3.0"), cy);
        assertTrue(cy.contains("Lledred (WGS 84) canol y gell grid"));
        assertTrue(cy.contains("lang=\"cy\""));
        assertTrue(http().get("?lang=en").body().contains("open-data/index.xhtml"), "the footer links to the page");

        JsonObject schema = json(http().get("api/open-data/schema.json").body());
        List<String> tables = schema.getJsonArray("tables").stream().map(t -> t.asJsonObject().getString("name")).toList();
        assertEquals(List.of("concerns", "sensitive-counts", "outcomes", "budgeting"), tables);
        for (JsonValue t : schema.getJsonArray("tables")) {
            for (JsonValue f : t.asJsonObject().getJsonObject("schema").getJsonArray("fields")) {
                JsonObject field = f.asJsonObject();
                assertFalse(field.getString("description").isBlank() || field.getString("description_cy").isBlank(), field.toString());
                assertFalse(field.getString("description").equals(field.getString("description_cy")), field.toString());
            }
        }
        JsonObject pack = json(http().get("api/open-data/" + thisMonth() + "/datapackage.json").body());
        assertEquals(tables, pack.getJsonArray("resources").stream().map(r -> r.asJsonObject().getString("name"))
                .collect(Collectors.toList()));
        assertTrue(pack.getJsonArray("resources").getJsonObject(0).getString("path").endsWith("/api/open-data/" + thisMonth() + "/concerns.csv"));
    }
}
