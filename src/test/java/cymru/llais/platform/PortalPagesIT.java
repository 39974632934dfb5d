package cymru.llais.platform;

import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
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
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal's pages over HTTP: language, headers, errors, health, and the report form's defences. */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class PortalPagesIT {

    private static final String CATHAYS = "W05000857";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    private long publicTotal(Http http) throws Exception {
        return Json.createReader(new StringReader(http.get("api/concerns?ward=" + CATHAYS).body())).readObject()
                .getJsonNumber("total").longValue();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("", "concerns/report.xhtml", "concerns/index.xhtml", "api/areas?lat=51.49&lon=-3.17", "no-such-page")) {
            HttpResponse<String> r = http().get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                    && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertFalse(r.headers().firstValue("X-Powered-By").isPresent(), path);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNeverInTheUrl() throws Exception {
        HttpResponse<String> r = http().get("concerns/report.xhtml");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(r.body().contains("jsessionid"), "session id leaked into a URL");
    }

    @Test
    void aPageWithoutAFormMakesNoSessionSoAnonymousVisitorsLeaveNoStateBehind() throws Exception {
        for (String path : List.of("", "concerns/index.xhtml", "outcomes/index.xhtml", "outcomes/index.xhtml?lang=cy",
                "stories/index.xhtml", "budgeting/index.xhtml", "open-data/index.xhtml")) {
            HttpResponse<String> r = http().get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " made a session: " + r.headers().allValues("Set-Cookie"));
            assertFalse(r.body().contains("jakarta.faces.ViewState"), path);
        }
        // a page with a form keeps its view, and so its session
        assertTrue(http().get("signin.xhtml").headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")));
    }

    @Test
    void theLanguageFollowsTheSwitchAndIsRememberedInACookie() throws Exception {
        Http http = http();
        HttpResponse<String> english = http.get("", "Accept-Language", "en-GB");
        assertTrue(english.body().contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""), english.body().substring(0, 200));
        assertTrue(english.body().contains("hreflang=\"cy\""));

        HttpResponse<String> welsh = http.get("?lang=cy");
        assertTrue(welsh.body().contains("lang=\"cy\""));
        assertTrue(welsh.body().contains("Rhoi gwybod am bryder"));
        assertTrue(welsh.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("llais_lang=cy")));

        HttpResponse<String> remembered = http.get("concerns/index.xhtml", "Accept-Language", "en");
        assertTrue(remembered.body().contains("Pryderon"), "the cookie should win over the browser's language");

        HttpResponse<String> fromBrowser = http().get("", "Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5");
        assertTrue(fromBrowser.body().contains("lang=\"cy\""));
    }

    @Test
    void theLanguageSwitchLeadsToTheSamePageWithItsParameters() throws Exception {
        HttpResponse<String> r = http().get("concerns/index.xhtml?ward=" + CATHAYS + "&category=speeding&lang=en");
        Matcher m = Pattern.compile("class=\"language-switch\" href=\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find());
        String link = m.group(1).replace("&amp;", "&");
        assertTrue(link.endsWith("/concerns/index.xhtml?ward=" + CATHAYS + "&category=speeding&lang=cy"), link);
    }

    @Test
    void errorPagesAreBilingualAndShowNoStackTrace() throws Exception {
        HttpResponse<String> en = http().get("concerns/nothing.xhtml?lang=en");
        assertEquals(404, en.statusCode());
        assertTrue(en.body().contains("Page not found"));
        HttpResponse<String> cy = http().get("concerns/nothing.xhtml?lang=cy");
        assertEquals(404, cy.statusCode());
        assertTrue(cy.body().contains("Heb ddod o hyd i’r dudalen"));
        assertTrue(cy.body().contains("lang=\"cy\""));

        HttpResponse<String> missing = http().get("concerns/view.xhtml?ref=LL-2026-999999&lang=cy");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Heb ddod o hyd i’r dudalen"));

        for (HttpResponse<String> r : List.of(en, cy, missing, http().get("concerns/view.xhtml?ref=%3Cscript%3E"))) {
            assertFalse(r.body().contains("Exception") || r.body().contains("at cymru.") || r.body().contains("at jakarta."), r.body());
        }
    }

    @Test
    void readinessIsUpWhenTheDatabaseIsReachable() throws Exception {
        URI root = URI.create(base.toString()).resolve("/health/ready");
        HttpResponse<String> r = http().get(root.toString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"database\"") && r.body().contains("UP"), r.body());
        HttpResponse<String> metrics = http().get(URI.create(base.toString()).resolve("/metrics").toString());
        assertEquals(200, metrics.statusCode());
    }

    @Test
    void whileTheDatabaseIsDownThePortalSays503InBothLanguagesAndRecoversByItself() throws Exception {
        Http http = http();
        String ready = URI.create(base.toString()).resolve("/health/ready").toString();
        assertEquals(200, http.get("concerns/index.xhtml").statusCode());
        TestServers.database().stop();
        try {
            assertEquals(503, http.get(ready).statusCode());
            HttpResponse<String> cy = http.get("concerns/index.xhtml?lang=cy");
            assertEquals(503, cy.statusCode());
            assertTrue(cy.body().contains("Dydy’r gwasanaeth ddim ar gael ar hyn o bryd"), cy.body());
            HttpResponse<String> en = http.get("concerns/index.xhtml?lang=en");
            assertTrue(en.body().contains("The service is not available at the moment"));
            HttpResponse<String> api = http.get("api/concerns", "Accept-Language", "cy");
            assertEquals(503, api.statusCode());
            assertEquals("urn:llais:problem:unavailable", Json.createReader(new StringReader(api.body())).readObject().getString("type"));
        } finally {
            TestServers.database().restart();
        }
        int status = 0;
        for (int i = 0; i < 60 && status != 200; i++) {
            Thread.sleep(500);
            status = http.get(ready).statusCode();
        }
        assertEquals(200, status, "readiness is UP again once the database is back");
        assertEquals(200, http.get("concerns/index.xhtml").statusCode());
    }

    @Test
    void theReportFormPostedTwiceMakesOneConcern() throws Exception {
        Http http = http();
        long before = publicTotal(http);
        String form = http.get("concerns/report.xhtml?lang=en").body();
        Map<String, String> fields = Http.fields(
                "report", "report",
                "token", Http.hidden(form, "token"),
                "category", "fly-tipping",
                "latitude", "51.4905",
                "longitude", "-3.1745",
                "ward", "",
                "locationText", "Lane behind Crwys Road",
                "description", "Someone has left a sofa and bags of rubbish in the lane.",
                "report:language", "languageEn:en",
                "email", "",
                "submit", "Send report",
                "jakarta.faces.ViewState", Http.viewState(form));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> post(http, fields));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> post(http, fields));
        HttpResponse<String> a = first.get();
        HttpResponse<String> b = second.get();
        HttpResponse<String> c = post(http, fields);
        for (HttpResponse<String> r : List.of(a, b, c)) {
            assertEquals(302, r.statusCode(), r.body());
        }
        String location = a.headers().firstValue("Location").orElseThrow();
        assertEquals(location, b.headers().firstValue("Location").orElseThrow());
        assertEquals(location, c.headers().firstValue("Location").orElseThrow());
        assertEquals(before + 1, publicTotal(http));

        HttpResponse<String> page = http.get(location);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Someone has left a sofa and bags of rubbish in the lane."));
        assertTrue(page.body().contains("Thank you: we have your report"));
    }

    @Test
    void badFormInputIsAnsweredBesideTheFieldsInWelshAndNothingIsStored() throws Exception {
        Http http = http();
        long before = publicTotal(http);
        String form = http.get("concerns/report.xhtml?lang=cy").body();
        HttpResponse<String> r = http.postMultipart("concerns/report.xhtml", Http.fields(
                "report", "report",
                "category", "",
                "latitude", "fifty-one",
                "longitude", "-3.17",
                "ward", "",
                "locationText", "",
                "description", "byr",
                "report:language", "languageCy:cy",
                "email", "nid-e-bost",
                "submit", "Anfon yr adroddiad",
                "jakarta.faces.ViewState", Http.viewState(form)), "photo", "not an image at all".getBytes());
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("Mae problem"), body);
        assertTrue(body.contains("Dewiswch gategori."));
        assertTrue(body.contains("Doedd dim modd darllen y safle ar y map."));
        assertTrue(body.contains("Rhaid i’r disgrifiad fod o leiaf 10 nod."));
        assertTrue(body.contains("Rhowch gyfeiriad e-bost yn y ffurf gywir"));
        assertTrue(body.contains("Rhaid i’r llun fod yn ddelwedd JPEG neu PNG."));
        assertEquals(before, publicTotal(http));
    }

    @Test
    void aTamperedViewStateOrCategoryChangesNothing() throws Exception {
        Http http = http();
        long before = publicTotal(http);
        String form = http.get("concerns/report.xhtml?lang=en").body();
        Map<String, String> fields = Http.fields(
                "report", "report", "category", "speeding", "latitude", "51.4905", "longitude", "-3.1745",
                "description", "Cars racing along the road every night at ten.", "report:language", "languageEn:en",
                "submit", "Send report", "jakarta.faces.ViewState", "tampered-" + Http.viewState(form));
        HttpResponse<String> tampered = http.postMultipart("concerns/report.xhtml", fields, null, null);
        assertTrue(tampered.body().contains("The form had expired"), tampered.body());
        assertFalse(tampered.body().contains("Exception"));

        fields.put("jakarta.faces.ViewState", Http.viewState(http.get("concerns/report.xhtml").body()));
        fields.put("category", "made-up-category");
        HttpResponse<String> badCategory = http.postMultipart("concerns/report.xhtml", fields, null, null);
        assertEquals(200, badCategory.statusCode());
        assertTrue(badCategory.body().contains("Choose one of the options in the list."), badCategory.body());
        assertEquals(before, publicTotal(http));
    }

    @Test
    void aPhotoOverFiveMegabytesIsRefusedBesideTheField() throws Exception {
        Http http = http();
        long before = publicTotal(http);
        String form = http.get("concerns/report.xhtml?lang=en").body();
        byte[] big = new byte[6 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        HttpResponse<String> r = http.postMultipart("concerns/report.xhtml", Http.fields(
                "report", "report", "token", Http.hidden(form, "token"), "category", "speeding", "ward", CATHAYS,
                "description", "Speeding on the main road through the ward.", "report:language", "languageEn:en",
                "submit", "Send report", "jakarta.faces.ViewState", Http.viewState(form)), "photo", big);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("The photo must be 5 MB or smaller."), r.body());
        assertEquals(before, publicTotal(http));
    }

    @Test
    void aPostLargerThanAnyFormIsAnsweredWithTheBilingualTooLargePage() throws Exception {
        URI uri = URI.create(base.toString());
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            String request = "POST " + uri.getPath() + "concerns/report.xhtml?lang=cy HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: 50000000\r\n\r\n--x\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while (!received.toString(java.nio.charset.StandardCharsets.UTF_8).contains("</html>")
                    && (n = socket.getInputStream().read(buffer)) > 0) {
                received.write(buffer, 0, n);
            }
            String reply = received.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(reply.startsWith("HTTP/1.1 413"), reply);
            assertTrue(reply.contains("Roedd y ffeil yn rhy fawr"), reply);
        }
    }

    @Test
    void aCrossSiteFormPostIsRefused() throws Exception {
        Http http = http();
        String form = http.get("concerns/report.xhtml?lang=cy").body();
        HttpResponse<String> r = http.postMultipart("concerns/report.xhtml", Http.fields(
                "report", "report", "category", "speeding", "ward", CATHAYS,
                "description", "A cross-site post that must be refused.", "report:language", "languageEn:en",
                "submit", "Send", "jakarta.faces.ViewState", Http.viewState(form)), null, null,
                "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("Cafodd y cais hwn ei wrthod"), r.body());
    }

    @Test
    void aPhotoIsServedReEncodedWithoutItsMetadata() throws Exception {
        Http http = http();
        byte[] jpeg = TestImages.jpegWithGpsExif("LLAIS-SECRET-EXIF");
        String form = http.get("concerns/report.xhtml?lang=en").body();
        HttpResponse<String> r = http.postMultipart("concerns/report.xhtml", Http.fields(
                "report", "report", "category", "vandalism-graffiti", "latitude", "51.4905", "longitude", "-3.1745",
                "description", "Graffiti sprayed across the bus shelter overnight.", "report:language", "languageEn:en",
                "submit", "Send report", "jakarta.faces.ViewState", Http.viewState(form)), "photo", jpeg);
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        String reference = location.substring(location.indexOf("ref=") + 4);
        var photo = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(http.url("photos/" + reference))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        String bytes = new String(photo.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("LLAIS-SECRET-EXIF"));
        assertFalse(bytes.contains("Exif"));
        assertNotNull(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo.body())));
    }

    private static HttpResponse<String> post(Http http, Map<String, String> fields) {
        try {
            return http.postMultipart("concerns/report.xhtml", fields, "photo", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
