package cymru.llais.stories.boundary;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stories through the pages: the administrator makes a collection and its signifiers (a resident may not); a
 * resident tells and signifies a story in Welsh, which waits for a councillor of the ward, who publishes it on
 * "what we heard" without anything about its teller; a wrong triad sum, no consent, a slider out of range, an
 * unknown answer and a closed collection are refused with a message and nothing stored.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class StoriesIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String COUNCILLOR = "cynghorydd@llais.example";
    private static final String CATHAYS = "W05000857";
    private static final String SPLOTT = "W05000879";
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http client() {
        return new Http(base.toString()).always("X-Forwarded-For", "198.51.100." + (RANDOM.nextInt(250) + 1) + "-" + System.nanoTime());
    }

    private Http staff(String email) throws Exception {
        Http http = client();
        HttpResponse<String> r = Faces.submit(http, "signin.xhtml", "signin", "signin-button", "email", email, "password", PASSWORD);
        assertEquals(302, r.statusCode(), r.body());
        return http;
    }

    private static String word() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static String[] collectionFields(String ward, String prompt, int opensInDays, int closesInDays) {
        return new String[] {"area", "WARD:" + ward, "promptEn", prompt + " tell us about feeling safe",
                "promptCy", prompt + " dywedwch wrthym am deimlo’n ddiogel", "consentEn", "I agree to publication without my name",
                "consentCy", "Rwy’n cytuno i’w chyhoeddi heb fy enw", "opensOn", today().plusDays(opensInDays).toString(),
                "closesOn", today().plusDays(closesInDays).toString()};
    }

    /** A collection with a triad, a dyad and a context question; its id. */
    private static String collection(Http admin, String ward, String prompt) throws Exception {
        HttpResponse<String> r = Faces.submit(admin, "admin/collections.xhtml", "collection", "saveCollection",
                collectionFields(ward, prompt, -1, 10));
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("collection\\.xhtml\\?.*id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), r.headers().toString());
        String id = m.group(1);
        String page = "admin/collection.xhtml?id=" + id;
        assertEquals(302, Faces.submit(admin, page, "signifier", "addSignifier", "sig-kind", "TRIAD",
                "sig-questionEn", "What mattered", "sig-questionCy", "Beth oedd yn bwysig", "sig-aEn", "Place", "sig-aCy", "Lle",
                "sig-bEn", "People", "sig-bCy", "Pobl", "sig-cEn", "Me", "sig-cCy", "Fi", "sig-optionsEn", "", "sig-optionsCy", "").statusCode());
        assertEquals(302, Faces.submit(admin, page, "signifier", "addSignifier", "sig-kind", "DYAD",
                "sig-questionEn", "How did it end", "sig-questionCy", "Sut daeth i ben", "sig-aEn", "Less safe", "sig-aCy", "Llai diogel",
                "sig-bEn", "Safer", "sig-bCy", "Mwy diogel", "sig-cEn", "", "sig-cCy", "", "sig-optionsEn", "", "sig-optionsCy", "").statusCode());
        assertEquals(302, Faces.submit(admin, page, "signifier", "addSignifier", "sig-kind", "CONTEXT",
                "sig-questionEn", "Your age", "sig-questionCy", "Eich oed", "sig-aEn", "", "sig-aCy", "", "sig-bEn", "", "sig-bCy", "",
                "sig-cEn", "", "sig-cCy", "", "sig-optionsEn", "Under 25\n25 or over", "sig-optionsCy", "Dan 25\n25 neu hŷn").statusCode());
        return id;
    }

    private static Connection db() throws Exception {
        EmbeddedMariaDb db = TestServers.database();
        return DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static long count(String sql, Object... args) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String single(String sql, Object... args) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static long stories(String collection) throws Exception {
        return count("SELECT COUNT(*) FROM story WHERE collection_id = ?", Long.valueOf(collection));
    }

    /** The first option of the collection's first context question, read from the page as a browser would. */
    private static String firstOption(String html) {
        Matcher m = Pattern.compile("id=\"context-1-(\\d+)\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    private static HttpResponse<String> tell(Http teller, String collection, String language, String... overrides) throws Exception {
        String page = "stories/tell.xhtml?collection=" + collection + "&lang=" + language;
        String html = teller.get(page).body();
        List<String> fields = new ArrayList<>(List.of("story-title", "Title", "story-text", "Text", "story-lang", language,
                "consent", "yes", "triad-1-a", "20", "triad-1-b", "30", "triad-1-c", "50", "dyad-1", "70",
                "context-1", firstOption(html)));
        for (int i = 0; i < overrides.length; i += 2) {
            int at = fields.indexOf(overrides[i]);
            if (overrides[i + 1] == null) {
                fields.remove(at + 1);
                fields.remove(at);
            } else {
                fields.set(at + 1, overrides[i + 1]);
            }
        }
        return Faces.submitOn(teller, page, html, "tell-form", "tell", fields.toArray(String[]::new));
    }

    @Test
    void theAdministratorMakesACollectionAndAResidentMayNot() throws Exception {
        Http admin = staff(ADMIN);
        String prompt = word();
        String id = collection(admin, CATHAYS, prompt);
        String page = admin.get("admin/collection.xhtml?id=" + id).body();
        assertTrue(page.contains("What mattered") && page.contains("Beth oedd yn bwysig") && page.contains("Dan 25"), page);
        assertEquals(3, count("SELECT COUNT(*) FROM story_signifier WHERE collection_id = ?", Long.valueOf(id)));

        long before = count("SELECT COUNT(*) FROM story_collection");
        String[] noWelsh = collectionFields(CATHAYS, word(), 0, 5);
        noWelsh[5] = " ";
        HttpResponse<String> refused = Faces.submit(admin, "admin/collections.xhtml?lang=en", "collection", "saveCollection", noWelsh);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Write the prompt in Welsh."), refused.body());
        assertEquals(before, count("SELECT COUNT(*) FROM story_collection"));

        Http resident = Residents.verified(base.toString(), word() + "@example.org", "cy");
        assertEquals(403, resident.get("admin/collections.xhtml").statusCode());
        assertEquals(403, resident.get("admin/collection.xhtml?id=" + id).statusCode());
    }

    @Test
    void aWelshStoryWaitsForTheWardsCouncillorAndIsThenPublishedWithoutItsTeller() throws Exception {
        Http admin = staff(ADMIN);
        String id = collection(admin, CATHAYS, word());
        String email = word() + "@example.org";
        Http resident = Residents.verified(base.toString(), email, "cy");
        String title = word();
        String text = "Roedd y lôn yn dywyll ond daeth fy nghymdogion " + word();
        HttpResponse<String> told = tell(resident, id, "cy", "story-title", title, "story-text", text);
        assertEquals(302, told.statusCode(), told.body());
        assertTrue(told.headers().firstValue("Location").orElse("").contains("/stories/thanks.xhtml"));

        String storyId = single("SELECT id FROM story WHERE title = ?", title);
        assertNotNull(storyId);
        assertEquals("AWAITING_MODERATION", single("SELECT status FROM story WHERE id = ?", Long.valueOf(storyId)));
        assertEquals("cy", single("SELECT lang FROM story WHERE id = ?", Long.valueOf(storyId)));
        assertNotNull(single("SELECT account_id FROM story WHERE id = ?", Long.valueOf(storyId)));
        assertEquals("2000,3000,5000", single("SELECT CONCAT(share_a, ',', share_b, ',', share_c) FROM story_value v "
                + "JOIN story_signifier s ON s.id = v.signifier_id WHERE v.story_id = ? AND s.kind = 'TRIAD'", Long.valueOf(storyId)));
        assertEquals("70", single("SELECT v.dyad FROM story_value v JOIN story_signifier s ON s.id = v.signifier_id "
                + "WHERE v.story_id = ? AND s.kind = 'DYAD'", Long.valueOf(storyId)));
        assertEquals(3, count("SELECT COUNT(*) FROM story_value WHERE story_id = ?", Long.valueOf(storyId)));
        assertTrue(resident.get("account/my-data.json").body().contains(title), "the teller's data download lists the story");

        Http visitor = client();
        assertFalse(visitor.get("stories/collection.xhtml?id=" + id).body().contains(title));

        Http councillor = staff(COUNCILLOR);
        assertTrue(councillor.get("councillor/stories.xhtml").body().contains(title));
        HttpResponse<String> published = Faces.submit(councillor, "councillor/story.xhtml?id=" + storyId, "moderate-story", "publish",
                "hide-reason", "");
        assertEquals(302, published.statusCode(), published.body());
        assertEquals("PUBLISHED", single("SELECT status FROM story WHERE id = ?", Long.valueOf(storyId)));

        String heard = visitor.get("stories/collection.xhtml?id=" + id + "&lang=en").body();
        Matcher article = Pattern.compile("<article id=\"story-" + storyId + "\" lang=\"cy\">(.*?)</article>", Pattern.DOTALL).matcher(heard);
        assertTrue(article.find(), heard);
        assertTrue(article.group(1).contains(title) && article.group(1).contains(text), article.group(1));
        assertFalse(heard.contains(email), heard);
        assertFalse(heard.contains(email.substring(0, email.indexOf('@'))), heard);
        assertFalse(councillor.get("councillor/stories.xhtml").body().contains(title));
    }

    @Test
    void aCouncillorOfAnotherWardNeitherSeesNorPublishesAStoryAndHidingNeedsAReason() throws Exception {
        Http admin = staff(ADMIN);
        String id = collection(admin, SPLOTT, word());
        String title = word();
        assertEquals(302, tell(client(), id, "en", "story-title", title).statusCode());
        String storyId = single("SELECT id FROM story WHERE title = ?", title);
        assertNull(single("SELECT account_id FROM story WHERE id = ?", Long.valueOf(storyId)));

        Http councillor = staff(COUNCILLOR);
        assertFalse(councillor.get("councillor/stories.xhtml").body().contains(title));
        assertFalse(councillor.get("councillor/story.xhtml?id=" + storyId).body().contains(title));

        String page = "councillor/story.xhtml?id=" + storyId + "&lang=en";
        HttpResponse<String> noReason = Faces.submit(admin, page, "moderate-story", "hide", "hide-reason", " ");
        assertEquals(200, noReason.statusCode());
        assertTrue(noReason.body().contains("Give a reason for hiding the story"), noReason.body());
        assertEquals("AWAITING_MODERATION", single("SELECT status FROM story WHERE id = ?", Long.valueOf(storyId)));
        assertEquals(302, Faces.submit(admin, page, "moderate-story", "hide", "hide-reason", "It names a neighbour").statusCode());
        assertEquals("HIDDEN", single("SELECT status FROM story WHERE id = ?", Long.valueOf(storyId)));
        assertFalse(client().get("stories/collection.xhtml?id=" + id).body().contains(title));
    }

    @Test
    void badSignificationIsRefusedWithAMessageAndNothingStored() throws Exception {
        Http admin = staff(ADMIN);
        String id = collection(admin, CATHAYS, word());
        Http teller = client();

        HttpResponse<String> sum = tell(teller, id, "en", "triad-1-c", "49");
        assertEquals(200, sum.statusCode());
        assertTrue(sum.body().contains("add up to exactly 100"), sum.body());
        assertTrue(sum.body().contains("value=\"49\""), "what was typed is shown again");

        HttpResponse<String> swm = tell(teller, id, "cy", "triad-1-a", "90");
        assertTrue(swm.body().contains("adio i 100 yn union"), swm.body());

        HttpResponse<String> consent = tell(teller, id, "en", "consent", null);
        assertEquals(200, consent.statusCode());
        assertTrue(consent.body().contains("Tick the box to agree to the statement"), consent.body());

        HttpResponse<String> dyad = tell(teller, id, "en", "dyad-1", "150");
        assertTrue(dyad.body().contains("whole number from 0 to 100"), dyad.body());

        HttpResponse<String> negative = tell(teller, id, "en", "triad-1-a", "-10", "triad-1-b", "60", "triad-1-c", "50");
        assertTrue(negative.body().contains("add up to exactly 100"), negative.body());

        HttpResponse<String> option = tell(teller, id, "en", "context-1", "999999999");
        assertTrue(option.body().contains("Choose one of the answers offered"), option.body());

        HttpResponse<String> untitled = tell(teller, id, "cy", "story-title", " ");
        assertTrue(untitled.body().contains("Rhowch deitl"), untitled.body());

        assertEquals(0, stories(id));
    }

    @Test
    void aClosedCollectionRefusesStories() throws Exception {
        Http admin = staff(ADMIN);
        String prompt = word();
        String id = collection(admin, CATHAYS, prompt);
        Http teller = client();
        String page = "stories/tell.xhtml?collection=" + id + "&lang=en";
        String html = teller.get(page).body();
        String option = firstOption(html);

        assertEquals(302, Faces.submit(admin, "admin/collection.xhtml?id=" + id, "collection", "saveCollection",
                collectionFields(CATHAYS, prompt, -10, -1)).statusCode());
        HttpResponse<String> r = Faces.submitOn(teller, page, html, "tell-form", "tell", "story-title", "Late", "story-text", "Too late",
                "story-lang", "en", "consent", "yes", "triad-1-a", "20", "triad-1-b", "30", "triad-1-c", "50", "dyad-1", "50", "context-1", option);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("not open for stories today"), r.body());
        assertEquals(0, stories(id));
        assertTrue(teller.get(page).body().contains("id=\"closed\""));
        assertFalse(client().get("stories/index.xhtml").body().contains(prompt));
    }

    @Test
    void theDemoCollectionShowsItsPublishedStoriesInTheirLanguages() throws Exception {
        String index = client().get("stories/index.xhtml?lang=en").body();
        Matcher m = Pattern.compile("stories/collection\\.xhtml\\?id=(\\d+)").matcher(index);
        assertTrue(m.find(), index);
        String demo = single("SELECT id FROM story_collection WHERE prompt_en LIKE 'Tell us about a time you felt safe%'");
        assertNotNull(demo);
        String heard = client().get("stories/collection.xhtml?id=" + demo + "&lang=cy").body();
        assertTrue(heard.contains("lang=\"cy\"") && heard.contains("lang=\"en\""), heard);
        assertTrue(count("SELECT COUNT(*) FROM story WHERE collection_id = ? AND status = 'PUBLISHED'", Long.valueOf(demo)) >= 30);
    }

    @Test
    void staffSeeTheDemoPatternsWithTablesAndExportThemWithoutPersonalData() throws Exception {
        String demo = single("SELECT id FROM story_collection WHERE prompt_en LIKE 'Tell us about a time you felt safe%'");
        String age = single("SELECT id FROM story_signifier WHERE collection_id = ? AND question_en = 'Your age'", Long.valueOf(demo));
        Http staff = staff("cyngor@llais.example");
        String page = staff.get("staff/stories.xhtml?collection=" + demo + "&colour=" + age + "&lang=en").body();
        Matcher dots = Pattern.compile("<circle class=\"dot group-[1-4]\" cx=").matcher(page);
        int n = 0;
        while (dots.find()) {
            n++;
        }
        assertTrue(n >= 60, "two triads, a dot for each of thirty stories, coloured by age: " + n);
        assertTrue(page.contains("staff/story.xhtml?id="), "a dot opens its story for staff: " + page);
        assertTrue(page.contains("id=\"legend\"") && page.contains("65 or over"), page);
        assertTrue(page.contains("class=\"bar\""), page);
        assertTrue(page.contains("The data as a table"), page);

        HttpResponse<String> csv = staff.get("staff/stories.csv?collection=" + demo);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).contains("\"In this story, what mattered most?: The place itself\""), lines.get(0));
        assertTrue(lines.size() >= 31, csv.body());
        assertFalse(csv.body().contains("@"), "no e-mail addresses");
        assertTrue(csv.body().contains("\"cy\""), "Welsh stories are exported with their language");

        Http resident = Residents.verified(base.toString(), word() + "@example.org", "en");
        assertEquals(403, resident.get("staff/stories.csv?collection=" + demo).statusCode());
        assertEquals(403, resident.get("staff/stories.xhtml?collection=" + demo).statusCode());
    }

    @Test
    void erasingAnAccountRemovesItsStoriesWithTheirSignification() throws Exception {
        Http admin = staff(ADMIN);
        String id = collection(admin, CATHAYS, word());
        String email = word() + "@example.org";
        Http resident = Residents.verified(base.toString(), email, "en");
        String title = word();
        assertEquals(302, tell(resident, id, "en", "story-title", title).statusCode());
        String storyId = single("SELECT id FROM story WHERE title = ?", title);
        assertEquals(3, count("SELECT COUNT(*) FROM story_value WHERE story_id = ?", Long.valueOf(storyId)));

        HttpResponse<String> erased = Faces.submit(resident, "account/data.xhtml?lang=en", "erase", "erase-button",
                "erase:mode", "mode:REMOVE", "password", Residents.PASSWORD);
        assertEquals(302, erased.statusCode(), erased.body());
        assertEquals(0, count("SELECT COUNT(*) FROM story WHERE title = ?", title));
        assertEquals(0, count("SELECT COUNT(*) FROM story_value WHERE story_id = ?", Long.valueOf(storyId)));
    }

    // ---- filters, two groups, links

    private static final String COUNCIL = "cyngor@llais.example";
    private static final String POLICE = "heddlu@llais.example";
    private static final ZoneId WALES = ZoneId.of("Europe/London");

    private static String demo() throws Exception {
        return single("SELECT id FROM story_collection WHERE prompt_en LIKE 'Tell us about a time you felt safe%'");
    }

    private static String demoOption(String demo, String question, String label) throws Exception {
        return single("SELECT o.id FROM story_option o JOIN story_signifier s ON s.id = o.signifier_id WHERE s.collection_id = ? "
                + "AND s.question_en = ? AND o.label_en = ?", Long.valueOf(demo), question, label);
    }

    private static long chose(String option) throws Exception {
        return count("SELECT COUNT(*) FROM story_value v JOIN story s ON s.id = v.story_id WHERE s.status = 'PUBLISHED' AND v.option_id = ?",
                Long.valueOf(option));
    }

    private static String counted(long n) {
        return n == 0 ? "No published stories match." : n == 1 ? "One published story" : n + " published stories";
    }

    private static int occurrences(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The demo's published stories told from one day to another (days in Wales), counted as the page should. */
    private static long toldBetween(String demo, LocalDate from, LocalDate to) throws Exception {
        long n = 0;
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "SELECT created_at FROM story WHERE collection_id = ? AND status = 'PUBLISHED'")) {
            s.setLong(1, Long.valueOf(demo));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate day = r.getObject(1, java.time.LocalDateTime.class).atZone(java.time.ZoneOffset.UTC)
                            .withZoneSameInstant(WALES).toLocalDate();
                    if (!day.isBefore(from) && !day.isAfter(to)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void staffNarrowThePatternsByAnswerWardAndPeriodAndTheExportFollows() throws Exception {
        String demo = demo();
        String under25 = demoOption(demo, "Your age", "Under 25");
        long young = chose(under25);
        assertTrue(young > 0 && young < 30, "the demo has some under-25s: " + young);
        Http staff = staff(COUNCIL);

        String narrowed = staff.get("staff/stories.xhtml?collection=" + demo + "&answer=" + under25 + "&lang=en").body();
        assertTrue(narrowed.contains(counted(young)), narrowed);
        assertEquals(2 * young, occurrences(narrowed, "<circle class=\"dot group-\\d+\" cx="), "a dot on each of two triads for each under-25: " + narrowed);
        assertTrue(narrowed.contains("staff/stories.csv?collection=" + demo + "&amp;answer=" + under25), "the export link keeps the filter");
        assertTrue(narrowed.contains("value=\"" + under25 + "\" selected=\"selected\""), "the filter shows what was chosen");
        HttpResponse<String> csv = staff.get("staff/stories.csv?collection=" + demo + "&answer=" + under25);
        assertEquals(young + 1, csv.body().lines().count(), csv.body());

        long all = count("SELECT COUNT(*) FROM story WHERE collection_id = ? AND status = 'PUBLISHED'", Long.valueOf(demo));
        String ward = staff.get("staff/stories.xhtml?collection=" + demo + "&ward=" + CATHAYS + "&lang=en").body();
        assertTrue(ward.contains(counted(all)), "every demo story is about Cathays: " + ward);
        assertEquals(2 * all, occurrences(ward, "<circle class=\"dot group-0\" cx="), "uncoloured, every story is drawn on both triads");
        String otherWard = staff.get("staff/stories.xhtml?collection=" + demo + "&ward=" + SPLOTT + "&lang=en").body();
        assertTrue(otherWard.contains("Choose one of the wards listed. The ward filter was not used."), otherWard);
        assertTrue(otherWard.contains(counted(all)), "the bad ward is not used");

        LocalDate from = today().minusDays(3);
        LocalDate to = today().minusDays(1);
        long between = toldBetween(demo, from, to);
        assertTrue(between > 0 && between < all, "the demo's stories are spread over days: " + between);
        String period = staff.get("staff/stories.xhtml?collection=" + demo + "&from=" + from + "&to=" + to + "&lang=en").body();
        assertTrue(period.contains(counted(between)), period);
        assertTrue(period.contains("&amp;from=" + from + "&amp;to=" + to), "the export link keeps the period");
        assertEquals(between + 1, staff.get("staff/stories.csv?collection=" + demo + "&from=" + from + "&to=" + to).body().lines().count());

        String none = staff.get("staff/stories.xhtml?collection=" + demo + "&from=" + today().plusDays(1) + "&lang=en").body();
        assertTrue(none.contains("id=\"no-match\"") && none.contains("No published stories match these filters."), none);
        assertFalse(none.contains("<circle"), "no empty charts");
        assertFalse(none.contains("id=\"export-csv\""), none);
        String dim = staff.get("staff/stories.xhtml?collection=" + demo + "&from=" + today().plusDays(1) + "&lang=cy").body();
        assertTrue(dim.contains("Ehangwch yr hidlwyr i weld y siartiau."), dim);

        String badDate = staff.get("staff/stories.xhtml?collection=" + demo + "&from=yesterday&to=" + to + "&lang=en").body();
        assertTrue(badDate.contains("is not a date: write it like 2026-11-26"), badDate);
        assertTrue(badDate.contains(counted(toldBetween(demo, LocalDate.of(2000, 1, 1), to))), "the end of the period still applies");
    }

    @Test
    void twoGroupsAreShownSideBySideWithTheirCountsAndTheirDotsOpenTheStory() throws Exception {
        String demo = demo();
        String under25 = demoOption(demo, "Your age", "Under 25");
        String over65 = demoOption(demo, "Your age", "65 or over");
        String dyad = single("SELECT id FROM story_signifier WHERE collection_id = ? AND kind = 'DYAD'", Long.valueOf(demo));
        String triad = single("SELECT id FROM story_signifier WHERE collection_id = ? AND kind = 'TRIAD' ORDER BY position LIMIT 1", Long.valueOf(demo));
        long young = chose(under25);
        long old = chose(over65);
        Http staff = staff(COUNCIL);

        String histograms = staff.get("staff/stories.xhtml?collection=" + demo + "&compare=" + dyad + "&first=" + under25
                + "&second=" + over65 + "&lang=en").body();
        Matcher first = Pattern.compile("<p id=\"group-1-count\">([^<]*)</p>").matcher(histograms);
        Matcher second = Pattern.compile("<p id=\"group-2-count\">([^<]*)</p>").matcher(histograms);
        assertTrue(first.find() && second.find(), histograms);
        assertEquals(counted(young), first.group(1));
        assertEquals(counted(old), second.group(1));
        assertTrue(histograms.contains("Your age: Under 25") && histograms.contains("Your age: 65 or over"), histograms);
        assertEquals(2, occurrences(histograms, "class=\"histogram\""), "one histogram for each group, nothing else");
        assertEquals(0, occurrences(histograms, "class=\"ternary\""));
        assertTrue(histograms.contains("class=\"story-groups\""));

        String plots = staff.get("staff/stories.xhtml?collection=" + demo + "&compare=" + triad + "&first=" + under25
                + "&second=" + over65 + "&answer=" + under25 + "&lang=cy").body();
        assertEquals(young, occurrences(plots, "<circle class=\"dot group-0\""), "only the first group has dots when only under-25s are kept");
        assertTrue(plots.contains("Does dim straeon cyhoeddedig yn cyfateb i’r hidlwyr hyn"), "the empty group says so in Welsh");
        Matcher dot = Pattern.compile("<a href=\"[^\"]*/staff/story\\.xhtml\\?id=(\\d+)\">\\s*<circle").matcher(plots);
        assertTrue(dot.find(), plots);
        String story = staff.get("staff/story.xhtml?id=" + dot.group(1) + "&lang=en").body()
                .replace("&#39;", "'").replace("&#039;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        assertTrue(story.contains(single("SELECT title FROM story WHERE id = ?", Long.valueOf(dot.group(1)))), story);
        assertEquals("1", String.valueOf(count("SELECT COUNT(*) FROM story_value WHERE story_id = ? AND option_id = ?",
                Long.valueOf(dot.group(1)), Long.valueOf(under25))), "the dot is an under-25's story");

        String incomplete = staff.get("staff/stories.xhtml?collection=" + demo + "&compare=" + dyad + "&first=" + under25 + "&lang=en").body();
        assertTrue(incomplete.contains("id=\"compare-incomplete\""), incomplete);
    }

    private String report(String text) throws Exception {
        String body = jakarta.json.Json.createObjectBuilder().add("category", "fly-tipping").add("lat", 51.4905).add("lon", -3.1745)
                .add("description", text).add("language", "en").build().toString();
        HttpResponse<String> r = client().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject().getString("reference");
    }

    /** A story told and published in a new Cathays collection; its id. */
    private String publishedStory(String title) throws Exception {
        String id = collection(staff(ADMIN), CATHAYS, word());
        assertEquals(302, tell(client(), id, "en", "story-title", title).statusCode());
        String storyId = single("SELECT id FROM story WHERE title = ?", title);
        assertEquals(302, Faces.submit(staff(COUNCILLOR), "councillor/story.xhtml?id=" + storyId, "moderate-story", "publish",
                "hide-reason", "").statusCode());
        return storyId;
    }

    @Test
    void staffLinkAStoryToAConcernAndAPublishedOutcomeAndWhatWeHeardShowsOnlyTheOutcomeInBothLanguages() throws Exception {
        String title = word();
        String storyId = publishedStory(title);
        String collectionId = single("SELECT collection_id FROM story WHERE id = ?", Long.valueOf(storyId));
        assertEquals(CATHAYS, single("SELECT ward_code FROM story WHERE id = ?", Long.valueOf(storyId)), "a ward's collection places its stories");
        String reference = report("Mattresses and bags dumped in the back lane " + word());
        String concernId = single("SELECT id FROM concern WHERE reference = ?", reference);
        Http council = staff(COUNCIL);
        String we = word();
        String ni = word();
        HttpResponse<String> outcome = Faces.submit(council, "staff/outcome.xhtml?concern=" + concernId + "&lang=en", "outcome", "publish",
                "kind", "ACTION_TAKEN", "doneOn", today().minusDays(1).toString(), "responseEn", "Thank you for telling us.",
                "responseCy", "Diolch am roi gwybod i ni.", "outcomeEn", we + " the lane was cleared", "outcomeCy", ni + " cliriwyd y lôn",
                "reasonEn", "", "reasonCy", "", "references", reference);
        assertEquals(302, outcome.statusCode(), outcome.body());
        Matcher m = Pattern.compile("outcome\\.xhtml\\?id=(\\d+)").matcher(outcome.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        String outcomeId = m.group(1);

        String page = "staff/story.xhtml?id=" + storyId + "&lang=en";
        assertTrue(council.get(page).body().contains("This story is not linked to any concern or outcome yet."));
        HttpResponse<String> linked = Faces.submit(council, page, "story-link", "add-link", "link-kind", "OUTCOME", "link-reference", outcomeId);
        assertEquals(302, linked.statusCode(), linked.body());
        assertEquals(302, Faces.submit(council, page, "story-link", "add-link", "link-kind", "CONCERN", "link-reference",
                reference.toLowerCase(java.util.Locale.ROOT)).statusCode());
        assertEquals(1, count("SELECT COUNT(*) FROM story_link WHERE story_id = ? AND kind = 'OUTCOME' AND target_id = ?",
                Long.valueOf(storyId), Long.valueOf(outcomeId)));
        assertEquals(1, count("SELECT COUNT(*) FROM story_link WHERE story_id = ? AND kind = 'CONCERN' AND target_id = ?",
                Long.valueOf(storyId), Long.valueOf(concernId)));
        String staffPage = council.get(page).body();
        assertTrue(staffPage.contains("Concern " + reference) && staffPage.contains("Outcome #" + outcomeId), staffPage);
        HttpResponse<String> again = Faces.submit(council, page, "story-link", "add-link", "link-kind", "OUTCOME", "link-reference", "#" + outcomeId);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("The story is already linked to that. Nothing was changed."), again.body());
        assertEquals(2, count("SELECT COUNT(*) FROM story_link WHERE story_id = ?", Long.valueOf(storyId)));

        Http visitor = client();
        String en = visitor.get("stories/collection.xhtml?id=" + collectionId + "&lang=en").body();
        Matcher article = Pattern.compile("<article id=\"story-" + storyId + "\" lang=\"en\">(.*?)</article>", Pattern.DOTALL).matcher(en);
        assertTrue(article.find(), en);
        assertTrue(article.group(1).contains("outcomes/view.xhtml?id=" + outcomeId) && article.group(1).contains(we)
                && article.group(1).contains("What was done") && article.group(1).contains("Cardiff Council"), article.group(1));
        assertFalse(en.contains(reference), "a concern is never shown beside a story");
        String cy = visitor.get("stories/collection.xhtml?id=" + collectionId + "&lang=cy").body();
        assertTrue(cy.contains(ni + " cliriwyd y lôn") && cy.contains("Beth a wnaed") && cy.contains("Cyngor Caerdydd"), cy);
        assertFalse(cy.contains(we) || cy.contains(reference), cy);
        String csv = council.get("staff/stories.csv?collection=" + collectionId).body();
        assertTrue(csv.lines().skip(1).anyMatch(l -> l.startsWith("\"" + storyId + "\"") && l.contains(",\"" + outcomeId + "\",")), csv);
        assertFalse(csv.contains(reference), "no concern references in the export");

        Matcher remove = Pattern.compile("name=\"(links:\\d+:unlink)\"").matcher(staffPage);
        assertTrue(remove.find(), staffPage);
        assertEquals(302, Faces.submit(council, page, "story-links", remove.group(1)).statusCode());
        assertEquals(0, count("SELECT COUNT(*) FROM story_link WHERE story_id = ? AND kind = 'CONCERN'", Long.valueOf(storyId)),
                "the concern link (listed first) is removed");
        assertEquals(1, count("SELECT COUNT(*) FROM story_link WHERE story_id = ?", Long.valueOf(storyId)));
    }

    @Test
    void aLinkToAMissingOrAnotherOrganisationsConcernOrOutcomeIsRefusedAndChangesNothing() throws Exception {
        String storyId = publishedStory(word());
        String reference = report("Black bags dumped beside the chapel wall " + word());
        String page = "staff/story.xhtml?id=" + storyId + "&lang=en";
        Http police = staff(POLICE);
        assertTrue(police.get(page).body().contains("id=\"story-link\""), "police staff may read the story and link it");

        HttpResponse<String> notTheirs = Faces.submit(police, page, "story-link", "add-link", "link-kind", "CONCERN", "link-reference", reference);
        assertEquals(200, notTheirs.statusCode());
        assertTrue(notTheirs.body().contains("Your organisation holds no concern with that reference or number. Nothing was changed."), notTheirs.body());
        HttpResponse<String> missing = Faces.submit(staff(COUNCIL), "staff/story.xhtml?id=" + storyId + "&lang=cy", "story-link", "add-link",
                "link-kind", "CONCERN", "link-reference", "LL-2020-999999");
        assertTrue(missing.body().contains("Nid oes gan eich sefydliad bryder gyda’r cyfeirnod neu’r rhif hwnnw."), missing.body());
        HttpResponse<String> garbled = Faces.submit(police, page, "story-link", "add-link", "link-kind", "CONCERN", "link-reference", "the lane");
        assertTrue(garbled.body().contains("Name a concern by its reference, such as LL-2026-000123"), garbled.body());
        HttpResponse<String> noOutcome = Faces.submit(police, page, "story-link", "add-link", "link-kind", "OUTCOME", "link-reference", "999999999");
        assertTrue(noOutcome.body().contains("Your organisation has no outcome with that number."), noOutcome.body());
        assertEquals(0, count("SELECT COUNT(*) FROM story_link WHERE story_id = ?", Long.valueOf(storyId)));

        Http resident = Residents.verified(base.toString(), word() + "@example.org", "en");
        assertEquals(403, resident.get(page).statusCode());
        assertFalse(staff(COUNCILLOR).get(page).body().contains("id=\"story-link\""), "a councillor moderates stories but does not link them");
    }
}
