package cymru.llais.moderation.boundary;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.Mailbox;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ward councillors moderate their own wards through the running portal: the administrator creates them
 * with their wards; the free-text check and pre-moderation hold concerns off every public output until a
 * councillor approves; residents flag once each; councillors approve, hide, edit personal data out,
 * merge, write public notes in both languages and escalate; and no councillor reaches another ward's items.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class ModerationIT {

    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String DEMO_PASSWORD = "Llais-demo-2026!";
    private static final String PASSWORD = "Prawf-cymedroli-2026!";
    /** Councillor X: Cathays and Lisvane (Lisvane is used by no other test, so it can be pre-moderated here). */
    private static final String COUNCILLOR_X = "cynghorydd.cathays@llais.test";
    /** Councillor Y: Splott. */
    private static final String COUNCILLOR_Y = "cynghorydd.splott@llais.test";
    private static final String CATHAYS = "W05000857";
    private static final String LISVANE = "W05000865";
    private static final String SPLOTT = "W05000879";
    private static final double[] CATHAYS_PIN = {51.4905, -3.1745};
    private static final double[] SPLOTT_PIN = {51.4830, -3.1560};

    private static boolean councillorsCreated;

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

    private String report(String category, double[] pin, String ward, String language, String text, String email) throws Exception {
        JsonObjectBuilder body = Json.createObjectBuilder().add("category", category).add("description", text).add("language", language);
        if (pin != null) {
            body.add("lat", pin[0]).add("lon", pin[1]);
        }
        if (ward != null) {
            body.add("ward", ward);
        }
        if (email != null) {
            body.add("email", email);
        }
        HttpResponse<String> r = http().postJson("api/concerns", body.build().toString());
        assertEquals(201, r.statusCode(), r.body());
        return json(r).getString("reference");
    }

    private static double[] near(double[] pin, double northMetres) {
        return new double[] {pin[0] + northMetres / 111_000.0, pin[1]};
    }

    private Http signedIn(String email, String password, String landing) throws Exception {
        Http h = http();
        HttpResponse<String> r = Faces.submit(h, "signin.xhtml", "signin", "signin-button", "email", email, "password", password);
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").contains(landing), r.headers().toString());
        return h;
    }

    private Http admin() throws Exception {
        return signedIn(ADMIN, DEMO_PASSWORD, "/staff/inbox.xhtml");
    }

    private Http councillor(String email) throws Exception {
        ensureCouncillors();
        return signedIn(email, PASSWORD, "/councillor/queue.xhtml");
    }

    /** The administrator creates both test councillors through the staff page, once per run. */
    private synchronized void ensureCouncillors() throws Exception {
        if (councillorsCreated) {
            return;
        }
        Http admin = admin();
        String page = "admin/staff.xhtml?lang=en";
        String html = admin.get(page).body();
        assertTrue(html.contains("<optgroup label=\"Cardiff\""), "the ward picker is grouped by authority");
        Matcher council = Pattern.compile("<option value=\"(\\d+)\">Cardiff Council</option>").matcher(html);
        assertTrue(council.find(), "the council can be chosen");
        HttpResponse<String> x = Faces.submitOn(admin, page, html, "createForm", "createStaff",
                "staffName", "Cerys Cathays", "staffEmail", COUNCILLOR_X, "staffPassword", PASSWORD, "staffRole", "COUNCILLOR",
                "staffWards", CATHAYS, "staffWards", LISVANE, "staffPartner", council.group(1), "staffLanguage", "en");
        assertTrue(x.body().contains("The account has been created."), x.body());
        HttpResponse<String> y = Faces.submit(admin, page, "createForm", "createStaff",
                "staffName", "Siôn Splott", "staffEmail", COUNCILLOR_Y, "staffPassword", PASSWORD, "staffRole", "COUNCILLOR",
                "staffWards", SPLOTT, "staffPartner", council.group(1), "staffLanguage", "cy");
        assertTrue(y.body().contains("The account has been created."), y.body());

        HttpResponse<String> noWard = Faces.submit(admin, page, "createForm", "createStaff",
                "staffName", "Heb Ward", "staffEmail", "heb.ward@llais.test", "staffPassword", PASSWORD, "staffRole", "COUNCILLOR",
                "staffPartner", council.group(1), "staffLanguage", "en");
        assertEquals(200, noWard.statusCode());
        assertFalse(noWard.body().contains("The account has been created."), "a councillor needs a ward");

        String list = admin.get(page).body();
        assertTrue(list.contains("Cerys Cathays"), list);
        assertTrue(Pattern.compile("Cathays, Lisvane|Lisvane, Cathays").matcher(list).find(), "the staff list shows the wards");
        councillorsCreated = true;
    }

    private static String itemId(String html, String reference) {
        Matcher m = Pattern.compile("item\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(reference) + "<").matcher(html);
        assertTrue(m.find(), "the queue lists " + reference);
        return m.group(1);
    }

    private static String item(String id) {
        return "councillor/item.xhtml?id=" + id + "&lang=en";
    }

    /** Every public output a stranger can read: the concern's page and API, the ward's lists, Open311, the home page. */
    private void assertNotPublic(String reference, String ward, String text) throws Exception {
        Http stranger = http();
        assertEquals(404, stranger.get("api/concerns/" + reference).statusCode(), "api " + reference);
        assertEquals(404, stranger.get("concerns/view.xhtml?ref=" + reference).statusCode(), "page " + reference);
        assertNotEquals(200, stranger.get("open311/v2/requests/" + reference + ".json").statusCode(), "open311 " + reference);
        for (String list : List.of("api/concerns?ward=" + ward, "concerns/index.xhtml?ward=" + ward, "open311/v2/requests.json",
                "open311/v2/requests.xml", "index.xhtml", "api/concerns")) {
            HttpResponse<String> r = stranger.get(list);
            assertEquals(200, r.statusCode(), list);
            assertFalse(r.body().contains(reference), list + " lists " + reference);
            assertFalse(r.body().contains(text), list + " shows the held text");
        }
    }

    @Test
    void theAdministratorCreatesCouncillorsWithTheirWardsWhoLandOnTheirQueue() throws Exception {
        String queue = councillor(COUNCILLOR_X).get("councillor/queue.xhtml?lang=en").body();
        assertTrue(queue.contains("Awaiting moderation"), queue);
        assertTrue(queue.contains("value=\"" + CATHAYS + "\"") && queue.contains("value=\"" + LISVANE + "\""), "their own wards");
        assertFalse(queue.contains("value=\"" + SPLOTT + "\""), "no other ward");
        assertEquals(403, councillor(COUNCILLOR_X).get("staff/inbox.xhtml").statusCode(), "a councillor is not partner staff");
        assertEquals(403, councillor(COUNCILLOR_X).get("admin/staff.xhtml").statusCode());
    }

    @Test
    void aPhoneNumberAnEmailAddressOrAListedWordHoldsAConcernOffEveryPublicOutputUntilApproved() throws Exception {
        String phoneText = "Someone keeps leaving bags of rubbish by the bins, ring 07700 900456 about it.";
        String emailText = "Broken glass all over the lane again, write to neighbour.moderation@example.com for photos.";
        String wordText = "Mae rhyw dwpsyn yn taflu sbwriel dros y wal i’r ardd gymunedol bob nos Sadwrn.";
        String phone = report("fly-tipping", near(CATHAYS_PIN, 400), null, "en", phoneText, null);
        String email = report("vandalism-graffiti", near(CATHAYS_PIN, -400), null, "en", emailText, null);
        String word = report("anti-social-behaviour", near(CATHAYS_PIN, -100), null, "cy", wordText, null);
        String clean = report("speeding", near(CATHAYS_PIN, -600), null, "en", "Vans speeding past the primary school gates at drop-off time.", null);
        assertEquals(200, http().get("api/concerns/" + clean).statusCode(), "clean text is published at once");
        assertNotPublic(phone, CATHAYS, "07700 900456");
        assertNotPublic(email, CATHAYS, "neighbour.moderation@example.com");
        assertNotPublic(word, CATHAYS, "dwpsyn");

        Http x = councillor(COUNCILLOR_X);
        String awaiting = x.get("councillor/queue.xhtml?tab=awaiting&lang=en").body();
        assertFalse(awaiting.contains(">" + clean + "<"), "a published concern does not wait");
        String wordItem = x.get(item(itemId(awaiting, word))).body();
        assertTrue(wordItem.contains("twpsyn"), "held for the listed word, found in its mutated form");
        assertTrue(x.get(item(itemId(awaiting, phone))).body().contains("a phone number"));
        assertTrue(x.get(item(itemId(awaiting, email))).body().contains("an e-mail address"));

        HttpResponse<String> approved = Faces.submit(x, item(itemId(awaiting, word)), "approveForm", "approve");
        assertTrue(approved.body().contains("The concern is approved."), approved.body());
        JsonObject published = json(http().get("api/concerns/" + word));
        assertEquals("published", published.getString("publication"));
        assertTrue(http().get("concerns/view.xhtml?ref=" + word).body().contains("dwpsyn"), "approved text is public");
        assertTrue(http().get("api/concerns?ward=" + CATHAYS).body().contains(word));
        assertTrue(x.get(item(itemId(awaiting, word))).body().contains("Approved by a councillor"), "the trail records it");
    }

    @Test
    void aHiddenConcernShowsItsPublicReasonButNotItsText() throws Exception {
        String text = "Shouting at night outside number 12, email me at reporter.hide@example.com if you need more.";
        String reference = report("anti-social-behaviour", near(CATHAYS_PIN, 300), null, "en", text, null);
        Http x = councillor(COUNCILLOR_X);
        String id = itemId(x.get("councillor/queue.xhtml?lang=en").body(), reference);

        HttpResponse<String> oneLanguage = Faces.submit(x, item(id), "hideForm", "hide", "hideEn", "Personal details.", "hideCy", " ");
        assertTrue(oneLanguage.body().contains("Write the public reason in both Welsh and English."), oneLanguage.body());

        HttpResponse<String> hidden = Faces.submit(x, item(id), "hideForm", "hide",
                "hideEn", "It named a private person.", "hideCy", "Roedd yn enwi unigolyn preifat.");
        assertTrue(hidden.body().contains("The concern is hidden."), hidden.body());

        String english = http().get("concerns/view.xhtml?ref=" + reference + "&lang=en").body();
        assertTrue(english.contains("A councillor has hidden this concern") && english.contains("It named a private person."), english);
        assertFalse(english.contains("reporter.hide@example.com") || english.contains("Shouting at night"), "the text is not shown");
        assertTrue(http().get("concerns/view.xhtml?ref=" + reference + "&lang=cy").body().contains("Roedd yn enwi unigolyn preifat."));
        HttpResponse<String> api = http().get("api/concerns/" + reference);
        assertEquals(200, api.statusCode());
        assertEquals("hidden", json(api).getString("publication"));
        assertEquals("It named a private person.", json(api).getJsonObject("hiddenReason").getString("en"));
        assertFalse(api.body().contains("reporter.hide"), api.body());
        for (String list : List.of("api/concerns?ward=" + CATHAYS, "concerns/index.xhtml?ward=" + CATHAYS, "open311/v2/requests.json",
                "open311/v2/requests.xml?service_request_id=" + reference)) {
            assertFalse(http().get(list).body().contains(reference), list);
        }
        assertEquals(404, http().get("open311/v2/requests/" + reference + ".json").statusCode(), "Open311 has no hidden concern");
    }

    @Test
    void editingPersonalDataOutKeepsTheOriginalForStaffOnlyAndIsAudited() throws Exception {
        String text = "Cars parked on the zigzags every morning; the driver of the red one lives at 4 Elm Street, phone 029 2087 0000.";
        String reference = report("speeding", near(CATHAYS_PIN, 200), null, "en", text, null);
        Http x = councillor(COUNCILLOR_X);
        String id = itemId(x.get("councillor/queue.xhtml?lang=en").body(), reference);
        String edited = "Cars parked on the zigzags every morning outside the school.";

        HttpResponse<String> tooShort = Faces.submit(x, item(id), "redactForm", "redact", "redactText", "Cars.", "redactPlace", "");
        assertTrue(tooShort.body().contains("The edited text must be between 10 and 4,000 characters."), tooShort.body());

        HttpResponse<String> r = Faces.submit(x, item(id), "redactForm", "redact", "redactText", edited, "redactPlace", "School Road");
        assertTrue(r.body().contains("The edited text is saved."), r.body());
        assertNotPublic(reference, CATHAYS, "Elm Street");
        Faces.submit(x, item(id), "approveForm", "approve");

        String page = http().get("concerns/view.xhtml?ref=" + reference + "&lang=en").body();
        assertTrue(page.contains(edited) && page.contains("School Road"), page);
        assertFalse(page.contains("Elm Street") || page.contains("029 2087 0000"), "the original is not public");
        String api = http().get("api/concerns/" + reference).body();
        assertTrue(api.contains(edited) && !api.contains("Elm Street"), api);

        String staffPage = x.get(item(id)).body();
        assertTrue(staffPage.contains("id=\"original-text\"") && staffPage.contains("4 Elm Street, phone 029 2087 0000"), "staff see the original");
        assertTrue(staffPage.contains("Personal data edited out"), "the edit is in the trail");
        assertTrue(staffPage.contains("Cerys Cathays"), "with who did it");
        String partnerStaff = admin().get("staff/concern.xhtml?id=" + id + "&lang=en").body();
        assertTrue(partnerStaff.contains("Personal data edited out"), "the audit trail is one for all staff");
        assertTrue(partnerStaff.contains("4 Elm Street, phone 029 2087 0000"), "partner staff see the original too");
    }

    @Test
    void aPreModeratedWardHoldsEveryNewConcern() throws Exception {
        Http x = councillor(COUNCILLOR_X);
        HttpResponse<String> pre = Faces.submit(x, "councillor/queue.xhtml?lang=en", "modeForm", "saveMode", "settingWard", LISVANE, "mode", "pre");
        assertTrue(pre.body().contains("New concerns in this ward will wait for a councillor"), pre.body());
        try {
            String text = "The footpath lights by the village hall have been off since the weekend.";
            String reference = report("street-lighting", null, LISVANE, "en", text, null);
            assertNotPublic(reference, LISVANE, text);
            String item = x.get(item(itemId(x.get("councillor/queue.xhtml?ward=" + LISVANE + "&lang=en").body(), reference))).body();
            assertTrue(item.contains("pre-moderation in this ward"), item);
        } finally {
            Faces.submit(x, "councillor/queue.xhtml?lang=en", "modeForm", "saveMode", "settingWard", LISVANE, "mode", "post");
        }
        String after = report("street-lighting", null, LISVANE, "en", "Another lamp out on the lane by the church, since Friday.", null);
        assertEquals(200, http().get("api/concerns/" + after).statusCode(), "post-moderated again");
    }

    @Test
    void aResidentFlagsAConcernWithAReasonOnceAndItShowsInTheQueue() throws Exception {
        String reference = report("vandalism-graffiti", near(CATHAYS_PIN, -250), null, "en", "Graffiti sprayed across the new bus shelter overnight.", null);
        Http resident = http();
        String page = "concerns/view.xhtml?ref=" + reference + "&lang=en";
        HttpResponse<String> noReason = Faces.submit(resident, page, "flagForm", "flag", "flagReason", "", "flagComment", "");
        assertTrue(noReason.body().contains("Choose what is wrong."), noReason.body());
        HttpResponse<String> flagged = Faces.submit(resident, page, "flagForm", "flag", "flagReason", "NOT_A_CONCERN",
                "flagComment", "It was cleaned this morning.");
        assertTrue(flagged.body().contains("Thank you. The ward councillor will look at it."), flagged.body());
        HttpResponse<String> again = Faces.submit(resident, page, "flagForm", "flag", "flagReason", "ABUSIVE", "flagComment", "");
        assertTrue(again.body().contains("You have already told the councillor about this concern."), again.body());

        Http x = councillor(COUNCILLOR_X);
        String queue = x.get("councillor/queue.xhtml?tab=flagged&lang=en").body();
        String item = x.get(item(itemId(queue, reference))).body();
        assertTrue(item.contains("It was cleaned this morning."), item);
        assertTrue(item.contains("Residents who have flagged it: 1"), item);
        try (Connection db = db(); PreparedStatement q = db.prepareStatement(
                "SELECT COUNT(*) FROM concern_flag f JOIN concern c ON c.id = f.concern_id WHERE c.reference = ?")) {
            q.setString(1, reference);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "one flag per person");
            }
        }
        Faces.submit(x, item(itemId(queue, reference)), "approveForm", "approve");
        assertFalse(x.get("councillor/queue.xhtml?tab=flagged&lang=en").body().contains(">" + reference + "<"),
                "keeping it resolves its flags");
    }

    @Test
    void suspectedDuplicatesShowInTheQueueAndMergingMovesTheReporterAndPointsToTheKeptConcern() throws Exception {
        double[] pin = near(CATHAYS_PIN, -800);
        String kept = report("drug-dealing", pin, null, "en", "Cars stop by the lock-up garages for a minute, then drive off.", null);
        String merged = report("drug-dealing", near(pin, 40), null, "en", "Dealing from a car at the garages behind the flats most evenings.",
                "second.reporter@example.com");
        String farAway = report("drug-dealing", near(pin, 400), null, "en", "A different place: dealing by the park gates in the afternoons.", null);

        Http x = councillor(COUNCILLOR_X);
        String duplicates = x.get("councillor/queue.xhtml?tab=duplicates&lang=en").body();
        String keptId = itemId(duplicates, kept);
        String mergedId = itemId(duplicates, merged);
        assertFalse(duplicates.contains(">" + farAway + "<"), "four hundred metres away is not a duplicate");
        String mergedItem = x.get(item(mergedId)).body();
        assertTrue(mergedItem.contains(">" + kept + "<"), "the item names its suspected duplicate");
        Http follower = Residents.verified(base.toString(), "follower-" + System.nanoTime() + "@example.org", "en");
        assertEquals(302, Faces.submit(follower, "concerns/view.xhtml?ref=" + merged, "follow", "follow-button",
                "followRef", merged).statusCode());

        HttpResponse<String> r = Faces.submitOn(x, item(mergedId), mergedItem, "mergeForm", "merge", "mergeInto", keptId);
        assertTrue(r.body().contains("The concern is merged."), r.body());

        String page = http().get("concerns/view.xhtml?ref=" + merged + "&lang=en").body();
        assertTrue(page.contains("id=\"merged-into\"") && page.contains("ref=" + kept), page);
        assertFalse(page.contains("Dealing from a car"), "the merged text is not shown");
        JsonObject api = json(http().get("api/concerns/" + merged));
        assertEquals(kept, api.getString("mergedInto"));
        assertFalse(http().get("api/concerns?ward=" + CATHAYS).body().contains(merged));
        assertEquals(404, http().get("open311/v2/requests/" + merged + ".json").statusCode(), "Open311 has no merged concern");
        try (Connection db = db(); PreparedStatement q = db.prepareStatement("SELECT r.reporter_email FROM concern_reporter r"
                + " JOIN concern c ON c.id = r.concern_id WHERE c.reference = ?")) {
            q.setString(1, kept);
            List<String> reporters = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    reporters.add(rs.getString(1));
                }
            }
            assertEquals(List.of("second.reporter@example.com"), reporters, "the reporter moves to the kept concern");
        }
        assertTrue(x.get(item(keptId)).body().contains("Merged"), "the kept concern's trail records it");
        String subscriptions = follower.get("account/subscriptions.xhtml?lang=en").body();
        assertTrue(subscriptions.contains(kept) && !subscriptions.contains(merged), "the follower moves to the kept concern");
        assertFalse(x.get("councillor/queue.xhtml?tab=duplicates&lang=en").body().contains(">" + merged + "<"));
    }

    @Test
    void aCouncillorNoteIsPublicInBothLanguagesAndAnEscalationReachesTheAdministrator() throws Exception {
        String reference = report("street-lighting", near(CATHAYS_PIN, 150), null, "en", "The lamp by the footbridge has been out for a month.", null);
        Http x = councillor(COUNCILLOR_X);
        String id = itemId(x.get("councillor/queue.xhtml?tab=recent&lang=en").body(), reference);

        HttpResponse<String> englishOnly = Faces.submit(x, item(id), "noteForm", "addNote", "noteEn", "I have asked the council.", "noteCy", "");
        assertTrue(englishOnly.body().contains("Write the note in both Welsh and English."), englishOnly.body());
        HttpResponse<String> note = Faces.submit(x, item(id), "noteForm", "addNote",
                "noteEn", "I have asked the council to mend it this week.", "noteCy", "Rydw i wedi gofyn i’r cyngor ei drwsio’r wythnos hon.");
        assertTrue(note.body().contains("The note is on the concern"), note.body());
        String english = http().get("concerns/view.xhtml?ref=" + reference + "&lang=en").body();
        assertTrue(english.contains("I have asked the council to mend it this week."), english);
        String welsh = http().get("concerns/view.xhtml?ref=" + reference + "&lang=cy").body();
        assertTrue(welsh.contains("Rydw i wedi gofyn i’r cyngor ei drwsio’r wythnos hon."), welsh);

        HttpResponse<String> escalated = Faces.submit(x, item(id), "escalateForm", "escalate",
                "escalation", "The council has not replied in a month; please take it up with the partnership.");
        assertTrue(escalated.body().contains("The concern is escalated to the partnership administrator."), escalated.body());
        String escalations = admin().get("admin/escalations.xhtml?lang=en").body();
        assertTrue(escalations.contains(reference) && escalations.contains("The council has not replied in a month"), escalations);
        assertTrue(escalations.contains("Cerys Cathays"), "who escalated");
        MimeMessage mail = Mailbox.firstMailTo(ADMIN, reference);
        assertTrue(mail.getSubject().contains(reference), mail.getSubject());
    }

    @Test
    void theAdministratorsWordListHoldsConcernsAndMatchesWelshMutations() throws Exception {
        Http admin = admin();
        HttpResponse<String> bad = Faces.submit(admin, "admin/words.xhtml?lang=en", "wordForm", "addWord", "word", "<b>", "wordLanguage", "cy");
        assertTrue(bad.body().contains("Use letters only"), bad.body());
        HttpResponse<String> added = Faces.submit(admin, "admin/words.xhtml?lang=en", "wordForm", "addWord", "word", "cnaf", "wordLanguage", "cy");
        assertTrue(added.body().contains("The word is added."), added.body());
        String text = "Mae rhyw gnaf wedi torri ffenest y siop ar y gornel eto neithiwr.";
        String reference = report("vandalism-graffiti", near(CATHAYS_PIN, -150), null, "cy", text, null);
        assertNotPublic(reference, CATHAYS, "gnaf");
        String queue = councillor(COUNCILLOR_X).get("councillor/queue.xhtml?lang=en").body();
        assertTrue(councillor(COUNCILLOR_X).get(item(itemId(queue, reference))).body().contains("cnaf"));
    }

    @Test
    void aCouncillorOfOneWardCannotSeeOrActOnAnotherWardsItemsThroughAnyPageOrApi() throws Exception {
        String splottText = "Dealing outside the chip shop on the corner, the man is called Dai, phone 07700 900789.";
        String splott = report("drug-dealing", SPLOTT_PIN, null, "en", splottText, null);
        String cathays = report("drug-dealing", near(CATHAYS_PIN, -350), null, "en", "Call 07700 900321: the same van parks here to deal every night.", null);

        Http y = councillor(COUNCILLOR_Y);
        String yQueue = y.get("councillor/queue.xhtml?lang=en").body();
        String splottId = itemId(yQueue, splott);
        assertFalse(yQueue.contains(">" + cathays + "<"), "Y sees only Splott");
        assertEquals(200, y.get(item(splottId)).statusCode());

        Http x = councillor(COUNCILLOR_X);
        String cathaysId = itemId(x.get("councillor/queue.xhtml?lang=en").body(), cathays);
        for (String tab : List.of("awaiting", "flagged", "duplicates", "recent")) {
            for (String ward : List.of("", "&ward=" + SPLOTT)) {
                String q = x.get("councillor/queue.xhtml?tab=" + tab + ward + "&lang=en").body();
                assertFalse(q.contains(splott) || q.contains("chip shop"), tab + ward);
            }
        }
        for (String path : List.of(item(splottId), "councillor/item.xhtml?id=" + splottId + "abc", "councillor/item.xhtml?id=99999999",
                "councillor/item.xhtml?id=" + splott, "concerns/view.xhtml?ref=" + splott, "api/concerns/" + splott,
                "photos/" + splott, "open311/v2/requests/" + splott + ".json")) {
            HttpResponse<String> r = x.get(path);
            assertTrue(r.statusCode() == 404, path + " gave " + r.statusCode());
            assertFalse(r.body().contains("chip shop"), path);
        }
        for (String path : List.of("staff/concern.xhtml?id=" + splottId, "staff/inbox.xhtml", "admin/escalations.xhtml",
                "admin/words.xhtml", "admin/staff.xhtml")) {
            HttpResponse<String> r = x.get(path);
            assertEquals(403, r.statusCode(), path);
            assertFalse(r.body().contains("chip shop"), path);
        }

        // forms of X's own item, posted with Splott's id in the address, in a field, or as the merge target
        String own = x.get(item(cathaysId)).body();
        HttpResponse<String> approve = Faces.submitOn(x, "councillor/item.xhtml?id=" + splottId + "&lang=en", own, "approveForm", "approve");
        assertFalse(approve.body().contains("chip shop"), approve.body());
        HttpResponse<String> hide = Faces.submitOn(x, item(cathaysId), x.get(item(cathaysId)).body(), "hideForm", "hide",
                "id", splottId, "hideEn", "Hidden by X.", "hideCy", "Wedi’i guddio gan X.");
        assertFalse(hide.body().contains("chip shop"));
        HttpResponse<String> merge = Faces.submitOn(x, item(cathaysId), x.get(item(cathaysId)).body(), "mergeForm", "merge", "mergeInto", splottId);
        assertTrue(merge.body().contains("Choose one of the options in the list.")
                || merge.body().contains("Choose another concern of the same ward to keep."), merge.body());
        HttpResponse<String> mode = Faces.submit(x, "councillor/queue.xhtml?lang=en", "modeForm", "saveMode", "settingWard", SPLOTT, "mode", "pre");
        assertTrue(mode.body().contains("Choose one of the options in the list.") || mode.body().contains("Choose one of your own wards."), mode.body());
        HttpResponse<String> note = Faces.submitOn(x, "councillor/item.xhtml?id=" + splottId, x.get(item(cathaysId)).body(), "noteForm", "addNote",
                "noteEn", "X was here.", "noteCy", "Roedd X yma.");
        assertFalse(note.body().contains("chip shop"));

        String splottItem = y.get(item(splottId)).body();
        assertTrue(splottItem.contains("Awaiting moderation"), "still held: nothing X posted reached it");
        assertFalse(splottItem.contains("X was here.") || splottItem.contains("Hidden by X."), splottItem);
        assertEquals(404, http().get("api/concerns/" + splott).statusCode());
        String later = report("speeding", near(SPLOTT_PIN, -30), null, "en", "Cars racing down the road by the park late at night.", null);
        assertEquals(200, http().get("api/concerns/" + later).statusCode(), "Splott is still post-moderated");
        assertTrue(admin().get(item(splottId)).statusCode() == 200, "the administrator moderates every ward");
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(TestServers.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

}
