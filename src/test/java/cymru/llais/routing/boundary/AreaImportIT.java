package cymru.llais.routing.boundary;

import cymru.llais.platform.DemoTeams;
import cymru.llais.testing.EmbeddedMariaDb;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing areas through the administration page and the command, against a real Payara Micro and
 * MariaDB, with the real boundaries of all 22 Welsh local authorities and 852 wards.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class AreaImportIT {

    private static final Path GEO = Path.of(System.getProperty("llais.shared.dir", "../shared"), "data", "geo");
    private static final String SWANSEA = "W06000011";
    private static final String WREXHAM = "W06000006";
    private static final String CARDIFF = "W06000015";
    private static final String CATHAYS = "W05000857";
    private static final String GOWER = "W05000524";
    /** A point in the Gower ward (Swansea). */
    private static final String IN_GOWER = "lat=51.594&lon=-4.15";

    /** All of Wales is imported through the page once; the tests that need it call {@link #allOfWales()}. */
    private static boolean walesImported;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    // ---- the page

    @Test
    void anAdministratorImportsAllOfWalesAndTheApiAnswersFromIt() throws Exception {
        allOfWales();
        assertArea("lat=51.6214&lon=-3.9436", "W05000961", "Castle", "Castell", SWANSEA);
        assertArea("lat=53.0466&lon=-2.9925", "W05000253", "Grosvenor", "Grosvenor", WREXHAM);
        assertArea("lat=52.4153&lon=-4.0829", "W05000363", "Aberystwyth Canol/Central", "Aberystwyth Canol", "W06000008");
        assertArea("lat=53.2274&lon=-4.1293", "W05000068", "Garth", "Garth", "W06000002");
        assertArea("lat=51.4905&lon=-3.1745", CATHAYS, "Cathays", "Cathays", CARDIFF);
        assertEquals(404, api("lat=51.5074&lon=-0.1278").statusCode(), "London is still outside Wales");

        String page = admin().get("admin/areas.xhtml?lang=en").body();
        assertEquals(22, count(page, "count-authorities"));
        assertTrue(count(page, "count-wards") >= 852, page);
        assertTrue(page.contains("on this page, by " + DemoTeams.ADMIN_EMAIL) || page.contains("with the import command"), page);
    }

    @Test
    void reImportingUpdatesInPlace() throws Exception {
        allOfWales();
        Http admin = admin();
        int wardsBefore = count(admin.get("admin/areas.xhtml?lang=en").body(), "count-wards");

        HttpResponse<String> renamed = upload(admin, "en", "import", List.of(),
                List.of(file("wards", SWANSEA + ".json", swanseaWithGower("Gower", "Gŵyr"))));
        String body = renamed.body();
        assertEquals(200, renamed.statusCode());
        assertTrue(body.contains("The areas have been imported."), body);
        assertEquals(List.of(0, 1, 35, wardsBefore - 36), cells(body, "wards"));
        assertEquals(wardsBefore, count(body, "count-wards"), "no ward was added or removed");
        assertEquals("Gŵyr", ward(api(IN_GOWER)).getJsonObject("name").getString("cy"));
        assertEquals(GOWER, ward(api(IN_GOWER)).getString("code"));

        HttpResponse<String> back = upload(admin, "en", "import", List.of(),
                List.of(file("wards", SWANSEA + ".json", original("wards_by_lad/" + SWANSEA + ".json"))));
        assertEquals(List.of(0, 1, 35, wardsBefore - 36), cells(back.body(), "wards"));
        assertEquals("Gwyr", ward(api(IN_GOWER)).getJsonObject("name").getString("cy"));
    }

    @Test
    void checkingTheFilesShowsWhatWouldChangeAndSavesNothing() throws Exception {
        allOfWales();
        Http admin = admin();
        HttpResponse<String> checked = upload(admin, "cy", "check", List.of(file("authorities", "local_authorities.json",
                original("local_authorities.json"))), List.of(file("wards", SWANSEA + ".json", swanseaWithGower("Gower Peninsula", "Penrhyn Gŵyr"))));
        String body = checked.body();
        assertTrue(body.contains("Mae’r ffeiliau’n gywir. Does dim byd wedi’i gadw eto"), body);
        assertEquals(List.of(0, 0, 22, 0), cells(body, "authorities"));
        assertEquals(1, cells(body, "wards").get(1));
        assertEquals("Gower", ward(api(IN_GOWER)).getJsonObject("name").getString("en"));
    }

    @Test
    void aFeatureWithoutWd13cdImportsNothingAndIsNamedInWelsh() throws Exception {
        allOfWales();
        Http admin = admin();
        String before = admin.get("admin/areas.xhtml?lang=cy").body();
        String wrexham = original("wards_by_lad/" + WREXHAM + ".json");
        int at = wrexham.indexOf("\"WD13CD\": \"W05000241\", ");
        int feature = countOf(wrexham.substring(0, at), "\"type\": \"Feature\"");
        String broken = wrexham.substring(0, at) + wrexham.substring(at + "\"WD13CD\": \"W05000241\", ".length());

        HttpResponse<String> refused = upload(admin, "cy", "import",
                List.of(file("authorities", "local_authorities.json", original("local_authorities.json"))),
                List.of(file("wards", SWANSEA + ".json", swanseaWithGower("Gower (wrong)", "Gŵyr (anghywir)")),
                        file("wards", WREXHAM + ".json", broken)));
        String body = refused.body();
        assertEquals(200, refused.statusCode());
        assertTrue(body.contains("Does dim cod gan nodwedd " + feature + " yn y ffeil " + WREXHAM
                + ".json: mae ei phriodwedd WD13CD ar goll neu’n wag."), body);
        assertTrue(body.contains("Does dim byd wedi’i fewnforio."), body);
        assertTrue(body.contains("lang=\"cy\""));
        assertFalse(body.contains("Exception") || body.contains("at cymru."), body);
        assertEquals(count(before, "count-wards"), count(body, "count-wards"));
        assertEquals(count(before, "count-authorities"), count(body, "count-authorities"));
        assertEquals("Gower", ward(api(IN_GOWER)).getJsonObject("name").getString("en"), "the valid Swansea file was not imported either");
    }

    @Test
    void brokenJsonImportsNothingAndSaysWhereItBreaks() throws Exception {
        allOfWales();
        Http admin = admin();
        String cardiff = original("wards_by_lad/" + CARDIFF + ".json");
        HttpResponse<String> refused = upload(admin, "en", "import", List.of(),
                List.of(file("wards", "cardiff-cut-short.json", cardiff.substring(0, cardiff.length() / 2)),
                        file("wards", SWANSEA + ".json", swanseaWithGower("Gower (wrong)", "Gŵyr (anghywir)"))));
        String body = refused.body();
        assertTrue(Pattern.compile("The file cardiff-cut-short\\.json is not valid JSON: the error is at line \\d+, column [\\d,]+\\.")
                .matcher(body).find(), body);
        assertTrue(body.contains("Nothing has been imported."), body);
        assertEquals("Gower", ward(api(IN_GOWER)).getJsonObject("name").getString("en"));
    }

    @Test
    void uploadingNoFileAsksForOne() throws Exception {
        HttpResponse<String> r = upload(admin(), "en", "import", List.of(file("authorities", "", "")), List.of(file("wards", "", "")));
        assertTrue(r.body().contains("Choose at least one file: the local authorities file, ward files, or both."), r.body());
    }

    @Test
    void partnerStaffAndStrangersCannotReachTheAreasPage() throws Exception {
        allOfWales();
        int wards = count(admin().get("admin/areas.xhtml?lang=en").body(), "count-wards");

        Http police = signIn(DemoTeams.POLICE_EMAIL);
        assertEquals(403, police.get("admin/areas.xhtml?lang=en").statusCode());
        String inbox = police.get("staff/inbox.xhtml").body();
        HttpResponse<String> post = police.postFiles("admin/areas.xhtml", Http.fields("areas", "areas", "import", "Import",
                        "jakarta.faces.ViewState", Http.viewState(inbox)),
                List.of(file("wards", SWANSEA + ".json", swanseaWithGower("Taken over", "Wedi’i gipio"))));
        assertEquals(403, post.statusCode());

        HttpResponse<String> stranger = new Http(base.toString()).get("admin/areas.xhtml");
        assertEquals(302, stranger.statusCode());
        assertTrue(stranger.headers().firstValue("Location").orElse("").contains("signin.xhtml"));

        assertEquals(wards, count(admin().get("admin/areas.xhtml?lang=en").body(), "count-wards"));
        assertEquals("Gower", ward(api(IN_GOWER)).getJsonObject("name").getString("en"));
    }

    @Test
    void cardiffWardsAndConcernsStillWorkAfterTheImport() throws Exception {
        allOfWales();
        Http http = new Http(base.toString());
        assertEquals(200, http.get("api/concerns?ward=" + CATHAYS).statusCode());
        HttpResponse<String> created = http.postJson("api/concerns", Json.createObjectBuilder().add("category", "fly-tipping")
                .add("lat", 51.4905).add("lon", -3.1745).add("language", "en")
                .add("description", "Bags of rubbish left in the lane behind the shops again.").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(CATHAYS, json(created.body()).getJsonObject("ward").getString("code"));
    }

    // ---- the command

    @Test
    void theCommandImportsIntoTheRunningPortalWithoutARestart(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        allOfWales();
        Path renamed = dir.resolve(SWANSEA + ".json");
        Files.writeString(renamed, swanseaWithGower("Gower (command)", "Gŵyr (gorchymyn)"));
        Command run = command("--wards", renamed.toString());
        System.out.println("import command:\n" + run.output());
        assertEquals(ImportAreasCommand.OK, run.status(), run.output());
        assertTrue(run.output().contains("Wards: new 0, changed 1, unchanged 35"), run.output());
        assertTrue(Pattern.compile("saved in one transaction in [\\d,]+ ms").matcher(run.output()).find(), run.output());
        assertEquals("Gower (command)", awaitGowerName("Gower (command)"), "the running portal took the new name without a restart");
        assertTrue(admin().get("admin/areas.xhtml?lang=en").body().contains("with the import command"));

        Command restored = command("--lang", "cy", "--wards", GEO.resolve("wards_by_lad").resolve(SWANSEA + ".json").toString());
        assertEquals(ImportAreasCommand.OK, restored.status(), restored.output());
        assertTrue(restored.output().contains("Wardiau: newydd 0, wedi newid 1, heb newid 35"), restored.output());
        assertEquals("Gower", awaitGowerName("Gower"));
    }

    @Test
    void theCommandImportsEverythingFromFoldersAndIsFastEnough() throws Exception {
        allOfWales();
        Command run = command("--authorities", GEO.resolve("local_authorities.json").toString(), "--wards", GEO.resolve("wards_by_lad").toString());
        System.out.println("import command, all of Wales again:\n" + run.output());
        assertEquals(ImportAreasCommand.OK, run.status(), run.output());
        assertTrue(run.output().contains("Files read and checked: 23"), run.output());
        assertTrue(run.output().contains("Local authorities: new 0, changed 0, unchanged 22"), run.output());
        assertTrue(run.output().contains("Wards: new 0, changed 0, unchanged 852"), run.output());
    }

    @Test
    void theCommandRefusesAMalformedFileAndWritesNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        allOfWales();
        Path broken = dir.resolve("wards.json");
        Files.writeString(broken, swanseaWithGower("Gower (wrong)", "Gŵyr (anghywir)").replaceFirst("\"WD13CD\": \"W05000525\", ", ""));
        Path good = dir.resolve("good.json");
        Files.writeString(good, original("wards_by_lad/" + WREXHAM + ".json").replace("\"Acton\", \"WD13NMW\"", "\"Acton (wrong)\", \"WD13NMW\""));
        Command run = command("--wards", good.toString(), broken.toString());
        assertEquals(ImportAreasCommand.PROBLEMS, run.status(), run.output());
        assertTrue(run.output().contains("Nothing has been imported."), run.output());
        assertTrue(run.output().contains("Feature 2 in the file " + broken + " has no code: its property WD13CD is missing or empty."),
                run.output());
        assertEquals("Gower", ward(api(IN_GOWER)).getJsonObject("name").getString("en"));
        Command check = command("--check", "--wards", GEO.resolve("wards_by_lad").resolve(WREXHAM + ".json").toString());
        assertTrue(check.output().contains("Wards: new 0, changed 0,"), "Acton kept its name: " + check.output());
    }

    // ---- helpers

    private record Command(int status, String output) {
    }

    private static Command command(String... args) {
        EmbeddedMariaDb db = TestServers.database();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ImportAreasCommand.run(args, Map.of("LLAIS_DB_URL", db.jdbcUrl(), "LLAIS_DB_USER", EmbeddedMariaDb.USER,
                "LLAIS_DB_PASSWORD", EmbeddedMariaDb.PASSWORD), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Command(status, bytes.toString(StandardCharsets.UTF_8));
    }

    /** The Gower ward's English name as the portal answers it, once it is the expected one or after 40 seconds. */
    private String awaitGowerName(String expected) throws Exception {
        String name = null;
        for (int i = 0; i < 80 && !expected.equals(name); i++) {
            name = ward(api(IN_GOWER)).getJsonObject("name").getString("en");
            if (!expected.equals(name)) {
                Thread.sleep(500);
            }
        }
        return name;
    }

    private synchronized void allOfWales() throws Exception {
        if (walesImported) {
            return;
        }
        Http admin = admin();
        String before = admin.get("admin/areas.xhtml?lang=en").body();
        List<Http.FilePart> wards = new ArrayList<>();
        try (var files = Files.list(GEO.resolve("wards_by_lad"))) {
            for (Path f : files.sorted().toList()) {
                wards.add(new Http.FilePart("wards", f.getFileName().toString(), "application/geo+json", Files.readAllBytes(f)));
            }
        }
        assertEquals(22, wards.size());
        long start = System.nanoTime();
        HttpResponse<String> r = upload(admin, "en", "import",
                List.of(file("authorities", "local_authorities.json", original("local_authorities.json"))), wards);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String body = r.body();
        assertEquals(200, r.statusCode(), body);
        assertTrue(body.contains("The areas have been imported."), body);
        Matcher time = Pattern.compile("Read and checked in [\\d,]+ ms, saved in [\\d,]+ ms\\.").matcher(body);
        assertTrue(time.find(), body);
        System.out.println("all of Wales (22 authorities, 852 wards, " + (wards.stream().mapToInt(w -> w.content().length).sum()
                + original("local_authorities.json").length()) / 1024 + " KB) imported through the page in " + millis + " ms: " + time.group());
        List<Integer> a = cells(body, "authorities");
        List<Integer> w = cells(body, "wards");
        assertEquals(22, a.get(0) + a.get(1) + a.get(2), a.toString());
        assertEquals(852, w.get(0) + w.get(1) + w.get(2), w.toString());
        assertEquals(count(before, "count-wards") + w.get(0), count(body, "count-wards"));
        walesImported = true;
    }

    private HttpResponse<String> upload(Http http, String language, String button, List<Http.FilePart> authorities,
                                        List<Http.FilePart> wards) throws Exception {
        String page = http.get("admin/areas.xhtml?lang=" + language).body();
        List<Http.FilePart> parts = new ArrayList<>(authorities);
        if (authorities.isEmpty()) {
            parts.add(file("authorities", "", ""));  // as a browser sends a file input left empty
        }
        parts.addAll(wards);
        return http.postFiles("admin/areas.xhtml?lang=" + language, Http.fields("areas", "areas", button, button,
                "jakarta.faces.ViewState", Http.viewState(page)), parts);
    }

    private Http admin() throws Exception {
        return signIn(DemoTeams.ADMIN_EMAIL);
    }

    private Http signIn(String email) throws Exception {
        Http http = new Http(base.toString());
        String form = http.get("signin.xhtml?lang=en").body();
        String body = Map.of("signin", "signin", "email", email, "password", DemoTeams.DEMO_PASSWORD, "signin-button", "Sign in",
                        "jakarta.faces.ViewState", Http.viewState(form)).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.post("signin.xhtml", "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/staff/inbox.xhtml"), r.headers().toString());
        return http;
    }

    private HttpResponse<String> api(String query) throws Exception {
        return new Http(base.toString()).get("api/areas?" + query);
    }

    private void assertArea(String query, String ward, String en, String cy, String authority) throws Exception {
        HttpResponse<String> r = api(query);
        assertEquals(200, r.statusCode(), query + ": " + r.body());
        JsonObject body = json(r.body());
        assertEquals(ward, body.getJsonObject("ward").getString("code"), query);
        assertEquals(en, body.getJsonObject("ward").getJsonObject("name").getString("en"), query);
        assertEquals(cy, body.getJsonObject("ward").getJsonObject("name").getString("cy"), query);
        assertEquals(authority, body.getJsonObject("localAuthority").getString("code"), query);
    }

    private static JsonObject ward(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).getJsonObject("ward");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static Http.FilePart file(String field, String name, String content) {
        return new Http.FilePart(field, name, name.isEmpty() ? "application/octet-stream" : "application/geo+json",
                content.getBytes(StandardCharsets.UTF_8));
    }

    private static String original(String name) throws Exception {
        return Files.readString(GEO.resolve(name), StandardCharsets.UTF_8);
    }

    private static String swanseaWithGower(String en, String cy) throws Exception {
        String swansea = original("wards_by_lad/" + SWANSEA + ".json");
        String renamed = swansea.replace("\"WD13NM\": \"Gower\", \"WD13NMW\": \"Gwyr\"", "\"WD13NM\": \"" + en + "\", \"WD13NMW\": \"" + cy + "\"");
        assertFalse(renamed.equals(swansea) && !"Gower".equals(en), "Gower was renamed in the file");
        return renamed;
    }

    private static int count(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(page);
        assertTrue(m.find(), "no " + id + " in the page: " + page);
        return Integer.parseInt(m.group(1));
    }

    /** New, changed, unchanged, only in the portal: the row of the results table for authorities or wards. */
    private static List<Integer> cells(String page, String row) {
        List<Integer> values = new ArrayList<>();
        for (String column : List.of("added", "updated", "unchanged", "only")) {
            values.add(count(page, row + "-" + column));
        }
        return values;
    }

    private static int countOf(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * The integration tests share one database. The others were written for the demo data's coverage
     * (Cardiff's wards only: a pin in Swansea is "in no ward" there), so the wards this class added are
     * taken out again, except any that a concern refers to; the portal itself never deletes a ward.
     */
    @AfterAll
    static void backToTheDemoWards() throws Exception {
        EmbeddedMariaDb db = TestServers.database();
        if (db == null || !walesImported) {
            return;
        }
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM ward WHERE local_authority_code <> '" + CARDIFF + "'"
                    + " AND code NOT IN (SELECT ward_code FROM concern)");
            s.executeUpdate("UPDATE area_version SET version = version + 1 WHERE id = 1");
        }
    }
}
