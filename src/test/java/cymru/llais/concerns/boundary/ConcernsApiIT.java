package cymru.llais.concerns.boundary;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The concerns and areas JSON API on a real Payara Micro with a real MariaDB. */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class ConcernsApiIT {

    private static final String CATHAYS = "W05000857";
    private static final String SPLOTT = "W05000879";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String concern(String category, double lat, double lon, String description, String language) {
        return Json.createObjectBuilder().add("category", category).add("lat", lat).add("lon", lon)
                .add("description", description).add("language", language).build().toString();
    }

    private long total(Http http, String ward) throws Exception {
        return json(http.get("api/concerns?ward=" + ward)).getJsonNumber("total").longValue();
    }

    @Test
    void areasAnswersTheWardAndLocalAuthorityOfAPointInBothLanguages() throws Exception {
        HttpResponse<String> r = http().get("api/areas?lat=51.4905&lon=-3.1745");
        assertEquals(200, r.statusCode());
        JsonObject body = json(r);
        assertEquals(CATHAYS, body.getJsonObject("ward").getString("code"));
        assertEquals("Cathays", body.getJsonObject("ward").getJsonObject("name").getString("en"));
        assertEquals("W06000015", body.getJsonObject("localAuthority").getString("code"));
        assertEquals("Cardiff", body.getJsonObject("localAuthority").getJsonObject("name").getString("en"));
        assertEquals("Caerdydd", body.getJsonObject("localAuthority").getJsonObject("name").getString("cy"));
    }

    @Test
    void areasRefusesBadAndOutOfAreaPointsWithProblemsInTheAskedLanguage() throws Exception {
        HttpResponse<String> bad = http().get("api/areas?lat=abc&lon=-3.1", "Accept-Language", "cy");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("Cyfesurynnau gwallus", json(bad).getString("title"));

        HttpResponse<String> london = http().get("api/areas?lat=51.5074&lon=-0.1278", "Accept-Language", "en-GB,en;q=0.8");
        assertEquals(404, london.statusCode());
        assertEquals("urn:llais:problem:outside-wales", json(london).getString("type"));
        assertEquals("Outside Wales", json(london).getString("title"));

        HttpResponse<String> swansea = http().get("api/areas?lat=51.6214&lon=-3.9436");
        assertEquals(404, swansea.statusCode());
        assertEquals("urn:llais:problem:no-ward", json(swansea).getString("type"));
    }

    @Test
    void aReportedConcernGetsAReferenceAndCanBeReadBack() throws Exception {
        Http http = http();
        HttpResponse<String> created = http.postJson("api/concerns",
                concern("speeding", 51.4830, -3.1560, "Vans speed past the primary school on Splott Road every morning.", "en"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created);
        String reference = body.getString("reference");
        assertTrue(reference.matches("LL-\\d{4}-\\d{6}"), reference);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/concerns/" + reference));
        assertEquals(SPLOTT, body.getJsonObject("ward").getString("code"));
        assertFalse(body.containsKey("email"));

        JsonObject read = json(http.get("api/concerns/" + reference));
        assertEquals("Vans speed past the primary school on Splott Road every morning.", read.getString("description"));
        assertEquals("en", read.getString("language"));
        assertEquals("received", read.getString("status"));
        assertEquals(1, read.getJsonArray("history").size());
    }

    @Test
    void publicReadsAreTaggedAnswerNotModifiedAndShowANewReportAtOnce() throws Exception {
        Http http = http();
        HttpResponse<String> list = http.get("api/concerns?ward=" + CATHAYS);
        assertEquals(200, list.statusCode());
        String tag = list.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> same = http.get("api/concerns?ward=" + CATHAYS, "If-None-Match", tag);
        assertEquals(304, same.statusCode());
        assertEquals("", same.body());

        HttpResponse<String> created = http.postJson("api/concerns",
                concern("fly-tipping", 51.4905, -3.1745, "Old sofas dumped on the corner by the park gates.", "en"));
        assertEquals(201, created.statusCode(), created.body());
        String reference = json(created).getString("reference");
        HttpResponse<String> after = http.get("api/concerns?ward=" + CATHAYS, "If-None-Match", tag);
        assertEquals(200, after.statusCode(), "a new report makes the cached list stale at once");
        assertEquals(reference, json(after).getJsonArray("items").getJsonObject(0).getString("reference"));

        HttpResponse<String> one = http.get("api/concerns/" + reference);
        String oneTag = one.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get("api/concerns/" + reference, "If-None-Match", oneTag, "Accept-Language", "cy").statusCode(),
                "the JSON holds both languages, so one tag stands for it whatever the language asked for");
        assertEquals(404, http.get("api/concerns/LL-0000-000000", "If-None-Match", "*").statusCode(), "a problem is never cached");
    }

    @Test
    void welshReportRecordsItsLanguageAndIsListedNewestFirstInItsWard() throws Exception {
        Http http = http();
        String text = "Mae’r golau stryd ar gornel y stryd wedi bod allan ers wythnos.";
        HttpResponse<String> created = http.postJson("api/concerns", concern("street-lighting", 51.4930, -3.1790, text, "cy"));
        assertEquals(201, created.statusCode(), created.body());
        String reference = json(created).getString("reference");
        JsonObject list = json(http.get("api/concerns?ward=" + CATHAYS));
        JsonObject first = list.getJsonArray("items").getJsonObject(0);
        assertEquals(reference, first.getString("reference"));
        assertEquals("cy", first.getString("language"));
    }

    @Test
    void invalidReportIsRefusedFieldByFieldInWelshAndStoresNothing() throws Exception {
        Http http = http();
        long before = total(http, CATHAYS);
        String body = Json.createObjectBuilder().add("category", "not-a-category").add("lat", 51.4905).add("lon", -3.1745)
                .add("description", "short").add("email", "not-an-email").add("language", "cy").build().toString();
        HttpResponse<String> r = http.postJson("api/concerns", body, "Accept-Language", "cy");
        assertEquals(422, r.statusCode());
        JsonObject problem = json(r);
        assertEquals("urn:llais:problem:invalid-concern", problem.getString("type"));
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("category", "description", "email")), fields.toString());
        String messages = problem.getJsonArray("errors").toString();
        assertTrue(messages.contains("Rhaid i’r disgrifiad fod o leiaf 10 nod."), messages);
        assertEquals(before, total(http, CATHAYS));
    }

    @Test
    void pinsOutsideWalesOrOutsideEveryWardAreRefused() throws Exception {
        HttpResponse<String> london = http().postJson("api/concerns",
                concern("speeding", 51.5074, -0.1278, "Speeding cars on the main road all night long.", "en"));
        assertEquals(422, london.statusCode());
        assertTrue(london.body().contains("concerns.error.place.outsideWales"), london.body());
        HttpResponse<String> swansea = http().postJson("api/concerns",
                concern("speeding", 51.6214, -3.9436, "Speeding cars on the main road all night long.", "en"));
        assertEquals(422, swansea.statusCode());
        assertTrue(swansea.body().contains("concerns.error.place.noWard"), swansea.body());
        HttpResponse<String> text = http().postJson("api/concerns",
                "{\"category\":\"speeding\",\"lat\":\"fifty\",\"lon\":\"-3\",\"description\":\"Speeding cars on the main road.\"}");
        assertEquals(422, text.statusCode());
        assertTrue(text.body().contains("concerns.error.place.notNumber"), text.body());
    }

    @Test
    void malformedOversizedAndWronglyTypedBodiesGetProblemsAndStoreNothing() throws Exception {
        Http http = http();
        long before = total(http, CATHAYS);
        HttpResponse<String> malformed = http.postJson("api/concerns", "{\"category\": ");
        assertEquals(400, malformed.statusCode());
        assertEquals("urn:llais:problem:malformed-json", json(malformed).getString("type"));

        HttpResponse<String> array = http.postJson("api/concerns", "[1,2,3]");
        assertEquals(400, array.statusCode());

        HttpResponse<String> wrongType = http.post("api/concerns", "text/plain", "category=speeding".getBytes());
        assertEquals(415, wrongType.statusCode());
        assertTrue(wrongType.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        byte[] huge = new byte[8 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> tooBig = http.post("api/concerns", "application/json", huge);
        assertEquals(413, tooBig.statusCode());

        HttpResponse<String> objectField = http.postJson("api/concerns",
                "{\"category\":{\"x\":1},\"ward\":\"" + CATHAYS + "\",\"description\":[\"a\"]}");
        assertEquals(422, objectField.statusCode());
        assertTrue(objectField.body().contains("api.error.field.type"));

        HttpResponse<String> injection = http.postJson("api/concerns", concern("speeding' OR '1'='1", 51.4905, -3.1745,
                "<script>alert(1)</script> Robert'); DROP TABLE concern;--", "en"));
        assertEquals(422, injection.statusCode());
        assertEquals(before, total(http, CATHAYS));
        assertNotEquals(500, http.get("api/concerns/LL-2026-%27%20OR%201=1").statusCode());
    }

    @Test
    void theSameIdempotencyKeyGivesOneConcernEvenWhenSentTogether() throws Exception {
        Http http = http();
        long before = total(http, CATHAYS);
        String key = "idem-" + System.nanoTime() + "-abcdefgh";
        String body = concern("fly-tipping", 51.4905, -3.1745, "A pile of builders' rubble dumped by the bins.", "en");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<HttpResponse<String>> call = () -> new Http(base.toString()).postJson("api/concerns", body, "Idempotency-Key", key);
                replies.add(pool.submit(call));
            }
            String reference = null;
            for (Future<HttpResponse<String>> f : replies) {
                HttpResponse<String> r = f.get();
                assertEquals(201, r.statusCode(), r.body());
                String ref = json(r).getString("reference");
                if (reference == null) {
                    reference = ref;
                }
                assertEquals(reference, ref);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, total(http, CATHAYS));
    }

    @Test
    void anIdempotencyKeyReusedForADifferentReportIsRefused() throws Exception {
        Http http = http();
        String key = "conflict-" + System.nanoTime() + "-abcdefgh";
        HttpResponse<String> first = http.postJson("api/concerns",
                concern("speeding", 51.4905, -3.1745, "Motorbikes racing on Cathays Terrace at night.", "en"), "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> other = http.postJson("api/concerns",
                concern("speeding", 51.4905, -3.1745, "A completely different report under the same key.", "en"), "Idempotency-Key", key);
        assertEquals(409, other.statusCode(), other.body());
        assertFalse(other.body().contains(json(first).getString("reference")));
        assertEquals(400, http.postJson("api/concerns", concern("speeding", 51.4905, -3.1745,
                "Motorbikes racing on Cathays Terrace at night.", "en"), "Idempotency-Key", "short").statusCode());
    }

    @Test
    void aSensitiveConcernIsNeverReturnedButCountedPerWard() throws Exception {
        Http http = http();
        long countBefore = json(http.get("api/concerns?ward=" + CATHAYS)).getJsonNumber("sensitiveCount").longValue();
        long totalBefore = total(http, CATHAYS);
        String secret = "Shouting and crashing next door at number seven, SECRET-MARKER-" + System.nanoTime();
        HttpResponse<String> created = http.postJson("api/concerns", concern("domestic-abuse", 51.4905, -3.1745, secret, "en"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created);
        String reference = body.getString("reference");
        assertTrue(body.getJsonObject("safeguarding").getString("en").contains("999"));
        assertTrue(body.getJsonObject("safeguarding").getString("cy").contains("ffoniwch 999"));
        assertFalse(created.body().contains(secret));
        assertFalse(created.body().contains("51.4905"));

        assertEquals(404, http.get("api/concerns/" + reference).statusCode());
        HttpResponse<String> list = http.get("api/concerns?ward=" + CATHAYS);
        assertFalse(list.body().contains(reference));
        assertFalse(list.body().contains("SECRET-MARKER"));
        assertEquals(totalBefore, json(list).getJsonNumber("total").longValue());
        assertEquals(countBefore + 1, json(list).getJsonNumber("sensitiveCount").longValue());
        assertEquals(404, http.get("concerns/view.xhtml?ref=" + reference).statusCode());
        assertFalse(http.get("concerns/index.xhtml?ward=" + CATHAYS).body().contains("SECRET-MARKER"));
    }

    private static jakarta.mail.internet.MimeMessage mailTo(String address) throws Exception {
        for (int i = 0; i < 600; i++) {
            for (jakarta.mail.internet.MimeMessage m : TestServers.mail().getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail to " + address);
    }

    @Test
    void aResidentWhoLeavesAnAddressGetsTheReferenceByEmailInTheirLanguage() throws Exception {
        String address = "preswylydd-" + System.nanoTime() + "@example.org";
        String body = Json.createObjectBuilder().add("category", "fly-tipping").add("ward", CATHAYS)
                .add("description", "Mae sbwriel wedi cael ei adael wrth y biniau eto.").add("language", "cy")
                .add("email", address).build().toString();
        HttpResponse<String> created = http().postJson("api/concerns", body, "Accept-Language", "cy");
        assertEquals(201, created.statusCode(), created.body());
        String reference = json(created).getString("reference");
        assertFalse(created.body().contains(address), "the address is never returned");

        jakarta.mail.internet.MimeMessage mail = mailTo(address);
        assertEquals("Mae eich adroddiad " + reference + " wedi dod i law", mail.getSubject());
        assertEquals("cy", mail.getHeader("Content-Language")[0]);
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        String content = (String) parts.getBodyPart(0).getContent();
        assertTrue(((String) parts.getBodyPart(1).getContent()).startsWith("<!DOCTYPE html><html lang=\"cy\">"));
        assertTrue(content.contains(reference) && content.contains("Tipio anghyfreithlon a sbwriel"), content);
        assertTrue(content.contains("view.xhtml?ref=" + reference), content);
    }

    @Test
    void whileTheMailServerIsDownNothingIsLostAndNothingIsSentTwice() throws Exception {
        String address = "amyneddgar-" + System.nanoTime() + "@example.org";
        TestServers.mail().stop();
        String reference;
        try {
            String body = Json.createObjectBuilder().add("category", "street-lighting").add("ward", CATHAYS)
                    .add("description", "Two lamps out on the footpath to the station.").add("language", "en")
                    .add("email", address).build().toString();
            HttpResponse<String> created = http().postJson("api/concerns", body, "Idempotency-Key", "outbox-" + System.nanoTime() + "-abcdef");
            assertEquals(201, created.statusCode(), "the report does not wait for the mail server");
            reference = json(created).getString("reference");
            Thread.sleep(4000);
        } finally {
            TestServers.mail().start();
        }
        jakarta.mail.internet.MimeMessage mail = mailTo(address);
        assertTrue(mail.getSubject().contains(reference));
        Thread.sleep(3000);
        long copies = java.util.Arrays.stream(TestServers.mail().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).count();
        assertEquals(1, copies);
    }

    @Test
    void theEmailAboutASensitiveReportSaysNothingOfWhatWasReported() throws Exception {
        String address = "resident-" + System.nanoTime() + "@example.org";
        String body = Json.createObjectBuilder().add("category", "domestic-abuse").add("ward", CATHAYS)
                .add("description", "Private words that must never be in an e-mail MARKER-XYZ.").add("language", "en")
                .add("email", address).build().toString();
        HttpResponse<String> created = http().postJson("api/concerns", body, "Accept-Language", "en");
        assertEquals(201, created.statusCode(), created.body());
        jakarta.mail.internet.MimeMessage mail = mailTo(address);
        String content = com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(mail);
        assertTrue(content.contains(json(created).getString("reference")));
        assertFalse(content.contains("MARKER-XYZ"));
        assertFalse(content.toLowerCase().contains("domestic"), content);
        assertFalse(content.contains("view.xhtml"), "no link that shows what kind of report it was");
    }

    @Test
    void thePersonalDataOfAConcernClosedLongerThanTheRetentionPeriodIsRemovedByTheScheduledJob() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        String address = "cadw-" + System.nanoTime() + "@example.org";
        String body = Json.createObjectBuilder().add("category", "fly-tipping").add("ward", CATHAYS)
                .add("description", "Old sofa dumped behind the community hall car park.").add("language", "en")
                .add("email", address).add("photo", java.util.Base64.getEncoder().encodeToString(png.toByteArray())).build().toString();
        HttpResponse<String> created = http().postJson("api/concerns", body);
        assertEquals(201, created.statusCode(), created.body());
        String reference = json(created).getString("reference");
        assertTrue(json(created).containsKey("photo"));
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(TestServers.database().jdbcUrl(),
                cymru.llais.testing.EmbeddedMariaDb.USER, cymru.llais.testing.EmbeddedMariaDb.PASSWORD)) {
            var close = db.prepareStatement("UPDATE concern SET status = 'CLOSED', updated_at = ? WHERE reference = ?");
            close.setObject(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(40));
            close.setString(2, reference);
            assertEquals(1, close.executeUpdate(), "closed forty days ago; the tests' retention period is thirty");
            boolean anonymised = false;
            for (int i = 0; i < 100 && !anonymised; i++) {
                Thread.sleep(1000);
                var q = db.prepareStatement("SELECT reporter_email, anonymised_at, (SELECT COUNT(*) FROM concern_photo p"
                        + " WHERE p.concern_id = c.id) FROM concern c WHERE reference = ?");
                q.setString(1, reference);
                var rs = q.executeQuery();
                rs.next();
                anonymised = rs.getString(1) == null && rs.getObject(2) != null && rs.getInt(3) == 0;
            }
            assertTrue(anonymised, "the reporter's e-mail and the photo are gone, and when is recorded");
        }
        JsonObject after = json(http().get("api/concerns/" + reference));
        assertEquals("Old sofa dumped behind the community hall car park.", after.getString("description"), "the public record stays");
        assertFalse(after.containsKey("photo"));
    }

    @Test
    void listFiltersAreCheckedAndUnknownOnesAreRefused() throws Exception {
        assertEquals(400, http().get("api/concerns?ward=W99999999").statusCode());
        assertEquals(400, http().get("api/concerns?category=domestic-abuse").statusCode());
        assertEquals(400, http().get("api/concerns?status=lost").statusCode());
        assertEquals(400, http().get("api/concerns?page=0").statusCode());
        HttpResponse<String> closed = http().get("api/concerns?status=closed");
        assertEquals(200, closed.statusCode());
        json(closed).getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(i -> assertEquals("closed", i.getString("status")));
    }

    @Test
    void unknownApiPathsAndMethodsAnswerWithProblemsNotStackTraces() throws Exception {
        HttpResponse<String> unknown = http().get("api/nothing-here");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> method = http().post("api/areas", "application/json", "{}".getBytes());
        assertEquals(405, method.statusCode());
        assertFalse(method.body().contains("Exception"));
    }

    @Test
    void crossSitePostsAreRefusedBeforeTheyReachTheApplication() throws Exception {
        Http http = http();
        long before = total(http, CATHAYS);
        HttpResponse<String> r = http.postJson("api/concerns",
                concern("speeding", 51.4905, -3.1745, "Cross-site request that must not be stored.", "en"),
                "Origin", "https://evil.example");
        assertEquals(403, r.statusCode());
        assertEquals(before, total(http, CATHAYS));
    }
}
