package cymru.llais.outcomes.boundary;

import cymru.llais.platform.TestImages;
import cymru.llais.testing.Faces;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partners who use a translation service: the drafts that lack a language go out as XLIFF 1.2 and come back to
 * fill it, never published by the import; hostile files (external entities, another partner's ids, malformed,
 * oversized, stale) are refused with a message and change nothing. An outcome's photo: stripped of its metadata,
 * described in both languages, public once published and only to its partner's staff before.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class OutcomeTranslationIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String COUNCIL = "cyngor@llais.example";
    private static final String POLICE = "heddlu@llais.example";
    private static final String NS = "urn:oasis:names:tc:xliff:document:1.2";
    private static final Random RANDOM = new Random();

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
    private static String word(String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    private static Http signedIn(Http http, String email) throws Exception {
        assertTrue(Faces.signIn(http, email, PASSWORD), email + " signs in");
        return http;
    }

    private String report(String category, String text) throws Exception {
        String body = Json.createObjectBuilder().add("category", category).add("lat", 51.4905).add("lon", -3.1745)
                .add("description", text).add("language", "en").build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getString("reference");
    }

    private static String concernId(Http staff, String reference) throws Exception {
        Matcher m = Pattern.compile("concern\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(reference))
                .matcher(staff.get("staff/inbox.xhtml?lang=en").body());
        assertTrue(m.find(), "the inbox lists " + reference);
        return m.group(1);
    }

    private static String[] form(String references, String responseEn, String responseCy, String outcomeEn, String outcomeCy) {
        return new String[] {"kind", "ACTION_TAKEN", "doneOn", LocalDate.now().minusDays(1).toString(), "responseEn", responseEn,
                "responseCy", responseCy, "outcomeEn", outcomeEn, "outcomeCy", outcomeCy, "reasonEn", "", "reasonCy", "",
                "references", references};
    }

    /** Saves or publishes through the staff form; the outcome's id (the form must accept it). */
    private static String submit(Http staff, String page, String button, String[] fields) throws Exception {
        HttpResponse<String> r = Faces.submit(staff, page, "outcome", button, fields);
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("outcome\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        return m.group(1);
    }

    /** A staff member's English-only draft answering a new concern of a category their organisation holds. */
    private String englishDraft(Http staff, String category, String responseEn, String outcomeEn) throws Exception {
        String reference = report(category, "Rubbish and a broken pram left here again " + word("near") + " please clear it.");
        String id = submit(staff, "staff/outcome.xhtml?concern=" + concernId(staff, reference) + "&lang=en", "saveDraft",
                form(reference, responseEn, "", outcomeEn, ""));
        assertNotNull(id);
        return id;
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Downloads the export and returns its units (id → source text), checking it is XLIFF 1.2. */
    private static Map<String, String> export(Http staff) throws Exception {
        HttpResponse<String> r = staff.get("staff/outcome-translations.xlf");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-xliff+xml"));
        Document doc = xml(r.body());
        Element root = doc.getDocumentElement();
        assertEquals("xliff", root.getLocalName());
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("1.2", root.getAttribute("version"));
        Map<String, String> units = new LinkedHashMap<>();
        NodeList files = doc.getElementsByTagNameNS(NS, "file");
        for (int i = 0; i < files.getLength(); i++) {
            Element file = (Element) files.item(i);
            assertFalse(file.getAttribute("original").isEmpty());
            assertEquals("plaintext", file.getAttribute("datatype"));
            String source = file.getAttribute("source-language");
            String target = file.getAttribute("target-language");
            assertTrue(source.equals("en") && target.equals("cy") || source.equals("cy") && target.equals("en"), source + target);
            assertEquals(1, file.getElementsByTagNameNS(NS, "body").getLength());
            NodeList tu = file.getElementsByTagNameNS(NS, "trans-unit");
            for (int j = 0; j < tu.getLength(); j++) {
                Element unit = (Element) tu.item(j);
                assertEquals(1, unit.getElementsByTagNameNS(NS, "source").getLength());
                assertEquals(1, unit.getElementsByTagNameNS(NS, "target").getLength());
                assertTrue(unit.getAttribute("id").endsWith(target.equals("cy") ? "Cy" : "En"), unit.getAttribute("id"));
                units.put(unit.getAttribute("id"), unit.getElementsByTagNameNS(NS, "source").item(0).getTextContent());
            }
        }
        return units;
    }

    private static String unitOf(Map<String, String> units, String outcomeId, String field) {
        return units.keySet().stream().filter(k -> k.startsWith("outcome-" + outcomeId + "-v") && k.endsWith("-" + field)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit for " + field + " of outcome " + outcomeId + " in " + units.keySet()));
    }

    private static String translated(Map<String, String> targets) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"" + NS + "\">"
                + "<file original=\"llais-outcomes-en-cy\" source-language=\"en\" target-language=\"cy\" datatype=\"plaintext\"><body>");
        targets.forEach((id, text) -> b.append("<trans-unit id=\"").append(id).append("\"><source>x</source><target>")
                .append(text).append("</target></trans-unit>"));
        return b.append("</body></file></xliff>").toString();
    }

    private static HttpResponse<String> upload(Http staff, String lang, byte[] file) throws Exception {
        String page = "staff/outcomes.xhtml?lang=" + lang;
        String html = staff.get(page).body();
        return staff.postFiles(page, Http.fields("xliff-import", "xliff-import", "xliff-upload", "xliff-upload",
                "jakarta.faces.ViewState", Http.viewState(html)), List.of(new Http.FilePart("xliff", "llais.xlf", "application/xml", file)));
    }

    private static HttpResponse<String> upload(Http staff, String lang, String file) throws Exception {
        return upload(staff, lang, file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void staffExportAnEnglishOnlyDraftImportItsWelshAndThenPublishIt() throws Exception {
        Http council = signedIn(http(), COUNCIL);
        String response = word("Thank you for telling us ");
        String did = word("We cleared it all ");
        String draft = englishDraft(council, "fly-tipping", response, did);
        Http police = signedIn(http(), POLICE);
        String policeWord = word("policedraft");
        String policeDraft = englishDraft(police, "speeding", policeWord, "Patrols were added.");

        Map<String, String> units = export(council);
        String responseUnit = unitOf(units, draft, "responseCy");
        String outcomeUnit = unitOf(units, draft, "outcomeCy");
        assertEquals(response, units.get(responseUnit));
        assertEquals(did, units.get(outcomeUnit));
        assertFalse(units.containsValue(policeWord), "no other partner's drafts");
        assertTrue(units.keySet().stream().noneMatch(k -> k.startsWith("outcome-" + policeDraft + "-")));
        assertTrue(export(police).containsValue(policeWord));
        assertNotEquals(200, http().get("staff/outcome-translations.xlf").statusCode(), "not without signing in");
        Http councillor = http();
        Faces.signIn(councillor, "cynghorydd@llais.example", PASSWORD);
        assertTrue(councillor.get("councillor/queue.xhtml?lang=en").statusCode() == 200, "the councillor is signed in");
        assertNotEquals(200, councillor.get("staff/outcome-translations.xlf").statusCode(), "councillors write no outcomes");

        String diolch = word("Diolch am roi gwybod ");
        String cliriwyd = word("Cliriwyd y cyfan ");
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put(responseUnit, diolch);
        targets.put(outcomeUnit, cliriwyd);
        HttpResponse<String> r = upload(council, "cy", translated(targets));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Llenwyd dau destun"), r.body());
        assertTrue(r.body().contains("Canlyniad " + draft + ": llenwyd Ymateb (Cymraeg)"), r.body());
        assertTrue(r.body().contains("Mae’r cyfieithiadau a fewnforiwyd wedi’u cadw yn y drafftiau yn unig."));

        String formPage = "staff/outcome.xhtml?id=" + draft + "&lang=en";
        String formHtml = council.get(formPage).body();
        assertTrue(formHtml.contains(diolch) && formHtml.contains(cliriwyd), "the draft has its Welsh");
        assertFalse(formHtml.contains("published-notice"), "importing never publishes");
        assertEquals(404, http().get("outcomes/view.xhtml?id=" + draft).statusCode());
        assertTrue(export(council).keySet().stream().noneMatch(k -> k.startsWith("outcome-" + draft + "-")), "nothing left to translate");

        Matcher refs = Pattern.compile("id=\"references\"[^>]*value=\"([^\"]+)\"").matcher(formHtml);
        assertTrue(refs.find(), formHtml);
        submit(council, formPage, "publish", form(refs.group(1), response, diolch, did, cliriwyd));
        String pub = http().get("outcomes/view.xhtml?id=" + draft + "&lang=cy").body();
        assertTrue(pub.contains(cliriwyd), pub);
    }

    @Test
    void hostileImportsAreRefusedWithAMessageAndChangeNothing() throws Exception {
        Http council = signedIn(http(), COUNCIL);
        String response = word("Thanks ");
        String draft = englishDraft(council, "fly-tipping", response, word("Cleared "));
        Http police = signedIn(http(), POLICE);
        String policeDraft = englishDraft(police, "speeding", word("Noted "), "Patrols were added.");
        String unit = unitOf(export(council), draft, "responseCy");
        String policeUnit = unitOf(export(police), policeDraft, "responseCy");
        String marker = word("Cyfieithiad ");

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>"
                + translated(Map.of(unit, marker + " &leak;")).replaceFirst("<\\?xml[^>]*\\?>", "");
        HttpResponse<String> r = upload(council, "en", xxe);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("declares a document type or entities, which are not accepted. Nothing was imported."), r.body());
        assertFalse(r.body().contains("root:"), "no file content is shown");

        r = upload(council, "cy", translated(Map.of(policeUnit, marker)));
        assertTrue(r.body().contains("Gwrthodwyd un testun"), r.body());
        assertTrue(r.body().contains("nid oes gan eich sefydliad ddrafft â’r rhif hwn."), r.body());
        assertEquals(policeUnit, unitOf(export(police), policeDraft, "responseCy"), "the other partner's draft is unchanged");

        r = upload(council, "en", "<xliff version=\"1.2\" xmlns=\"" + NS + "\"><file><body><trans-unit id=\"" + unit + "\">");
        assertTrue(r.body().contains("The file is not well-formed XML"), r.body());

        byte[] huge = translated(Map.of(unit, marker + " " + "a".repeat(1024 * 1024 + 10))).getBytes(StandardCharsets.UTF_8);
        r = upload(council, "en", huge);
        assertTrue(r.body().contains("KB or smaller. Nothing was imported."), r.body());

        r = upload(council, "en", translated(Map.of("outcome-" + draft + "-v99999-responseCy", marker)));
        assertTrue(r.body().contains("the outcome was changed after the file was downloaded"), r.body());

        r = upload(council, "en", translated(Map.of(unit, "Ffoniwch ni ar 029 2087 2087")));
        assertTrue(r.body().contains("contains an e-mail address, a phone number or a listed word (PHONE)"), r.body());

        r = upload(council, "en", translated(Map.of(unit, "")));
        assertTrue(r.body().contains("No text was filled.") && r.body().contains("One text had no translation"), r.body());

        assertEquals(unit, unitOf(export(council), draft, "responseCy"), "the draft is unchanged: same version, Welsh still missing");
        assertFalse(council.get("staff/outcome.xhtml?id=" + draft + "&lang=en").body().contains(marker));

        // a text changed after its export: the old file's unit is stale
        String formPage = "staff/outcome.xhtml?id=" + draft + "&lang=en";
        String formHtml = council.get(formPage).body();
        Matcher refs = Pattern.compile("id=\"references\"[^>]*value=\"([^\"]+)\"").matcher(formHtml);
        assertTrue(refs.find());
        submit(council, formPage, "saveDraft", form(refs.group(1), response + " Again.", "", "Cleared twice.", ""));
        String newUnit = unitOf(export(council), draft, "responseCy");
        assertNotEquals(unit, newUnit);
        r = upload(council, "en", translated(Map.of(unit, marker)));
        assertTrue(r.body().contains("One text was refused") && r.body().contains("Text " + unit + ": the outcome was changed after the file was downloaded"),
                r.body());
        assertFalse(council.get(formPage).body().contains(marker));
    }

    private static HttpResponse<String> photoForm(Http staff, String outcomeId, String button, String altEn, String altCy, byte[] photo)
            throws Exception {
        String page = "staff/outcome.xhtml?id=" + outcomeId + "&lang=en";
        String html = staff.get(page).body();
        Map<String, String> fields = Http.fields("photo-form", "photo-form", "photoAltEn", altEn, "photoAltCy", altCy, button, button,
                "jakarta.faces.ViewState", Http.viewState(html));
        return staff.postFiles(page, fields, photo == null ? List.of() : List.of(new Http.FilePart("photo", "photo.jpg", "image/jpeg", photo)));
    }

    @Test
    void aPhotoOnAnOutcomeLosesItsMetadataIsDescribedInBothLanguagesAndIsPrivateWhileADraft() throws Exception {
        Http council = signedIn(http(), COUNCIL);
        String reference = report("fly-tipping", "Old mattresses dumped on the grass verge " + word("by") + " the bus stop.");
        String response = word("Thank you ");
        String done = word("The mattresses were taken away ");
        String id = submit(council, "staff/outcome.xhtml?concern=" + concernId(council, reference) + "&lang=en", "saveDraft",
                form(reference, response, "Diolch.", done, "Aeth y matresi."));
        String exif = word("EXIFGPS");
        byte[] jpeg = TestImages.jpegWithGpsExif(exif);

        HttpResponse<String> r = photoForm(council, id, "attachPhoto", "Verge cleared of mattresses.", "", jpeg);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Describe the photo in Welsh."), r.body());
        assertEquals(404, council.get("staff/outcome-photos/" + id).statusCode(), "no photo without its Welsh description");
        r = photoForm(council, id, "attachPhoto", "Verge cleared.", "Ymyl wedi’i glirio.", "not an image".getBytes(StandardCharsets.UTF_8));
        assertTrue(r.body().contains("The photo must be a JPEG or PNG image."), r.body());

        String altEn = word("Grass verge with no mattresses ");
        String altCy = word("Ymyl glaswellt heb fatresi ");
        r = photoForm(council, id, "attachPhoto", altEn, altCy, jpeg);
        assertEquals(302, r.statusCode(), r.body());
        String staffPage = council.get("staff/outcome.xhtml?id=" + id + "&lang=en").body();
        assertTrue(staffPage.contains("The photo is attached to the draft.") && staffPage.contains(altEn) && staffPage.contains(altCy));
        HttpResponse<String> photo = council.get("staff/outcome-photos/" + id);
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        assertFalse(photo.body().contains(exif) || photo.body().contains("Exif"), "the photo keeps no metadata");

        assertEquals(404, http().get("outcome-photos/" + id).statusCode(), "a draft's photo is not public");
        assertNotEquals(200, http().get("staff/outcome-photos/" + id).statusCode());
        Http police = signedIn(http(), POLICE);
        assertEquals(404, police.get("staff/outcome-photos/" + id).statusCode(), "nor another partner's");

        r = photoForm(council, id, "removePhoto", "", "", null);
        assertEquals(302, r.statusCode(), r.body());
        assertEquals(404, council.get("staff/outcome-photos/" + id).statusCode());
        assertEquals(302, photoForm(council, id, "attachPhoto", altEn, altCy, jpeg).statusCode());

        String formPage = "staff/outcome.xhtml?id=" + id + "&lang=en";
        submit(council, formPage, "publish", form(reference, response, "Diolch.", done, "Aeth y matresi."));
        String en = http().get("outcomes/view.xhtml?id=" + id + "&lang=en").body();
        assertTrue(en.contains("src=\"/") && en.contains("/outcome-photos/" + id + "\"") && en.contains("alt=\"" + altEn + "\""), en);
        String cy = http().get("outcomes/view.xhtml?id=" + id + "&lang=cy").body();
        assertTrue(cy.contains("alt=\"" + altCy + "\""), cy);
        assertTrue(http().get("outcomes/index.xhtml?lang=cy").body().contains("alt=\"" + altCy + "\""), "the board card shows it");
        HttpResponse<String> pub = http().get("outcome-photos/" + id);
        assertEquals(200, pub.statusCode());
        assertFalse(pub.body().contains(exif) || pub.body().contains("Exif"));
        assertFalse(council.get(formPage).body().contains("id=\"photo-form\""), "a published outcome's photo is not changed");
    }
}
