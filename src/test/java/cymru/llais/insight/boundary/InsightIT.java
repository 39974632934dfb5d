package cymru.llais.insight.boundary;

import cymru.llais.insight.control.DurationBuckets;
import cymru.llais.insight.control.InsightQueries;
import cymru.llais.insight.control.MonthCells;
import cymru.llais.insight.entity.InsightFilter;
import cymru.llais.testing.EmbeddedMariaDb;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The insight dashboard on the real portal: the administrator sees every partner's figures in English and Welsh;
 * a member of the council's staff sees only the concerns the council holds (a speeding concern routed to the police
 * is not counted) and the police officer only the police's; a filter changes the figures; a figure's link opens the
 * inbox with exactly the items behind it; the month cells, rolled up off the write path, give exactly the figures of
 * the concerns' rows before and after a roll-up, and reports never fail while roll-ups run; residents and visitors are
 * refused.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class InsightIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String COUNCIL = "cyngor@llais.example";
    private static final String POLICE = "heddlu@llais.example";
    private static final String RESIDENT = "preswylydd@llais.example";
    private static final double LAT = 51.5152;
    private static final double LON = -3.2140;
    private static final Random RANDOM = new Random();

    /** The concerns this class reports, once: two fly-tipping (the council's) and one speeding (the police's). */
    private static String ward;
    private static final List<String> FLY_TIPPING = new ArrayList<>();
    private static String speeding;
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    private static String word() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /**
     * The month cells' tests report in another ward (Cardiff's centre) and move some insight rows to earlier months: the
     * other tests count today's concerns in the first ward, and their inbox lists every concern reported there today.
     */
    private static final double CELLS_LAT = 51.4816;
    private static final double CELLS_LON = -3.1791;

    private String report(String category) throws Exception {
        return report(category, LAT, LON);
    }

    private String cellsReport(String category) throws Exception {
        return report(category, CELLS_LAT, CELLS_LON);
    }

    private String report(String category, double lat, double lon) throws Exception {
        String body = Json.createObjectBuilder().add("category", category).add("lat", lat).add("lon", lon)
                .add("description", "Insight check " + word() + " near the lane by the shops").add("language", "en").build().toString();
        HttpResponse<String> r = http().postJson("api/concerns", body);
        assertEquals(201, r.statusCode(), r.body());
        return json(r.body()).getString("reference");
    }

    private synchronized void reportOnce() throws Exception {
        if (ward != null) {
            return;
        }
        HttpResponse<String> area = http().get("api/areas?lat=" + LAT + "&lon=" + LON);
        assertEquals(200, area.statusCode(), area.body());
        String code = json(area.body()).getJsonObject("ward").getString("code");
        FLY_TIPPING.add(report("fly-tipping"));
        FLY_TIPPING.add(report("fly-tipping"));
        speeding = report("speeding");
        ward = code;
    }

    private Http signedIn(String email) throws Exception {
        Http h = http();
        assertTrue(Faces.signIn(h, email, PASSWORD), email + " signs in");
        return h;
    }

    private static String dashboard(Http h, String query) throws Exception {
        HttpResponse<String> r = h.get("staff/insight.xhtml?" + query);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** The figure of a row of a table: the number in the cell beside the row's heading, and its link. */
    private record Figure(long count, String href) {
    }

    private static Optional<Figure> figure(String html, String tableId, String rowLabel) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertTrue(start >= 0, "the page has the table " + tableId);
        String table = html.substring(start, html.indexOf("</table>", start));
        Matcher m = Pattern.compile("<th scope=\"row\">" + Pattern.quote(rowLabel) + "</th>\\s*<td>\\s*<a href=\"([^\"]+)\">(\\d+)</a>")
                .matcher(table);
        return m.find() ? Optional.of(new Figure(Long.parseLong(m.group(2)), m.group(1).replace("&amp;", "&"))) : Optional.empty();
    }

    private String wardFilter() {
        return "lang=en&from=" + TODAY + "&to=" + TODAY + "&ward=" + ward;
    }

    @Test
    void administratorSeesEveryPartnersFiguresInEnglishAndWelsh() throws Exception {
        reportOnce();
        Http admin = signedIn(ADMIN);
        String en = dashboard(admin, wardFilter());
        assertTrue(en.contains("Concerns by category"), en);
        assertTrue(en.contains("<svg") && en.contains("class=\"bars\""), "charts are drawn as SVG");
        assertTrue(en.contains("<caption>Concerns by category</caption>"), "each chart has its table");
        assertTrue(en.contains("Time to acknowledge") && en.contains("90th percentile"));
        assertTrue(figure(en, "insight-category-table", "Fly-tipping and litter").orElseThrow().count() >= 2);
        assertTrue(figure(en, "insight-category-table", "Speeding and road safety").orElseThrow().count() >= 1);
        assertTrue(figure(en, "insight-partner-table", "South Wales Police").isPresent(), "the police's concerns are counted");
        assertTrue(figure(en, "insight-partner-table", "Cardiff Council").isPresent(), "the council's concerns are counted");
        assertFalse(en.contains("<script>"), "no inline script");

        String cy = dashboard(admin, wardFilter().replace("lang=en", "lang=cy"));
        assertTrue(cy.contains("lang=\"cy\""));
        assertTrue(cy.contains("Pryderon fesul categori"), cy);
        assertTrue(cy.contains("Amser i gydnabod") && cy.contains("90fed canradd"));
        assertTrue(figure(cy, "insight-category-table", "Tipio anghyfreithlon a sbwriel").orElseThrow().count() >= 2);
    }

    @Test
    void staffSeeOnlyTheConcernsTheirOwnPartnerHolds() throws Exception {
        reportOnce();
        String council = dashboard(signedIn(COUNCIL), wardFilter());
        assertTrue(council.contains("The concerns Cardiff Council holds."), council);
        assertTrue(figure(council, "insight-category-table", "Fly-tipping and litter").orElseThrow().count() >= 2);
        assertTrue(figure(council, "insight-category-table", "Speeding and road safety").isEmpty(),
                "the speeding concern is the police's, not counted for the council");
        assertTrue(figure(council, "insight-partner-table", "South Wales Police").isEmpty());
        assertFalse(council.contains("id=\"filter-partner\""), "staff cannot choose another partner");

        String police = dashboard(signedIn(POLICE), wardFilter());
        assertTrue(figure(police, "insight-category-table", "Speeding and road safety").orElseThrow().count() >= 1);
        assertTrue(figure(police, "insight-category-table", "Fly-tipping and litter").isEmpty());

        // asking for another partner's figures in the address gives nothing of theirs
        Http officer = signedIn(POLICE);
        String councilId = partnerId(dashboard(signedIn(ADMIN), wardFilter()), "Cardiff Council");
        String forged = dashboard(officer, wardFilter() + "&partner=" + councilId);
        assertTrue(figure(forged, "insight-category-table", "Fly-tipping and litter").isEmpty(), "scope holds whatever the filter says");

        // the map's data has the same scope
        HttpResponse<String> map = signedIn(COUNCIL).get("staff/insight-wards.json?from=" + TODAY + "&to=" + TODAY + "&ward=" + ward);
        assertEquals(200, map.statusCode());
        JsonObject feature = json(map.body()).getJsonArray("features").getJsonObject(0);
        assertEquals(ward, feature.getJsonObject("properties").getString("code"));
        assertEquals(figure(council, "insight-ward-table", feature.getJsonObject("properties").getString("name")).orElseThrow().count(),
                feature.getJsonObject("properties").getJsonNumber("count").longValue());
        assertTrue(feature.getJsonObject("geometry").getString("type").contains("Polygon"));
    }

    private static String partnerId(String adminPage, String partnerName) {
        Matcher m = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(partnerName) + "</option>").matcher(adminPage);
        assertTrue(m.find(), "the administrator can filter by " + partnerName);
        return m.group(1);
    }

    @Test
    void aFilterChangesTheFigures() throws Exception {
        reportOnce();
        Http admin = signedIn(ADMIN);
        String all = dashboard(admin, wardFilter());
        String speedingOnly = dashboard(admin, wardFilter() + "&category=speeding");
        assertTrue(figure(all, "insight-category-table", "Fly-tipping and litter").isPresent());
        assertTrue(figure(speedingOnly, "insight-category-table", "Fly-tipping and litter").isEmpty(), "the category filter leaves fly-tipping out");
        assertEquals(figure(all, "insight-category-table", "Speeding and road safety").orElseThrow().count(),
                figure(speedingOnly, "insight-category-table", "Speeding and road safety").orElseThrow().count());
        // a day before the concerns were reported has none of them
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String before = dashboard(admin, "lang=en&from=" + yesterday + "&to=" + yesterday + "&ward=" + ward);
        assertTrue(figure(before, "insight-category-table", "Speeding and road safety").map(Figure::count).orElse(0L)
                < figure(all, "insight-category-table", "Speeding and road safety").orElseThrow().count() + 1);
        // a malformed filter is named in the page's language and the rest still applies
        String bad = dashboard(admin, wardFilter().replace("lang=en", "lang=cy") + "&category=Not+A+Category");
        assertTrue(bad.contains("Dydy hwnnw ddim yn gategori."), bad);
        assertTrue(figure(bad, "insight-category-table", "Tipio anghyfreithlon a sbwriel").isPresent());
    }

    @Test
    void aFiguresLinkOpensTheInboxWithTheItemsBehindIt() throws Exception {
        reportOnce();
        Http staff = signedIn(COUNCIL);
        Figure flyTipping = figure(dashboard(staff, wardFilter()), "insight-category-table", "Fly-tipping and litter").orElseThrow();
        assertTrue(flyTipping.href().contains("/staff/inbox.xhtml?view=all&"), flyTipping.href());
        assertTrue(flyTipping.href().contains("category=fly-tipping") && flyTipping.href().contains("ward=" + ward));
        HttpResponse<String> inbox = staff.get(flyTipping.href().substring(flyTipping.href().indexOf("staff/")));
        assertEquals(200, inbox.statusCode());
        for (String reference : FLY_TIPPING) {
            assertTrue(inbox.body().contains(">" + reference + "</a>"), "the inbox lists " + reference);
        }
        assertFalse(inbox.body().contains(">" + speeding + "</a>"), "the police's concern is not in the council's list");
        assertEquals(flyTipping.count(), Pattern.compile("<th scope=\"row\"><a href=\"[^\"]*concern\\.xhtml\\?id=\\d+\">")
                .matcher(inbox.body()).results().count(), "as many items as the figure says");

        Http admin = signedIn(ADMIN);
        Figure police = figure(dashboard(admin, wardFilter()), "insight-category-table", "Speeding and road safety").orElseThrow();
        String list = admin.get(police.href().substring(police.href().indexOf("staff/"))).body();
        assertTrue(list.contains(">" + speeding + "</a>"));
        FLY_TIPPING.forEach(r -> assertFalse(list.contains(">" + r + "</a>"), "only speeding concerns behind the speeding figure"));
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestServers.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    /** The roll-up as the portal's job runs it, with no margin (every change so far), waiting for one running in the portal. */
    private static MonthCells.Result rollUp(Connection c) throws SQLException {
        MonthCells.Result r = MonthCells.rollUp(c, Duration.ZERO, 30);
        assertTrue(r.ran(), "the roll-up ran");
        return r;
    }

    private static int monthOf(Connection c, long concernId) throws SQLException {
        return (int) longOf(c, "SELECT EXTRACT(YEAR_MONTH FROM created_at) FROM insight_concern WHERE concern_id = ?", concernId);
    }

    /**
     * Every clean month's cells equal a count of its rows (volumes, totals, and durations in the dashboard's buckets), in
     * one snapshot (REPEATABLE READ), so that a change made meanwhile by the portal cannot come between.
     */
    private static void assertCleanCellsEqualRows(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try {
            compareCleanCellsWithRows(c, MonthCells.dirtyMonths(c));
        } finally {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static void compareCleanCellsWithRows(Connection c, Set<Integer> dirty) throws SQLException {
        String clean = dirty.isEmpty() ? "TRUE" : "%s NOT IN (" + String.join(",", dirty.stream().map(String::valueOf).toList()) + ")";
        Map<String, Long> counted = rows(c, "SELECT CONCAT_WS('/', EXTRACT(YEAR_MONTH FROM created_at), ward_code, category_code,"
                + " COALESCE(partner_id, 0)), COUNT(*) FROM insight_concern WHERE "
                + clean.replace("%s", "EXTRACT(YEAR_MONTH FROM created_at)") + " GROUP BY 1");
        assertFalse(counted.isEmpty(), "some months are clean");
        assertEquals(counted,
                rows(c, "SELECT CONCAT_WS('/', month_code, ward_code, category_code, partner_key), concerns FROM insight_volume"
                        + " WHERE " + clean.replace("%s", "month_code")),
                "every clean month's volume cells count its concerns");
        assertEquals(rows(c, "SELECT CONCAT_WS('/', EXTRACT(YEAR_MONTH FROM created_at), category_code, COALESCE(partner_id, 0)),"
                        + " COUNT(*) FROM insight_concern WHERE " + clean.replace("%s", "EXTRACT(YEAR_MONTH FROM created_at)")
                        + " GROUP BY 1"),
                rows(c, "SELECT CONCAT_WS('/', month_code, category_code, partner_key), concerns FROM insight_month_total"
                        + " WHERE " + clean.replace("%s", "month_code")),
                "every clean month's totals count its concerns");
        for (String[] m : new String[][] {{"ACKNOWLEDGE", "ack_minutes"}, {"RESOLVE", "resolve_minutes"}}) {
            assertEquals(rows(c, "SELECT CONCAT_WS('/', EXTRACT(YEAR_MONTH FROM created_at), category_code, COALESCE(partner_id, 0), "
                            + DurationBuckets.sql(m[1]) + "), COUNT(*) FROM insight_concern WHERE " + m[1] + " IS NOT NULL AND "
                            + clean.replace("%s", "EXTRACT(YEAR_MONTH FROM created_at)") + " GROUP BY 1"),
                    rows(c, "SELECT CONCAT_WS('/', month_code, category_code, partner_key, minutes), concerns FROM insight_duration"
                            + " WHERE measure = '" + m[0] + "' AND " + clean.replace("%s", "month_code")), m[0]);
        }
    }

    /**
     * Every dashboard figure read through the cells (and the rows of dirty months and days around) equals the one read
     * from the rows alone, for the administrator and two partners, over whole months, days around them, a category and a
     * partner filter; in one snapshot.
     */
    private static void assertCellsGiveTheRowsFigures(Connection c, long council, long police, List<YearMonth> months) throws SQLException {
        c.setAutoCommit(false);
        try {
            compareCellsWithRows(c, council, police, months);
        } finally {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static void compareCellsWithRows(Connection c, long council, long police, List<YearMonth> months) throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<InsightFilter> filters = new ArrayList<>(List.of(
                InsightFilter.parse(null, null, null, null, null, null, today),
                InsightFilter.parse(today.minusMonths(6).withDayOfMonth(1).toString(), today.toString(), null, null, null, null, today),
                InsightFilter.parse(today.minusMonths(5).withDayOfMonth(12).toString(), today.minusMonths(1).withDayOfMonth(20).toString(),
                        null, null, "fly-tipping", null, today),
                InsightFilter.parse(null, null, null, null, null, Long.toString(police), today)));
        for (YearMonth m : months) {
            filters.add(InsightFilter.parse(m.atDay(1).toString(), m.atEndOfMonth().toString(), null, null, null, null, today));
        }
        for (Long scope : new Long[] {null, council, police}) {
            for (InsightFilter f : filters) {
                String what = "scope " + scope + ", " + f.query();
                for (InsightQueries.Dimension d : InsightQueries.Dimension.values()) {
                    assertEquals(InsightQueries.volumes(c, scope, f, d, InsightQueries.Source.ROWS),
                            InsightQueries.volumes(c, scope, f, d, InsightQueries.Source.BEST), what + " by " + d);
                }
                assertEquals(shown(InsightQueries.acknowledgeTimes(c, scope, f, InsightQueries.Source.ROWS)),
                        shown(InsightQueries.acknowledgeTimes(c, scope, f, InsightQueries.Source.BEST)), what + " acknowledge");
                assertEquals(shown(InsightQueries.resolveTimes(c, scope, f, InsightQueries.Source.ROWS)),
                        shown(InsightQueries.resolveTimes(c, scope, f, InsightQueries.Source.BEST)), what + " resolve");
            }
        }
    }

    /**
     * Concerns of this test moved to earlier months (in their insight rows), rolled up; then one rerouted to the police and
     * acknowledged, one closed, one acknowledged late and one deleted after the roll-up: before the next roll-up their
     * months are dirty, their cells are stale, and every figure is still the rows' own; after it the cells are right again.
     */
    @Test
    void theMonthCellsGiveTheRowsFiguresBeforeAndAfterARollUp() throws Exception {
        String first = json(http().get("api/areas?lat=" + LAT + "&lon=" + LON).body()).getJsonObject("ward").getString("code");
        String other = json(http().get("api/areas?lat=" + CELLS_LAT + "&lon=" + CELLS_LON).body()).getJsonObject("ward").getString("code");
        assertFalse(first.equals(other), "the month cells' concerns are in a ward of their own");
        List<String> references = new ArrayList<>();
        for (String category : List.of("fly-tipping", "fly-tipping", "fly-tipping", "speeding", "speeding")) {
            references.add(cellsReport(category));
        }
        try (Connection c = database(); Connection hold = database()) {
            long police = longOf(c, "SELECT partner_id FROM staff_account WHERE email = ?", POLICE);
            long council = longOf(c, "SELECT partner_id FROM staff_account WHERE email = ?", COUNCIL);
            long policeTeam = longOf(c, "SELECT MIN(id) FROM team WHERE partner_id = ?", police);
            long[] id = new long[references.size()];
            for (int i = 0; i < id.length; i++) {
                id[i] = longOf(c, "SELECT id FROM concern WHERE reference = ?", references.get(i));
            }
            update(c, "UPDATE insight_concern SET created_at = created_at - INTERVAL 40 DAY WHERE concern_id IN (?, ?)", id[0], id[1]);
            update(c, "UPDATE insight_concern SET created_at = created_at - INTERVAL 75 DAY WHERE concern_id IN (?, ?, ?)", id[2], id[3], id[4]);
            List<YearMonth> months = new ArrayList<>();
            for (long concern : id) {
                YearMonth m = MonthCells.month(monthOf(c, concern));
                if (!months.contains(m)) {
                    months.add(m);
                }
            }
            assertTrue(MonthCells.dirtyMonths(c).containsAll(months.stream().map(MonthCells::code).toList()),
                    "changed rows make their months dirty");
            assertCellsGiveTheRowsFigures(c, council, police, months);

            rollUp(c);
            Set<Integer> dirty = MonthCells.dirtyMonths(c);
            months.forEach(m -> assertFalse(dirty.contains(MonthCells.code(m)), "rolled up: " + m + " is clean"));
            assertCleanCellsEqualRows(c);
            assertCellsGiveTheRowsFigures(c, council, police, months);

            // after the roll-up: rerouted to the police and acknowledged, closed, acknowledged late, deleted; the portal's
            // own roll-up job is held off (a second connection holds the roll-up's lock) until the figures are checked
            assertEquals(1, longOf(hold, "SELECT GET_LOCK(?, 30)", MonthCells.LOCK), "the roll-up's lock is held");
            update(c, "UPDATE concern_assignment SET team_id = ?, acknowledged_at = assigned_at + INTERVAL 150 MINUTE"
                    + " WHERE concern_id = ?", policeTeam, id[0]);
            update(c, "INSERT INTO concern_status_change (concern_id, status, changed_at) VALUES (?, 'CLOSED', UTC_TIMESTAMP())", id[2]);
            update(c, "UPDATE concern_assignment SET acknowledged_at = assigned_at + INTERVAL 3 DAY WHERE concern_id = ?", id[3]);
            int deletedMonth = monthOf(c, id[1]);
            long cellsBefore = longOf(c, "SELECT COALESCE(SUM(concerns), 0) FROM insight_volume WHERE month_code = ?", deletedMonth);
            update(c, "DELETE FROM concern WHERE id = ?", id[1]);
            assertEquals(0, longOf(c, "SELECT COUNT(*) FROM insight_concern WHERE concern_id = ?", id[1]), "its insight row went with it");
            assertEquals(1, longOf(c, "SELECT COUNT(*) FROM insight_dirty_month WHERE month_code = ?", deletedMonth),
                    "the deletion marked its month");
            assertEquals(cellsBefore, longOf(c, "SELECT COALESCE(SUM(concerns), 0) FROM insight_volume WHERE month_code = ?", deletedMonth),
                    "the cells are not touched by the deletion (stale until the next roll-up)");
            assertEquals(cellsBefore - 1, longOf(c, "SELECT COUNT(*) FROM insight_concern WHERE EXTRACT(YEAR_MONTH FROM created_at) = ?",
                    deletedMonth), "the rows have one concern fewer");
            Set<Integer> changed = MonthCells.dirtyMonths(c);
            months.forEach(m -> assertTrue(changed.contains(MonthCells.code(m)), m + " is dirty again"));
            assertCellsGiveTheRowsFigures(c, council, police, months);
            // the administrator's dashboard in the portal, for the month of the deletion, says what the rows say
            YearMonth deleted = MonthCells.month(deletedMonth);
            InsightFilter month = InsightFilter.parse(deleted.atDay(1).toString(), deleted.atEndOfMonth().toString(), null, null,
                    "fly-tipping", null, LocalDate.now(ZoneOffset.UTC));
            long rowsSay = InsightQueries.volumes(c, null, month, InsightQueries.Dimension.CATEGORY, InsightQueries.Source.ROWS)
                    .stream().mapToLong(InsightQueries.Count::count).sum();
            String page = dashboard(signedIn(ADMIN), "lang=en&" + month.query());
            assertEquals(rowsSay, figure(page, "insight-category-table", "Fly-tipping and litter").map(Figure::count).orElse(0L),
                    "the dashboard counts what the rows hold");
            assertEquals(1, longOf(hold, "SELECT RELEASE_LOCK(?)", MonthCells.LOCK));

            rollUp(c);
            Set<Integer> after = MonthCells.dirtyMonths(c);
            months.forEach(m -> assertFalse(after.contains(MonthCells.code(m)), "rolled up again: " + m + " is clean"));
            assertEquals(0, longOf(c, "SELECT COUNT(*) FROM insight_dirty_month WHERE month_code = ?", deletedMonth), "the mark is gone");
            assertEquals(cellsBefore - 1, longOf(c, "SELECT COALESCE(SUM(concerns), 0) FROM insight_volume WHERE month_code = ?",
                    deletedMonth), "the cells lost the deleted concern");
            assertCleanCellsEqualRows(c);
            assertCellsGiveTheRowsFigures(c, council, police, months);
            String again = dashboard(signedIn(ADMIN), "lang=en&" + month.query());
            assertEquals(rowsSay, figure(again, "insight-category-table", "Fly-tipping and litter").map(Figure::count).orElse(0L),
                    "the dashboard reads the rebuilt cells and still counts what the rows hold");
        }
    }

    /**
     * The portal's own roll-up job (every second in the tests, with the default ten-minute margin) rebuilds a month marked
     * by a deletion, whatever the margin.
     */
    @Test
    void thePortalsRollUpJobRebuildsAMonthADeletionMarked() throws Exception {
        String kept = cellsReport("street-lighting");
        String gone = cellsReport("street-lighting");
        try (Connection c = database()) {
            long keptId = longOf(c, "SELECT id FROM concern WHERE reference = ?", kept);
            long goneId = longOf(c, "SELECT id FROM concern WHERE reference = ?", gone);
            update(c, "UPDATE insight_concern SET created_at = created_at - INTERVAL 100 DAY WHERE concern_id IN (?, ?)", keptId, goneId);
            int month = monthOf(c, keptId);
            update(c, "DELETE FROM concern WHERE id = ?", goneId);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (longOf(c, "SELECT COUNT(*) FROM insight_dirty_month WHERE month_code = ?", month) > 0) {
                assertTrue(System.nanoTime() < deadline, "the portal's roll-up took the month's mark within a minute");
                Thread.sleep(200);
            }
            assertEquals(longOf(c, "SELECT COUNT(*) FROM insight_concern WHERE EXTRACT(YEAR_MONTH FROM created_at) = ?", month),
                    longOf(c, "SELECT COALESCE(SUM(concerns), 0) FROM insight_volume WHERE month_code = ?", month),
                    "the month's cells count its rows, the moved concern in and the deleted one out");
        }
    }

    /**
     * Residents report from several threads while roll-ups run one after another and the dashboard's queries read: every
     * report is stored (no deadlock, no error) and the cells still equal the rows.
     */
    @Test
    void reportsNeverFailWhileRollUpsRun() throws Exception {
        int reporters = 4;
        int each = 6;
        java.sql.Timestamp start;
        try (Connection c = database(); PreparedStatement s = c.prepareStatement("SELECT NOW(6) - INTERVAL 1 SECOND");
             ResultSet r = s.executeQuery()) {
            r.next();
            start = r.getTimestamp(1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(reporters + 1);
        AtomicBoolean reporting = new AtomicBoolean(true);
        AtomicInteger rollUps = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        try {
            Future<?> rolling = pool.submit(() -> {
                try (Connection c = database()) {
                    InsightFilter year = InsightFilter.parse(null, null, null, null, null, null, LocalDate.now(ZoneOffset.UTC));
                    while (reporting.get()) {
                        rollUp(c);
                        rollUps.incrementAndGet();
                        InsightQueries.volumes(c, null, year, InsightQueries.Dimension.MONTH);
                    }
                }
                return null;
            });
            List<Future<?>> reports = new ArrayList<>();
            for (int t = 0; t < reporters; t++) {
                reports.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        String body = Json.createObjectBuilder().add("category", i % 2 == 0 ? "fly-tipping" : "speeding")
                                .add("lat", CELLS_LAT).add("lon", CELLS_LON).add("description", "Roll-up check " + word() + " by the shops")
                                .add("language", "en").build().toString();
                        HttpResponse<String> r = http().postJson("api/concerns", body);
                        if (r.statusCode() != 201) {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : reports) {
                f.get(120, TimeUnit.SECONDS);
            }
            reporting.set(false);
            rolling.get(60, TimeUnit.SECONDS);
        } finally {
            reporting.set(false);
            pool.shutdownNow();
        }
        assertEquals(List.of(), failures, "every report was stored");
        assertTrue(rollUps.get() >= 1, "roll-ups ran while residents reported");
        try (Connection c = database()) {
            // The roll-ups above had no margin (the portal's is ten minutes), so one of them could read before a report
            // written just before it had committed and still move the watermark past it; the margin is there for that.
            // Now that every report has been acknowledged, every month changed since the test began is rebuilt.
            try (PreparedStatement s = c.prepareStatement("UPDATE insight_rollup SET rolled_up_to = ? WHERE id = 1")) {
                s.setTimestamp(1, start);
                s.executeUpdate();
            }
            rollUp(c);
            assertCleanCellsEqualRows(c);
        }
    }

    /** Each partner's (and the scope's) count, median and 90th percentile, as the dashboard shows them. */
    private static List<String> shown(List<InsightQueries.DurationBin> bins) {
        return Insight.durations(bins, Map.of()).stream().map(d -> d.partnerId() + ": " + d.count() + ", "
                + d.median().stream().mapToObj(DurationBuckets::shown).toList() + ", "
                + d.p90().stream().mapToObj(DurationBuckets::shown).toList()).toList();
    }

    private static long longOf(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                return r.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            assertTrue(s.executeUpdate() > 0, sql);
        }
    }

    private static Map<String, Long> rows(Connection c, String sql) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.put(r.getString(1), r.getLong(2));
            }
        }
        return out;
    }

    @Test
    void residentsAndVisitorsAreRefused() throws Exception {
        HttpResponse<String> anonymous = http().get("staff/insight.xhtml");
        assertTrue(anonymous.statusCode() == 302 && anonymous.headers().firstValue("Location").orElse("").contains("signin")
                || anonymous.statusCode() == 401 || anonymous.body().contains("id=\"signin\""), "a visitor is sent to sign in");
        assertFalse(anonymous.body().contains("Concerns by category"));
        HttpResponse<String> anonymousMap = http().get("staff/insight-wards.json");
        assertFalse(anonymousMap.statusCode() == 200 && anonymousMap.body().contains("FeatureCollection"));

        Http resident = http();
        assertTrue(Residents.signIn(resident, RESIDENT, PASSWORD), "the demo resident signs in");
        HttpResponse<String> page = resident.get("staff/insight.xhtml?lang=cy");
        assertEquals(403, page.statusCode());
        assertFalse(page.body().contains("Pryderon fesul categori"));
        assertEquals(403, resident.get("staff/insight-wards.json").statusCode());
    }
}
