package cymru.llais.outcomes.boundary;

import cymru.llais.outcomes.entity.Quarter;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public board's search (English and Welsh texts, case and accents ignored, wildcards and quotes searched as
 * themselves, drafts never found) and a ward's quarterly summary as a page and as a PDF in either language.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class OutcomeBoardIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String COUNCIL = "cyngor@llais.example";
    private static final double CATHAYS_LAT = 51.4905;
    private static final double CATHAYS_LON = -3.1745;
    private static final String CATHAYS = "W05000857";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    /** A made-up word of letters only (digits could look like a phone number to moderation). */
    private static String word() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String report(String text) throws Exception {
        String body = Json.createObjectBuilder().add("category", "fly-tipping").add("lat", CATHAYS_LAT).add("lon", CATHAYS_LON)
                .add("description", text).add("language", "en").build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        JsonObject json = Json.createReader(new StringReader(r.body())).readObject();
        return json.getString("reference");
    }

    private static String idIn(String inboxHtml, String reference) {
        Matcher m = Pattern.compile("concern\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(reference)).matcher(inboxHtml);
        assertTrue(m.find(), "the inbox lists " + reference);
        return m.group(1);
    }

    /** Staff write an outcome for a concern: published, or saved as a draft; its id. */
    private String outcome(String reference, String outcomeEn, String outcomeCy, boolean publish) throws Exception {
        Http council = http();
        assertTrue(Faces.signIn(council, COUNCIL, PASSWORD));
        String concernId = idIn(council.get("staff/inbox.xhtml?lang=en").body(), reference);
        HttpResponse<String> r = Faces.submit(council, "staff/outcome.xhtml?concern=" + concernId + "&lang=en", "outcome",
                publish ? "publish" : "saveDraft",
                "kind", "ACTION_TAKEN", "doneOn", LocalDate.now().minusDays(1).toString(),
                "responseEn", "Thank you for telling us.", "responseCy", "Diolch am roi gwybod i ni.",
                "outcomeEn", outcomeEn, "outcomeCy", outcomeCy, "reasonEn", "", "reasonCy", "", "references", reference);
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("outcome\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        return m.group(1);
    }

    private String board(String query) throws Exception {
        HttpResponse<String> r = http().get("outcomes/index.xhtml?" + query);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String current() {
        return Quarter.of(Instant.now()).code();
    }

    private static long number(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        assertTrue(m.find(), pattern + " in " + html);
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http().url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> anonymousBoard(String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(http().url("outcomes/index.xhtml?ward=" + CATHAYS))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String htmlLang(String html) {
        Matcher m = Pattern.compile("<html[^>]*\\slang=\"([a-z]+)\"").matcher(html);
        assertTrue(m.find(), "the page has a language");
        return m.group(1);
    }

    @Test
    void theAnonymousBoardIsTaggedAnswersNotModifiedPerLanguageAndShowsANewOutcomeAtOnce() throws Exception {
        HttpResponse<String> english = anonymousBoard("Accept-Language", "en");
        assertEquals(200, english.statusCode());
        String tag = english.headers().firstValue("ETag").orElseThrow();
        assertEquals("en", htmlLang(english.body()));
        assertEquals(304, anonymousBoard("Accept-Language", "en", "If-None-Match", tag).statusCode(), "the browser's copy is current");

        HttpResponse<String> welsh = anonymousBoard("Accept-Language", "cy", "If-None-Match", tag);
        assertEquals(200, welsh.statusCode(), "the English page's tag never stands for the Welsh page");
        assertEquals("cy", htmlLang(welsh.body()));
        String welshTag = welsh.headers().firstValue("ETag").orElseThrow();
        assertFalse(welshTag.equals(tag));
        HttpResponse<String> cookie = anonymousBoard("Accept-Language", "en", "Cookie", "llais_lang=cy");
        assertEquals(welshTag, cookie.headers().firstValue("ETag").orElseThrow(), "the language cookie wins, as on every page");
        assertEquals("cy", htmlLang(anonymousBoard("Accept-Language", "cy").body()), "Welsh again, from the cache");
        HttpResponse<String> again = anonymousBoard("Accept-Language", "en");
        assertEquals("en", htmlLang(again.body()), "and English");
        assertTrue(again.headers().firstValue("Content-Security-Policy").isPresent(), "a page from the cache keeps its security headers");

        String word = "quokka" + word();
        String published = outcome(report("Bags of rubbish dumped in the lane behind the houses."),
                "We cleared the lane, " + word + " included.", "Cliriwyd y lôn, " + word + " hefyd.", true);
        HttpResponse<String> after = anonymousBoard("Accept-Language", "en", "If-None-Match", tag);
        assertEquals(200, after.statusCode(), "a published outcome makes the cached board stale at once");
        assertTrue(after.body().contains("outcomes/view.xhtml?id=" + published + "\""));

        Http resident = http();
        assertTrue(cymru.llais.testing.Residents.signIn(resident, "preswylydd@llais.example", PASSWORD));
        HttpResponse<String> signedIn = resident.get("outcomes/index.xhtml?ward=" + CATHAYS);
        assertEquals(200, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("ETag").isEmpty(), "a signed-in page is never cached");
        assertTrue(signedIn.body().contains("signout"), "it is rendered for the resident");
    }

    @Test
    void searchFindsPublishedOutcomesByEnglishOrWelshWordsWithOrWithoutCircumflexButNeverADraft() throws Exception {
        String english = "quoll" + word();
        String welsh = word();
        // a vowel after the first letter, so that "p" + it is never the digraph "ph", which does not mutate
        String mutated = "o" + word();
        String published = outcome(report("Bags of rubbish dumped in the lane behind the shops again."),
                "We cleared the lane, " + english + " included.", "Cliriwyd y lôn ger y tŷ" + welsh + " a’r dŵr, wrth y b" + mutated + ".", true);
        String draftWord = "draft" + word();
        outcome(report("Mattresses dumped at the end of the lane by the garages."), draftWord + " lane cleared.",
                draftWord + " cliriwyd y lôn.", false);
        String link = "outcomes/view.xhtml?id=" + published + "\"";

        assertTrue(board("search=" + enc(english) + "&lang=en").contains(link), "found by an English word");
        assertTrue(board("search=" + enc(english.toUpperCase()) + "&lang=cy").contains(link), "in any case, from the Welsh page");
        assertTrue(board("search=" + enc("tŷ" + welsh) + "&lang=en").contains(link), "found by a Welsh word from the English page");
        assertTrue(board("search=" + enc("ty" + welsh) + "&lang=cy").contains(link), "found without the circumflex");
        assertTrue(board("search=" + enc("TŶ" + welsh.toUpperCase() + " lon") + "&lang=cy").contains(link), "every word, any accents");
        assertFalse(board("search=" + enc(english + " " + word()) + "&lang=en").contains(link), "every word must be there");
        assertTrue(board("search=" + enc("p" + mutated) + "&lang=cy").contains(link), "a Welsh word is found soft-mutated (p to b)");
        assertFalse(board("search=" + enc("c" + mutated) + "&lang=cy").contains(link), "but not as a mutation it cannot be");
        assertFalse(board("search=" + enc(draftWord) + "&lang=en").contains("outcomes/view.xhtml?id="), "a draft is never found");

        String filtered = board("ward=" + CATHAYS + "&category=fly-tipping&period=month&search=" + enc(english) + "&lang=en");
        assertTrue(filtered.contains(link), "the search keeps the other filters");
        assertTrue(filtered.contains("value=\"" + english + "\""), "the search box shows the search");
        assertFalse(board("category=speeding&search=" + enc(english) + "&lang=en").contains(link));

        for (String hostile : new String[] {"%%", "__", "%" + english.substring(1), "' OR '1'='1", "\"; DROP TABLE outcome; --",
                "\\%", "!%"}) {
            String page = board("search=" + enc(hostile) + "&lang=en");
            assertFalse(page.contains(link), "searched as itself, not as a pattern: " + hostile);
        }
        String oneLetter = board("search=" + enc("%") + "&lang=cy");
        assertTrue(oneLetter.contains("Rhaid i eiriau chwilio fod ag o leiaf dwy lythyren"), "a one-letter search is explained");
        String tooLong = board("search=" + "a".repeat(2000) + "&lang=en");
        assertTrue(tooLong.contains("That search is too long"), "a 2,000-character search is ignored with a message");
        assertTrue(board("search=" + enc(english) + "&lang=en").contains("outcomes/view.xhtml?id="), "the database is fine after all that");
    }

    @Test
    void theQuarterlySummaryCountsAWardsConcernsAndOutcomesAndLinksBothWays() throws Exception {
        String page = "outcomes/quarter.xhtml?ward=" + CATHAYS + "&q=" + current();
        String before = http().get(page + "&lang=en").body();
        long received = number(before, "id=\"received-total\">(\\d+)<");
        long closed = number(before, "data-count=\"(\\d+)\"");
        long published = number(before, "id=\"published-total\">(\\d+)<");

        String english = "wombat" + word();
        String welsh = "cŵn" + word();
        String reference = report("Black bags of rubbish dumped beside the post box on the corner.");
        String id = outcome(reference, "The bags were taken away, " + english + ".", "Aethpwyd â’r bagiau, " + welsh + ".", true);

        HttpResponse<String> en = http().get(page + "&lang=en");
        assertEquals(200, en.statusCode());
        assertEquals(received + 1, number(en.body(), "id=\"received-total\">(\\d+)<"), "the new concern is counted");
        assertEquals(closed + 1, number(en.body(), "data-count=\"(\\d+)\""), "closed by the outcome");
        assertEquals(published + 1, number(en.body(), "id=\"published-total\">(\\d+)<"));
        assertTrue(en.body().contains("Quarterly summary: Cathays"), en.body());
        assertTrue(en.body().contains(english) && en.body().contains("outcomes/view.xhtml?id=" + id + "\""), "the quarter lists it");
        assertTrue(en.body().contains("Fly-tipping"), "counted by category");
        assertTrue(en.body().contains("quarter.pdf?ward=" + CATHAYS + "&amp;q=" + current()), "the PDF is linked");
        String cy = http().get(page + "&lang=cy").body();
        assertTrue(cy.contains("Crynodeb chwarterol: Cathays") && cy.contains(welsh) && cy.contains("Pryderon a ddaeth i law"), cy);

        assertTrue(board("ward=" + CATHAYS + "&lang=en").contains("outcomes/quarter.xhtml?ward=" + CATHAYS), "the ward's board links it");
        assertTrue(http().get("outcomes/view.xhtml?id=" + id + "&lang=en").body()
                .contains("outcomes/quarter.xhtml?ward=" + CATHAYS + "&amp;q=" + current()), "the outcome's page links it");
        assertEquals(200, http().get("outcomes/quarter.xhtml?ward=" + CATHAYS + "&lang=en").statusCode(), "the current quarter without q");

        HttpResponse<String> badQuarter = http().get("outcomes/quarter.xhtml?ward=" + CATHAYS + "&q=2026-Q9&lang=cy");
        assertEquals(400, badQuarter.statusCode());
        assertTrue(badQuarter.body().contains("Nid chwarter yw hwnna."), badQuarter.body());
        assertFalse(badQuarter.body().contains("Exception"));
        HttpResponse<String> badWard = http().get("outcomes/quarter.xhtml?ward=W99999999&q=" + current() + "&lang=en");
        assertEquals(404, badWard.statusCode());
        assertTrue(badWard.body().contains("We do not know that ward."), badWard.body());
        assertEquals(404, http().get("outcomes/quarter.xhtml?ward=" + enc("' OR 1=1 --") + "&lang=en").statusCode());
    }

    @Test
    void theQuarterlySummaryDownloadsAsAPdfInWelshWithItsLettersAndInEnglish() throws Exception {
        String english = "numbat" + word();
        String welsh = "ŵyn" + word();
        outcome(report("Old tyres dumped on the grass verge by the railway bridge."), "The tyres were removed, " + english + ".",
                "Symudwyd y teiars ger y tŷ, " + welsh + ".", true);
        String path = "outcomes/quarter.pdf?ward=" + CATHAYS + "&q=" + current();

        HttpResponse<byte[]> cy = download(path + "&lang=cy");
        assertEquals(200, cy.statusCode());
        assertEquals("application/pdf", cy.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"llais-" + CATHAYS + "-" + current() + "-cy.pdf\"",
                cy.headers().firstValue("Content-Disposition").orElse(""));
        try (PDDocument pdf = Loader.loadPDF(cy.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Crynodeb chwarterol: Cathays"), text);
            assertTrue(text.contains("Pryderon a ddaeth i law") && text.contains("Canlyniadau a gyhoeddwyd"), text);
            assertTrue(text.contains(welsh), "ŵ is set in the embedded font and extracts as itself: " + text);
            assertTrue(text.contains("tŷ"), text);
            assertFalse(text.contains(english), "the Welsh PDF has the Welsh text");
            assertNotNull(pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getDocumentInformation().getTitle().startsWith("Crynodeb chwarterol"), pdf.getDocumentInformation().getTitle());
            assertEquals("cy", pdf.getDocumentCatalog().getLanguage());
        }

        HttpResponse<byte[]> en = download(path + "&lang=en");
        assertEquals(200, en.statusCode());
        try (PDDocument pdf = Loader.loadPDF(en.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Quarterly summary: Cathays") && text.contains("Concerns received"), text);
            assertTrue(text.contains(english), text);
            assertFalse(text.contains(welsh) || text.contains("Crynodeb"), "the English PDF has the English text");
            assertTrue(pdf.getDocumentInformation().getTitle().startsWith("Quarterly summary"));
        }

        assertEquals(404, download("outcomes/quarter.pdf?ward=W99999999&q=" + current()).statusCode());
        HttpResponse<String> bad = http().get("outcomes/quarter.pdf?ward=" + CATHAYS + "&q=" + enc("2026-Q3' --") + "&lang=cy");
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains("Exception"), bad.body());
    }
}
