package cymru.llais.platform;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Creates personal data of every kind the portal holds (the demo data adds a resident's account, which
 * has claimed concerns and follows one), then reads every public output (pages in both languages, the JSON
 * API, Open311 in JSON and XML, photos) and searches them all for it: held and hidden concerns' texts and
 * the originals that a councillor edited personal data out of included.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class PublicOutputsIT {

    private static final String CATHAYS = "W05000857";
    private static final String PASSWORD = "Llais-demo-2026!";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String report(Http http, String text) throws Exception {
        HttpResponse<String> r = http.postJson("api/concerns", Json.createObjectBuilder().add("category", "fly-tipping")
                .add("lat", 51.4905).add("lon", -3.1745).add("language", "en").add("description", text).build().toString());
        assertEquals(201, r.statusCode(), r.body());
        return json(r).getString("reference");
    }

    private static String idOf(Http staff, String reference) throws Exception {
        Matcher id = Pattern.compile("concern\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(reference)).matcher(staff.get("staff/inbox.xhtml").body());
        assertTrue(id.find(), "the inbox lists " + reference);
        return id.group(1);
    }

    @Test
    void noPublicOutputShowsPersonalDataOrWhereASensitiveConcernIs() throws Exception {
        Http http = new Http(base.toString());
        long marker = System.nanoTime() % 1_000_000;
        String email = "preifat-" + marker + "@example.org";
        String sensitiveLat = "51.48" + String.format("%04d", marker % 10_000);
        String sensitiveLon = "-3.17" + String.format("%04d", (marker / 10_000) % 10_000);
        String sensitiveText = "SENSITIVE-TEXT-" + marker + " shouting next door every night.";
        String exifMarker = "EXIF-GPS-" + marker;

        String publicRef = json(http.postJson("api/concerns", Json.createObjectBuilder().add("category", "fly-tipping")
                .add("lat", 51.4905).add("lon", -3.1745).add("email", email).add("language", "en")
                .add("description", "Bags of rubbish dumped in the lane behind the shops.")
                .add("photo", Base64.getEncoder().encodeToString(TestImages.jpegWithGpsExif(exifMarker))).build().toString()))
                .getString("reference");
        String sensitiveRef = json(http.postJson("api/concerns", Json.createObjectBuilder().add("category", "domestic-abuse")
                .add("lat", sensitiveLat).add("lon", sensitiveLon).add("email", email).add("language", "en")
                .add("description", sensitiveText).build().toString())).getString("reference");

        Http staff = new Http(base.toString());
        assertTrue(Faces.signIn(staff, "gweinyddwr@llais.example", PASSWORD));
        Matcher id = Pattern.compile("concern\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(publicRef)).matcher(staff.get("staff/inbox.xhtml").body());
        assertTrue(id.find());
        String note = "INTERNAL-NOTE-" + marker + " spoke to Mrs Jones at number 12";
        Faces.submit(staff, "staff/concern.xhtml?id=" + id.group(1) + "&lang=en", "noteForm", "addNote", "note", note);

        // moderation: a concern held by the text check, one hidden by a councillor, and the original of an edited one
        String held = "HELD-TEXT-" + marker;
        String heldRef = report(http, held + " ring me on 07700 900" + String.format("%03d", marker % 1000) + " about the lane.");
        String hidden = "HIDDEN-TEXT-" + marker;
        String hiddenRef = report(http, hidden + " the people at number 3 leave rubbish out every week.");
        String original = "REDACTED-ORIGINAL-" + marker;
        String redactedRef = report(http, original + " Mr Evans from the corner house dumps bags in the lane.");
        HttpResponse<String> hide = Faces.submit(staff, "councillor/item.xhtml?id=" + idOf(staff, hiddenRef) + "&lang=en", "hideForm", "hide",
                "hideEn", "It named a neighbour.", "hideCy", "Roedd yn enwi cymydog.");
        assertTrue(hide.body().contains("The concern is hidden."), hide.body());
        HttpResponse<String> redact = Faces.submit(staff, "councillor/item.xhtml?id=" + idOf(staff, redactedRef) + "&lang=en", "redactForm",
                "redact", "redactText", "Someone dumps bags of rubbish in the lane.", "redactPlace", "");
        assertTrue(redact.body().contains("The edited text is saved."), redact.body());

        // a resident with a name follows the public concern and flags it with a comment
        String residentEmail = "preswylydd-" + marker + "@example.org";
        String residentName = "Rhiannon Prydderch " + marker;
        String flagComment = "FLAG-COMMENT-" + marker + " my neighbour at number 7 did this";
        Http resident = Residents.verified(base.toString(), residentEmail, "cy");
        assertEquals(302, Faces.submit(resident, "account/index.xhtml?lang=cy", "settings", "save-settings",
                "settings:language", "languageCy:cy", "displayName", residentName).statusCode());
        assertEquals(302, Faces.submit(resident, "concerns/view.xhtml?ref=" + publicRef, "follow", "follow-button",
                "followRef", publicRef).statusCode());
        HttpResponse<String> flagged = Faces.submit(resident, "concerns/view.xhtml?ref=" + publicRef + "&lang=en", "flagForm", "flag",
                "flagReason", "OTHER", "flagComment", flagComment);
        assertTrue(flagged.body().contains("Thank you"), flagged.body());

        Set<String> secrets = Set.of(email, residentEmail, residentName, flagComment, sensitiveText.substring(0, 20), sensitiveLat, sensitiveLon, note.substring(0, 20),
                exifMarker, "Gwen Gweinyddwr", "Huw Heddlu", "Carys Cyngor", "gweinyddwr@llais.example", "heddlu@llais.example",
                "cyngor@llais.example", "Mrs Jones", DemoData.DEMO_RESIDENT_EMAIL, held, hidden, original, "Mr Evans",
                "Dafydd Cynghorydd", "cynghorydd@llais.example");

        Set<String> pages = new LinkedHashSet<>();
        for (String language : List.of("en", "cy")) {
            pages.add("?lang=" + language);
            pages.add("concerns/index.xhtml?lang=" + language);
            pages.add("concerns/index.xhtml?ward=" + CATHAYS + "&lang=" + language);
            pages.add("concerns/report.xhtml?lang=" + language);
            pages.add("signin.xhtml?lang=" + language);
            pages.add("account/signup.xhtml?lang=" + language);
            pages.add("account/forgot.xhtml?lang=" + language);
            pages.add("account/resend.xhtml?lang=" + language);
        }
        List<String> references = new ArrayList<>();
        JsonObject list;
        int page = 1;
        do {
            String path = "api/concerns?page=" + page;
            pages.add(path);
            list = json(http.get(path));
            list.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> references.add(i.getString("reference")));
            page++;
        } while (list.getJsonArray("items").size() == list.getInt("pageSize"));
        assertTrue(references.contains(publicRef));
        for (String ref : references) {
            pages.add("api/concerns/" + ref);
            pages.add("concerns/view.xhtml?ref=" + ref + "&lang=en");
            pages.add("concerns/view.xhtml?ref=" + ref + "&lang=cy");
        }
        for (String ward : List.of(CATHAYS, "W05000879", "W05000854")) {
            pages.add("api/concerns?ward=" + ward);
        }
        assertTrue(references.contains(redactedRef) && !references.contains(heldRef) && !references.contains(hiddenRef));
        for (String ref : List.of(heldRef, hiddenRef)) {
            pages.add("api/concerns/" + ref);
            pages.add("concerns/view.xhtml?ref=" + ref + "&lang=en");
            pages.add("concerns/view.xhtml?ref=" + ref + "&lang=cy");
            pages.add("open311/v2/requests/" + ref + ".json");
            pages.add("open311/v2/requests/" + ref + ".xml");
            pages.add("photos/" + ref);
        }
        pages.add("api/concerns/" + sensitiveRef);
        pages.add("concerns/view.xhtml?ref=" + sensitiveRef);
        pages.add("api/areas?lat=" + sensitiveLat + "&lon=" + sensitiveLon);
        for (String format : List.of("json", "xml")) {
            pages.add("open311/v2/requests." + format);
            pages.add("open311/v2/requests." + format + "?service_request_id=" + publicRef + "," + sensitiveRef);
            pages.add("open311/v2/requests/" + publicRef + "." + format);
            pages.add("open311/v2/requests/" + sensitiveRef + "." + format);
            pages.add("open311/v2/services." + format);
        }

        List<String> leaks = new ArrayList<>();
        Http reader = new Http(base.toString());
        for (String p : pages) {
            String body = reader.get(p).body();
            for (String secret : secrets) {
                if (body.contains(secret)) {
                    leaks.add(p + " shows " + secret);
                }
            }
        }
        HttpResponse<byte[]> photo = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(reader.url("photos/" + publicRef))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, photo.statusCode());
        String bytes = new String(photo.body(), StandardCharsets.ISO_8859_1);
        if (bytes.contains(exifMarker) || bytes.contains("Exif")) {
            leaks.add("the photo keeps its metadata");
        }
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(reader.url("photos/" + sensitiveRef))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertTrue(pages.size() > 40, "the crawl covered " + pages.size() + " outputs");
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }
}
