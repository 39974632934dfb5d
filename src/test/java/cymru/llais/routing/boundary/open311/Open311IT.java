package cymru.llais.routing.boundary.open311;

import cymru.llais.platform.DemoData;
import cymru.llais.platform.DemoTeams;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Open311 GeoReport v2 API on a real Payara Micro with a real MariaDB; every JSON answer checked against the Open311 schemas. */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class Open311IT {

    private static final String KEY = DemoData.DEMO_OPEN311_KEY;
    private static final String CATHAYS_LAT = "51.4905";
    private static final String CATHAYS_LONG = "-3.1745";
    private static final String FORM = "application/x-www-form-urlencoded";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    // ---- helpers

    private static String form(String... pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        return http().post(path, FORM, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private HttpResponse<String> report(String... pairs) throws Exception {
        return post("open311/v2/requests.json", form(pairs));
    }

    /** A JSON answer: its content type, and its body checked against an Open311 schema file. */
    private static JsonArray validArray(HttpResponse<String> r, String schema) {
        assertJson(r);
        assertEquals(List.of(), Open311Schemas.errors(schema, r.body()), r.body());
        return Json.createReader(new StringReader(r.body())).readArray();
    }

    private static JsonObject validObject(HttpResponse<String> r, String schema) {
        assertJson(r);
        assertEquals(List.of(), Open311Schemas.errors(schema, r.body()), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static void assertJson(HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    }

    /** An Open311 error answer: the status, the format, one error or more with that code, and the descriptions. */
    private static List<String> errors(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertJson(r);
        assertFalse(r.body().contains("Exception") || r.body().contains("<html"), r.body());
        JsonArray errors = Json.createReader(new StringReader(r.body())).readArray();
        assertFalse(errors.isEmpty());
        errors.getValuesAs(JsonObject.class).forEach(e -> assertEquals(status, e.getInt("code"), r.body()));
        return errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("description")).toList();
    }

    private static Document xml(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), r.headers().toString());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> ids(JsonArray requests) {
        return requests.getValuesAs(JsonObject.class).stream().map(o -> o.getString("service_request_id")).toList();
    }

    private static String created(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertJson(r);
        assertEquals(List.of(), Open311Schemas.postResponseErrors(r.body()), r.body());
        JsonObject answer = Json.createReader(new StringReader(r.body())).readArray().getJsonObject(0);
        assertTrue(answer.isNull("account_id"));
        return answer.getString("service_request_id");
    }

    private int listed(Http http) throws Exception {
        return validArray(http.get("open311/v2/requests.json"), "requests.json").size();
    }

    // ---- discovery and services

    @Test
    void discoveryNamesTheEndpointItsSpecificationAndFormats() throws Exception {
        HttpResponse<String> json = http().get("open311/v2/discovery.json");
        assertEquals(200, json.statusCode());
        assertJson(json);
        JsonObject d = Json.createReader(new StringReader(json.body())).readObject();
        JsonObject endpoint = d.getJsonArray("endpoints").getJsonObject(0);
        assertEquals("http://wiki.open311.org/GeoReport_v2", endpoint.getString("specification"));
        assertTrue(endpoint.getString("url").endsWith("/open311/v2"));
        assertEquals(List.of("application/json", "text/xml"), endpoint.getJsonArray("formats").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(Instant.parse(d.getString("changeset")).isBefore(Instant.now()));

        Document xml = xml(http().get("open311/v2/discovery.xml", "Accept-Language", "cy"));
        assertEquals("discovery", xml.getDocumentElement().getTagName());
        assertEquals(2, xml.getElementsByTagName("format").getLength());
        assertTrue(xml.getElementsByTagName("key_service").item(0).getTextContent().contains("allwedd API"));
    }

    @Test
    void servicesAreThePublicCategoriesNamedInTheAskedLanguage() throws Exception {
        JsonArray en = validArray(http().get("open311/v2/services.json"), "services.json");
        List<String> codes = en.getValuesAs(JsonObject.class).stream().map(s -> s.getString("service_code")).toList();
        assertEquals(List.of("anti-social-behaviour", "drug-dealing", "speeding", "fly-tipping", "street-lighting",
                "youth-nuisance", "vandalism-graffiti"), codes, "no sensitive category");
        JsonObject flyTipping = en.getJsonObject(3);
        assertEquals("Fly-tipping and litter", flyTipping.getString("service_name"));
        assertFalse(flyTipping.getBoolean("metadata"));
        assertEquals("realtime", flyTipping.getString("type"));
        assertEquals("Community safety", flyTipping.getString("group"));
        assertTrue(flyTipping.getString("keywords").contains("Tipio anghyfreithlon"));

        HttpResponse<String> welsh = http().get("open311/v2/services.json", "Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5");
        assertEquals("cy", welsh.headers().firstValue("Content-Language").orElse(""));
        assertEquals("Tipio anghyfreithlon a sbwriel", validArray(welsh, "services.json").getJsonObject(3).getString("service_name"));
        assertEquals("Diogelwch cymunedol", validArray(welsh, "services.json").getJsonObject(3).getString("group"));
        assertEquals("Goleuadau stryd", validArray(http().get("open311/v2/services.json?locale=cy"), "services.json")
                .getJsonObject(4).getString("service_name"), "the locale parameter chooses too");

        Document xml = xml(http().get("open311/v2/services.xml?locale=cy_GB"));
        assertEquals("services", xml.getDocumentElement().getTagName());
        assertEquals(7, xml.getElementsByTagName("service").getLength());
        assertEquals("Ymddygiad gwrthgymdeithasol", xml.getElementsByTagName("service_name").item(0).getTextContent());
        assertFalse(xml.getDocumentElement().getTextContent().contains("domestic-abuse"));
    }

    @Test
    void aServiceDefinitionHasNoExtraAttributesAndSensitiveOrUnknownServicesAreNotFound() throws Exception {
        JsonObject definition = validObject(http().get("open311/v2/services/speeding.json"), "service-definition.json");
        assertEquals("speeding", definition.getString("service_code"));
        assertTrue(definition.getJsonArray("attributes").isEmpty());
        Document xml = xml(http().get("open311/v2/services/speeding.xml"));
        assertEquals("service_definition", xml.getDocumentElement().getTagName());
        assertEquals(1, xml.getElementsByTagName("attributes").getLength());

        List<String> sensitive = errors(http().get("open311/v2/services/domestic-abuse.json"), 404);
        assertEquals(sensitive, errors(http().get("open311/v2/services/no-such-service.json"), 404), "a sensitive service looks unknown");
        assertEquals(404, http().get("open311/v2/services/hate-incident.xml").statusCode());
    }

    // ---- submitting

    @Test
    void aRequestSubmittedWithAValidKeyIsCreatedThenReadAndListed() throws Exception {
        Http http = http();
        String text = "Mae hen soffa a bagiau sbwriel wedi cael eu gadael ar y palmant ar Heol Salisbury.";
        HttpResponse<String> r = post("open311/v2/requests.json", form("api_key", KEY, "jurisdiction_id", "cymru.llais",
                "service_code", "fly-tipping", "lat", CATHAYS_LAT, "long", CATHAYS_LONG, "address_string", "Heol Salisbury",
                "description", text, "first_name", "Siân", "last_name", "Jones", "email", "sian@example.org",
                "device_id", "device-1", "account_id", "acc-1", "media_url", "http://127.0.0.1:9/photo.jpg"), "Accept-Language", "cy");
        String id = created(r);
        assertTrue(id.matches("LL-\\d{4}-\\d{6}"), id);
        assertTrue(r.body().contains("mae eich adroddiad " + id + " wedi dod i law"), r.body());
        assertFalse(r.body().contains("Siân") || r.body().contains("sian@example.org"));

        JsonArray one = validArray(http.get("open311/v2/requests/" + id + ".json"), "requests.json");
        assertEquals(1, one.size());
        JsonObject request = one.getJsonObject(0);
        assertEquals(id, request.getString("service_request_id"));
        assertEquals("open", request.getString("status"));
        assertEquals("Wedi dod i law", request.getString("status_notes"), "the status in the language the report is written in");
        assertEquals("fly-tipping", request.getString("service_code"));
        assertEquals("Fly-tipping and litter", request.getString("service_name"));
        assertEquals(text, request.getString("description"));
        assertEquals("Cardiff Council", request.getString("agency_responsible"));
        assertEquals("Heol Salisbury", request.getString("address"));
        assertEquals(51.4905, request.getJsonNumber("lat").doubleValue(), 1e-6);
        assertEquals(-3.1745, request.getJsonNumber("long").doubleValue(), 1e-6);
        assertFalse(request.containsKey("zipcode") || request.containsKey("media_url"));
        Instant requested = Instant.parse(request.getString("requested_datetime"));
        assertTrue(Math.abs(ChronoUnit.SECONDS.between(requested, Instant.now())) < 300, requested.toString());
        assertFalse(request.toString().contains("Siân") || request.toString().contains("sian@example.org"), "no names, no e-mail");

        assertEquals("Cyngor Caerdydd", validArray(http.get("open311/v2/requests/" + id + ".json", "Accept-Language", "cy"),
                "requests.json").getJsonObject(0).getString("agency_responsible"));
        JsonArray all = validArray(http.get("open311/v2/requests.json"), "requests.json");
        assertEquals(id, all.getJsonObject(0).getString("service_request_id"), "newest first");
        assertTrue(http.get("api/concerns/" + id).body().contains(text), "the same concern as the portal's");
    }

    @Test
    void submittingWithoutAKeyIs401AndWithAWrongOrMalformedKeyIs403AndStoresNothing() throws Exception {
        Http http = http();
        int before = listed(http);
        String[] fields = {"service_code", "speeding", "lat", CATHAYS_LAT, "long", CATHAYS_LONG,
                "description", "Cars speed along Cathays Terrace every night."};
        assertTrue(errors(report(fields), 401).get(0).contains("api_key"));
        List<String> wrong = errors(post("open311/v2/requests.json", form("api_key", "llais_" + "x".repeat(43)) + "&" + form(fields)), 403);
        assertEquals(wrong, errors(post("open311/v2/requests.json", form("api_key", "not a key at all") + "&" + form(fields)), 403));
        assertEquals(List.of("Dydy’r allwedd API (api_key) ddim yn ddilys, neu mae wedi’i dirymu. Chafodd dim byd ei gadw."),
                errors(post("open311/v2/requests.json", form("api_key", "llais_wrong_key_000000000") + "&" + form(fields),
                        "Accept-Language", "cy"), 403));
        assertEquals(before, listed(http));
    }

    @Test
    void theKeyMayAlsoComeInTheQueryAsOpen311sDescriptionHasIt() throws Exception {
        String id = created(post("open311/v2/requests.json?api_key=" + KEY, form("service_code", "street-lighting",
                "lat", "51.4930", "long", "-3.1790", "description", "Two street lights out on Woodville Road.")));
        assertEquals(1, validArray(http().get("open311/v2/requests.json?service_request_id=" + id), "requests.json").size());
    }

    @Test
    void badReportsAreRefusedWithOpen311ErrorsInTheAskedLanguageAndStoreNothing() throws Exception {
        Http http = http();
        int before = listed(http);
        String description = "Cars race past the primary school every morning.";

        assertEquals(List.of("Mae’r lle hwn (lat, long) y tu allan i Gymru."), errors(post("open311/v2/requests.json",
                form("api_key", KEY, "service_code", "speeding", "lat", "51.5074", "long", "-0.1278", "description", description),
                "Accept-Language", "cy"), 400));
        assertEquals(List.of("This place is in Wales, but not in an area this service covers yet."), errors(report("api_key", KEY,
                "service_code", "speeding", "lat", "51.6214", "long", "-3.9436", "description", description), 400));
        assertEquals(List.of("Rhaid i’r disgrifiad fod o leiaf 10 nod."), errors(post("open311/v2/requests.json",
                form("api_key", KEY, "service_code", "speeding", "lat", CATHAYS_LAT, "long", CATHAYS_LONG, "description", "short"),
                "Accept-Language", "cy"), 400));
        List<String> several = errors(report("api_key", KEY, "service_code", "speeding", "address_string", "Cathays",
                "email", "not-an-email"), 400);
        assertEquals(3, several.size(), several.toString());
        assertTrue(several.get(0).startsWith("Give lat and long"), several.toString());
        assertEquals(List.of("lat and long must both be numbers in degrees (WGS84)."), errors(report("api_key", KEY,
                "service_code", "speeding", "lat", "fifty", "long", CATHAYS_LONG, "description", description), 400));

        List<String> unknown = errors(report("api_key", KEY, "service_code", "potholes", "lat", CATHAYS_LAT, "long", CATHAYS_LONG,
                "description", description), 400);
        assertEquals(unknown, errors(report("api_key", KEY, "service_code", "domestic-abuse", "lat", CATHAYS_LAT,
                "long", CATHAYS_LONG, "description", "Shouting and things breaking next door every night."), 400),
                "a sensitive service is refused exactly as an unknown one");
        assertEquals(List.of("Does dim gwasanaeth gyda’r service_code hwn. Gweler services.json am y rhestr."),
                errors(post("open311/v2/requests.json", form("api_key", KEY, "service_code", "hate-incident", "lat", CATHAYS_LAT,
                        "long", CATHAYS_LONG, "description", description), "Accept-Language", "cy"), 400));
        errors(report("api_key", KEY, "lat", CATHAYS_LAT, "long", CATHAYS_LONG, "description", description), 400);
        errors(report("api_key", KEY, "jurisdiction_id", "gov.uk", "service_code", "speeding", "lat", CATHAYS_LAT,
                "long", CATHAYS_LONG, "description", description), 404);

        errors(post("open311/v2/requests.json", "api_key=" + KEY + "&description=100%"), 400);
        errors(http.post("open311/v2/requests.json", "application/json", ("{\"api_key\":\"" + KEY + "\"}").getBytes()), 415);
        byte[] huge = ("api_key=" + KEY + "&description=" + "a".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        errors(http.post("open311/v2/requests.json", FORM, huge), 413);
        assertEquals(before, listed(http));
    }

    @Test
    void aWelshReportIsRecordedInWelshWhenTheClientAsksForWelsh() throws Exception {
        String id = created(post("open311/v2/requests.json?locale=cy", form("api_key", KEY, "service_code", "vandalism-graffiti",
                "lat", CATHAYS_LAT, "long", CATHAYS_LONG, "description", "Mae graffiti newydd ar wal y ganolfan gymunedol.")));
        JsonObject concern = Json.createReader(new StringReader(http().get("api/concerns/" + id).body())).readObject();
        assertEquals("cy", concern.getString("language"));
    }

    // ---- reading

    @Test
    void requestsAreFilteredByIdServiceStatusAndDates() throws Exception {
        Http http = http();
        String a = created(report("api_key", KEY, "service_code", "speeding", "lat", "51.4830", "long", "-3.1560",
                "description", "Vans speed past the school on Splott Road."));
        String b = created(report("api_key", KEY, "service_code", "drug-dealing", "lat", "51.4830", "long", "-3.1930",
                "description", "Cars stop in the alley for a minute and drive off."));

        JsonArray byIds = validArray(http.get("open311/v2/requests.json?service_request_id=" + a + "," + b
                + ",LL-2026-999999,nonsense&status=closed&service_code=street-lighting"), "requests.json");
        assertEquals(List.of(b, a), ids(byIds), "ids override the other filters; unknown ids are left out");

        JsonArray speeding = validArray(http.get("open311/v2/requests.json?service_code=speeding"), "requests.json");
        assertTrue(ids(speeding).contains(a) && !ids(speeding).contains(b));
        speeding.getValuesAs(JsonObject.class).forEach(r -> assertEquals("speeding", r.getString("service_code")));
        JsonArray two = validArray(http.get("open311/v2/requests.json?service_code=speeding,drug-dealing"), "requests.json");
        assertTrue(ids(two).containsAll(List.of(a, b)));

        JsonArray closed = validArray(http.get("open311/v2/requests.json?status=closed"), "requests.json");
        assertFalse(closed.isEmpty(), "the demo data has closed concerns");
        closed.getValuesAs(JsonObject.class).forEach(r -> assertEquals("closed", r.getString("status")));
        for (JsonObject r : closed.getValuesAs(JsonObject.class)) {
            String language = Json.createReader(new StringReader(http.get("api/concerns/" + r.getString("service_request_id")).body()))
                    .readObject().getString("language");
            assertEquals("cy".equals(language) ? "Ar gau" : "Closed", r.getString("status_notes"), "in the report's own language");
        }
        JsonArray open = validArray(http.get("open311/v2/requests.json?status=open"), "requests.json");
        open.getValuesAs(JsonObject.class).forEach(r -> assertEquals("open", r.getString("status")));
        assertEquals(listed(http), open.size() + closed.size());

        Instant now = Instant.now();
        JsonArray window = validArray(http.get("open311/v2/requests.json?start_date=" + now.minusSeconds(3600)
                + "&end_date=" + now.plusSeconds(3600)), "requests.json");
        assertTrue(ids(window).containsAll(List.of(a, b)));
        assertTrue(validArray(http.get("open311/v2/requests.json?start_date=" + now.plus(1, ChronoUnit.DAYS)), "requests.json").isEmpty());
        assertTrue(validArray(http.get("open311/v2/requests.json?end_date=2020-01-01T00:00:00Z"), "requests.json").isEmpty());
        assertTrue(ids(validArray(http.get("open311/v2/requests.json?start_date=" + java.time.LocalDate.now().minusDays(1)),
                "requests.json")).contains(a), "a date alone is accepted");

        assertEquals(List.of("Rhaid i start_date fod yn ddyddiad ac amser ar ffurf W3C, er enghraifft 2026-05-01T09:30:00Z, neu’n ddyddiad, er enghraifft 2026-05-01."),
                errors(http.get("open311/v2/requests.json?start_date=yesterday", "Accept-Language", "cy"), 400));
        errors(http.get("open311/v2/requests.json?start_date=2026-05-02&end_date=2026-05-01"), 400);
        errors(http.get("open311/v2/requests.json?status=received"), 400);
        errors(http.get("open311/v2/requests.json?service_code=potholes"), 400);
        errors(http.get("open311/v2/requests.json?jurisdiction_id=somewhere.else"), 404);
        assertEquals(200, http.get("open311/v2/requests.json?jurisdiction_id=cymru.llais").statusCode());
    }

    @Test
    void anUnknownOrMalformedRequestIdIsNotFound() throws Exception {
        List<String> en = errors(http().get("open311/v2/requests/LL-2026-999999.json"), 404);
        assertEquals("There is no public service request with this service_request_id.", en.get(0));
        errors(http().get("open311/v2/requests/nonsense.json"), 404);
        HttpResponse<String> xml = http().get("open311/v2/requests/LL-2026-999999.xml", "Accept-Language", "cy");
        assertEquals(404, xml.statusCode());
        Document d = xml(xml);
        assertEquals("errors", d.getDocumentElement().getTagName());
        assertEquals("404", d.getElementsByTagName("code").item(0).getTextContent());
        assertEquals("Does dim cais cyhoeddus am wasanaeth gyda’r service_request_id hwn.",
                d.getElementsByTagName("description").item(0).getTextContent());
    }

    @Test
    void sensitiveConcernsNeverAppearInAnyOpen311Answer() throws Exception {
        Http http = http();
        String marker = "SECRET-OPEN311-" + System.nanoTime();
        HttpResponse<String> created = http.postJson("api/concerns", Json.createObjectBuilder().add("category", "domestic-abuse")
                .add("lat", 51.4905).add("lon", -3.1745).add("language", "en")
                .add("description", "Shouting and crashing next door at number seven, " + marker).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        String reference = Json.createReader(new StringReader(created.body())).readObject().getString("reference");

        List<String> answers = List.of("open311/v2/requests.json", "open311/v2/requests.xml", "open311/v2/requests.json?status=open",
                "open311/v2/requests.json?service_request_id=" + reference, "open311/v2/requests.xml?service_request_id=" + reference,
                "open311/v2/services.json", "open311/v2/services.xml", "open311/v2/discovery.json");
        for (String path : answers) {
            HttpResponse<String> r = http.get(path);
            assertEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains(reference) || r.body().contains(marker) || r.body().contains("domestic-abuse")
                    || r.body().contains("hate-incident"), path + ": " + r.body());
        }
        assertTrue(validArray(http.get("open311/v2/requests.json?service_request_id=" + reference), "requests.json").isEmpty());
        errors(http.get("open311/v2/requests/" + reference + ".json"), 404);
        assertEquals(404, http.get("open311/v2/requests/" + reference + ".xml").statusCode());
        errors(http.get("open311/v2/requests.json?service_code=domestic-abuse"), 400);
        errors(http.get("open311/v2/services/domestic-abuse.json"), 404);
    }

    @Test
    void xmlAnswersAreWellFormedWithTheSpecificationsElements() throws Exception {
        Http http = http();
        String description = "Fireworks & bangers <thrown> at cars on \"Grand Avenue\" – ŵyr yn ofnus.";
        HttpResponse<String> posted = post("open311/v2/requests.xml", form("api_key", KEY, "service_code", "anti-social-behaviour",
                "lat", "51.4800", "long", "-3.2470", "description", description));
        assertEquals(200, posted.statusCode(), posted.body());
        Document answer = xml(posted);
        assertEquals("service_requests", answer.getDocumentElement().getTagName());
        Element request = (Element) answer.getElementsByTagName("request").item(0);
        String id = request.getElementsByTagName("service_request_id").item(0).getTextContent();
        assertNotNull(request.getElementsByTagName("service_notice").item(0));
        assertEquals("", request.getElementsByTagName("account_id").item(0).getTextContent());

        Document one = xml(http.get("open311/v2/requests/" + id + ".xml"));
        assertEquals("service_requests", one.getDocumentElement().getTagName());
        assertEquals(1, one.getElementsByTagName("request").getLength());
        for (String element : List.of("service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                "agency_responsible", "requested_datetime", "updated_datetime", "lat", "long")) {
            assertEquals(1, one.getElementsByTagName(element).getLength(), element);
        }
        assertEquals(description, one.getElementsByTagName("description").item(0).getTextContent());
        assertEquals("open", one.getElementsByTagName("status").item(0).getTextContent());

        Document list = xml(http.get("open311/v2/requests.xml?service_code=anti-social-behaviour"));
        assertTrue(list.getElementsByTagName("request").getLength() >= 1);

        Document refused = xml(post("open311/v2/requests.xml", form("service_code", "speeding")));
        assertEquals("errors", refused.getDocumentElement().getTagName());
        assertEquals("401", refused.getElementsByTagName("code").item(0).getTextContent());
    }

    @Test
    void unknownAddressesMethodsAndContentTypesGetOpen311ErrorsNotPages() throws Exception {
        errors(http().get("open311/v2/nothing-here.json"), 404);
        errors(http().get("open311/v2/services.html"), 404);
        errors(http().get("open311/v2/concerns"), 404);
        Document xml = xml(http().get("open311/v2/nothing-here.xml"));
        assertEquals("errors", xml.getDocumentElement().getTagName());
        HttpResponse<String> put = http().post("open311/v2/services.json", FORM, "a=b".getBytes());
        errors(put, 405);
        HttpResponse<String> accept = http().get("open311/v2/services.json", "Accept", "text/html");
        assertEquals(200, accept.statusCode(), "the extension chooses the format, not Accept");
        assertJson(accept);
    }

    @Test
    void theJsonApiStillAnswersOnlyUnderApiWithProblems() throws Exception {
        assertEquals(200, http().get("api/concerns").statusCode());
        assertEquals(200, http().get("api/areas?lat=51.4905&lon=-3.1745").statusCode());
        HttpResponse<String> notHere = http().get("api/services.json");
        assertEquals(404, notHere.statusCode());
        assertTrue(notHere.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> unknown = http().get("api/concerns/LL-2026-999999");
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    // ---- the administrator's page

    private static final Pattern KEY_SHOWN = Pattern.compile("<code class=\"api-key\" id=\"api-key\">([^<]+)</code>");

    private Http signedInAdministrator() throws Exception {
        Http http = http();
        String page = http.get("signin.xhtml").body();
        HttpResponse<String> signedIn = http.post("signin.xhtml", FORM, form("signin", "signin", "email", DemoTeams.ADMIN_EMAIL,
                "password", DemoTeams.DEMO_PASSWORD, "signin-button", "Sign in", "jakarta.faces.ViewState", Http.viewState(page))
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(signedIn.statusCode() == 302 || signedIn.statusCode() == 303, signedIn.statusCode() + " " + signedIn.body());
        return http;
    }

    @Test
    void theClientsPageIsForAdministratorsOnly() throws Exception {
        HttpResponse<String> anonymous = http().get("admin/api-clients.xhtml");
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303, String.valueOf(anonymous.statusCode()));
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("signin.xhtml"));
        assertFalse(anonymous.body().contains(KEY));
    }

    @Test
    void anAdministratorAddsAClientSeesItsKeyOnceAndRevokesIt() throws Exception {
        Http admin = signedInAdministrator();
        String page = admin.get("admin/api-clients.xhtml").body();
        assertTrue(page.contains("Llais demo app"), "the demo client is listed");
        assertFalse(KEY_SHOWN.matcher(page).find());
        assertFalse(page.contains(KEY), "not even the demo key is shown");

        String name = "Ap y Cyngor & <Partners> " + System.nanoTime();
        HttpResponse<String> created = admin.post("admin/api-clients.xhtml", FORM, form("create", "create", "name", name,
                "create-button", "Create a key", "jakarta.faces.ViewState", Http.viewState(page)).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, created.statusCode(), created.body());
        Matcher shown = KEY_SHOWN.matcher(created.body());
        assertTrue(shown.find(), created.body());
        String key = shown.group(1);
        assertTrue(key.matches("llais_[A-Za-z0-9_-]{43}"), key);
        assertTrue(created.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(created.body().contains("Ap y Cyngor &amp; &lt;Partners&gt;"), "the name is escaped");

        String again = admin.get("admin/api-clients.xhtml").body();
        assertFalse(again.contains(key), "the key is shown once only");
        assertTrue(again.contains(key.substring(0, 12)), "its first characters are listed");

        String id = created(report("api_key", key, "service_code", "street-lighting", "lat", "51.4930", "long", "-3.1640",
                "description", "Three street lights out on Albany Road near the post office."));
        assertNotNull(id);
        String row = rowOf(admin.get("admin/api-clients.xhtml").body(), "Ap y Cyngor &amp; &lt;Partners&gt;");
        assertTrue(row.contains("<time"), "last used is recorded: " + row);

        String listPage = admin.get("admin/api-clients.xhtml").body();
        Matcher button = Pattern.compile("name=\"([^\"]*revoke-button)\"").matcher(rowOf(listPage, "Ap y Cyngor &amp; &lt;Partners&gt;"));
        assertTrue(button.find(), listPage);
        HttpResponse<String> revoked = admin.post("admin/api-clients.xhtml", FORM, form("revoke", "revoke", button.group(1), "Revoke",
                "jakarta.faces.ViewState", Http.viewState(listPage)).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertTrue(revoked.body().contains("has been revoked"), revoked.body());

        int before = listed(http());
        errors(report("api_key", key, "service_code", "street-lighting", "lat", "51.4930", "long", "-3.1640",
                "description", "Three street lights out on Albany Road near the post office."), 403);
        assertEquals(before, listed(http()));
        created(report("api_key", KEY, "service_code", "street-lighting", "lat", "51.4930", "long", "-3.1640",
                "description", "Other clients' keys still work after one is revoked."));
    }

    @Test
    void aClientWithoutANameIsNotAdded() throws Exception {
        Http admin = signedInAdministrator();
        String page = admin.get("admin/api-clients.xhtml?lang=cy").body();
        HttpResponse<String> r = admin.post("admin/api-clients.xhtml", FORM, form("create", "create", "name", "   ",
                "create-button", "Creu allwedd", "jakarta.faces.ViewState", Http.viewState(page)).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        assertFalse(KEY_SHOWN.matcher(r.body()).find());
        assertTrue(r.body().contains("Rhowch enw hyd at 120 nod."), r.body());
    }

    private static String rowOf(String html, String text) {
        return Pattern.compile("<tr>").splitAsStream(html).filter(r -> r.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + html));
    }
}
