package cymru.llais.insight;

import cymru.llais.insight.control.DurationBuckets;
import cymru.llais.insight.control.InsightQueries;
import cymru.llais.insight.control.MonthCells;
import cymru.llais.insight.control.Percentiles;
import cymru.llais.insight.entity.InsightFilter;
import cymru.llais.routing.control.AreaImport;
import cymru.llais.testing.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The dashboards at volume (a benchmark, not a test): fills a fresh MariaDB (under target/bench-insight) with
 * {@code bench.concerns} concerns (default 1,000,000) over five years across every Welsh ward, routed to 22 councils
 * and 4 police forces, with realistic categories, statuses, acknowledgement and closing times, and some outcomes with
 * ratings, budgeting rounds and story collections (by multi-row INSERTs; the insight rows written by the generator
 * with the triggers dropped, as the triggers would write them); then runs every dashboard query {@code bench.repeats} times for an
 * administrator and for two partners' staff, with and without filters, and prints p50 and max per view. Before timing it
 * runs the portal's roll-up once ({@link MonthCells}) and checks that the month cells give the figures the rows give.
 * <pre>mvn -o -Pbench-insight test-compile exec:java   # -Dbench.concerns=1000000 -Dbench.repeats=7</pre>
 */
public final class InsightBenchmark {

    private static final String[][] CATEGORIES = {
            {"anti-social-behaviour", "30", "police"}, {"fly-tipping", "22", "council"}, {"speeding", "14", "police"},
            {"street-lighting", "8", "council"}, {"youth-nuisance", "8", "police"}, {"vandalism-graffiti", "7", "council"},
            {"drug-dealing", "7", "police"}, {"hate-incident", "2", "police"}, {"domestic-abuse", "2", "police"}};
    private static final String[] WELSH_FIRST = {"Mae", "Mae’r", "Rydyn ni"};

    private InsightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concerns = Integer.getInteger("bench.concerns", 1_000_000);
        int repeats = Integer.getInteger("bench.repeats", 7);
        Path geo = Paths.get(System.getProperty("bench.geo", "../shared/data/geo"));
        Path root = Paths.get("target", "bench-insight");
        deleteTree(root);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(root, Integer.getInteger("bench.db.port", 3317));
        try {
            MariaDbDataSource ds = new MariaDbDataSource();
            ds.setUrl(db.jdbcUrl() + "?user=" + EmbeddedMariaDb.USER + "&password=" + EmbeddedMariaDb.PASSWORD);
            pageSource = ds;
            Flyway.configure(InsightBenchmark.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration")
                    .outOfOrder(true).load().migrate();
            try (Connection c = ds.getConnection()) {
                long t0 = System.nanoTime();
                importAreas(c, geo);
                Partners partners = partners(c);
                System.out.printf("areas and partners: %.1f s%n", (System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
                generate(c, concerns, partners);
                System.out.printf("%,d concerns generated (with their assignments, status changes and insight rows): %.1f s%n",
                        concerns, (System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
                others(c, partners, concerns);
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE TABLE insight_concern, outcome, outcome_rating, outcome_concern, pb_round, pb_ballot,"
                            + " pb_voting_code, story, story_collection");
                }
                System.out.printf("outcomes, ratings, rounds, stories: %.1f s%n", (System.nanoTime() - t0) / 1e9);
                // the portal's roll-up job, once, as it would run after the load (no margin: nothing else writes here)
                System.out.printf("load average before the roll-up: %s%n", loadAverage());
                t0 = System.nanoTime();
                MonthCells.Result rolled = MonthCells.rollUp(c, java.time.Duration.ZERO, 0);
                System.out.printf("roll-up: %d months rebuilt, %,d volume cells, %,d duration cells: %.1f s (%.0f ms a month)%n",
                        rolled.months().size(), rolled.volumeCells(), rolled.durationCells(), (System.nanoTime() - t0) / 1e9,
                        (System.nanoTime() - t0) / 1e6 / Math.max(1, rolled.months().size()));
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE TABLE insight_volume, insight_month_total, insight_duration");
                }
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM insight_month_total")) {
                    r.next();
                    System.out.printf("  %,d month totals (no ward)%n", r.getLong(1));
                }
                System.out.printf("months not clean after the roll-up: %s%n", MonthCells.dirtyMonths(c));
                time(c, repeats, partners);
            }
        } finally {
            db.stop();
        }
    }

    private record Partners(Map<String, Long> councilTeam, Map<String, Long> policeTeam, Map<String, Long> teamPartner,
                            long southWalesPolice, long cardiffCouncil, long staffId) {
    }

    private static void importAreas(Connection c, Path geo) throws Exception {
        List<AreaImport.Source> wards;
        try (Stream<Path> files = Files.list(geo.resolve("wards_by_lad"))) {
            wards = files.filter(p -> p.toString().endsWith(".json")).sorted().map(AreaImport.Source::of).toList();
        }
        c.setAutoCommit(false);
        AreaImport.Result r = AreaImport.run(c, List.of(AreaImport.Source.of(geo.resolve("local_authorities.json"))), wards,
                AreaImport.Mode.WRITE, "benchmark", null, Clock.systemUTC());
        if (!r.ok()) {
            throw new IllegalStateException("the areas did not import: " + r.problems());
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** The 22 councils, one team each, and the four police forces (one team per authority they cover). */
    private static Partners partners(Connection c) throws SQLException {
        Map<String, String> force = new LinkedHashMap<>();
        String[][] forces = {
                {"south-wales-police", "South Wales Police", "Heddlu De Cymru", "W06000011,W06000012,W06000013,W06000014,W06000015,W06000016,W06000024"},
                {"gwent-police", "Gwent Police", "Heddlu Gwent", "W06000018,W06000019,W06000020,W06000021,W06000022"},
                {"dyfed-powys-police", "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "W06000008,W06000009,W06000010,W06000023"},
                {"north-wales-police", "North Wales Police", "Heddlu Gogledd Cymru", "W06000001,W06000002,W06000003,W06000004,W06000005,W06000006"}};
        for (String[] f : forces) {
            for (String la : f[3].split(",")) {
                force.put(la, f[0]);
            }
        }
        Map<String, Long> partnerIds = new LinkedHashMap<>();
        Map<String, Long> teamPartner = new LinkedHashMap<>();
        Map<String, Long> councilTeam = new LinkedHashMap<>();
        Map<String, Long> policeTeam = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String[] f : forces) {
                s.executeUpdate("INSERT INTO partner (code, kind, name_en, name_cy) VALUES ('" + f[0] + "', 'POLICE', '" + f[1] + "', '" + f[2] + "')",
                        Statement.RETURN_GENERATED_KEYS);
                partnerIds.put(f[0], generated(s));
            }
            List<String[]> authorities = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT code, name_en, name_cy FROM local_authority ORDER BY code")) {
                while (r.next()) {
                    authorities.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                }
            }
            for (String[] la : authorities) {
                String code = "council-" + la[0].toLowerCase();
                s.executeUpdate("INSERT INTO partner (code, kind, name_en, name_cy) VALUES ('" + code + "', 'COUNCIL', "
                        + quote("Council of " + la[1]) + ", " + quote("Cyngor " + la[2]) + ")", Statement.RETURN_GENERATED_KEYS);
                long council = generated(s);
                s.executeUpdate("INSERT INTO team (partner_id, code, name_en, name_cy, email, language) VALUES (" + council + ", '"
                        + code + "-cs', 'Community safety', 'Diogelwch cymunedol', 'cs@" + code + ".example', 'en')", Statement.RETURN_GENERATED_KEYS);
                long team = generated(s);
                councilTeam.put(la[0], team);
                teamPartner.put(Long.toString(team), council);
                partnerIds.put(code, council);
                String f = force.getOrDefault(la[0], "south-wales-police");
                s.executeUpdate("INSERT INTO team (partner_id, code, name_en, name_cy, email, language) VALUES (" + partnerIds.get(f)
                        + ", '" + f + "-" + la[0].toLowerCase() + "', 'Neighbourhood policing', 'Plismona yn y gymdogaeth', 'np@"
                        + f + ".example', 'en')", Statement.RETURN_GENERATED_KEYS);
                long pteam = generated(s);
                policeTeam.put(la[0], pteam);
                teamPartner.put(Long.toString(pteam), partnerIds.get(f));
            }
            s.executeUpdate("INSERT INTO staff_account (email, display_name, password_hash, role, partner_id, language, created_at)"
                    + " VALUES ('bench@llais.example', 'Bench', 'x', 'STAFF', " + partnerIds.get("council-w06000015") + ", 'en', NOW())",
                    Statement.RETURN_GENERATED_KEYS);
            long staff = generated(s);
            return new Partners(councilTeam, policeTeam, teamPartner, partnerIds.get("south-wales-police"),
                    partnerIds.get("council-w06000015"), staff);
        }
    }

    private static void generate(Connection c, int count, Partners partners) throws SQLException {
        List<String[]> wards = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code, local_authority_code FROM ward ORDER BY code")) {
            while (r.next()) {
                wards.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        Random random = new Random(20261126L);
        double[] wardWeight = new double[wards.size()];
        double sum = 0;
        for (int i = 0; i < wardWeight.length; i++) {
            wardWeight[i] = Math.exp(random.nextGaussian() * 0.8);
            sum += wardWeight[i];
        }
        double[] cumulativeWard = cumulative(wardWeight, sum);
        double[] catWeight = Arrays.stream(CATEGORIES).mapToDouble(x -> Double.parseDouble(x[1])).toArray();
        double[] cumulativeCat = cumulative(catWeight, Arrays.stream(catWeight).sum());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long span = 5L * 365 * 24 * 3600;
        int batch = 2000;
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            // The triggers would write each insight row with three statements; the generator writes it itself, with the
            // values the triggers compute (nothing after the load writes concerns, so nothing needs them here).
            for (String t : List.of("insight_concern_added", "insight_concern_changed", "insight_status_changed",
                    "insight_assigned", "insight_reassigned")) {
                s.execute("DROP TRIGGER " + t);
            }
            // a bulk load: the insight rows go in without their secondary indexes, which are built afterwards in one pass
            List<String> indexes = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SHOW CREATE TABLE insight_concern")) {
                r.next();
                for (String line : r.getString(2).split("\n")) {
                    String l = line.strip();
                    if (l.startsWith("KEY ")) {
                        indexes.add(l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
                    }
                }
            }
            for (String index : indexes) {
                s.execute("ALTER TABLE insight_concern DROP INDEX " + index.split(" ")[1]);
            }
            s.execute("SET unique_checks = 0");
            s.execute("SET foreign_key_checks = 0");
            StringBuilder concern = new StringBuilder();
            StringBuilder assignment = new StringBuilder();
            StringBuilder status = new StringBuilder();
            StringBuilder insight = new StringBuilder();
            for (int i = 1; i <= count; i++) {
                // more reports in later years: the portal grows
                double u = Math.sqrt(random.nextDouble());
                LocalDateTime created = now.minusSeconds(span).plusSeconds((long) (u * span));
                String[] ward = wards.get(pick(cumulativeWard, random.nextDouble()));
                String[] cat = CATEGORIES[pick(cumulativeCat, random.nextDouble())];
                long team = "police".equals(cat[2]) ? partners.policeTeam().get(ward[1]) : partners.councilTeam().get(ward[1]);
                long ageHours = java.time.Duration.between(created, now).toHours();
                boolean acknowledged = random.nextDouble() < (ageHours > 24 * 14 ? 0.995 : 0.8);
                LocalDateTime ackAt = acknowledged ? created.plusMinutes((long) Math.min(60 * 24 * 30,
                        Math.exp(Math.log(60 * 20) + random.nextGaussian() * 1.1))) : null;
                if (ackAt != null && ackAt.isAfter(now)) {
                    ackAt = null;
                }
                LocalDateTime closedAt = null;
                if (ackAt != null && random.nextDouble() < (ageHours > 24 * 90 ? 0.93 : 0.5)) {
                    closedAt = ackAt.plusMinutes((long) Math.exp(Math.log(60 * 24 * 8) + random.nextGaussian() * 1.2));
                    if (closedAt.isAfter(now)) {
                        closedAt = null;
                    }
                }
                String st = closedAt != null ? "CLOSED" : ackAt == null ? "RECEIVED" : random.nextBoolean() ? "IN_PROGRESS" : "ACKNOWLEDGED";
                boolean sensitive = cat[0].equals("hate-incident") || cat[0].equals("domestic-abuse");
                concern.append(concern.isEmpty() ? "" : ",").append('(').append(i).append(",'LL-B-").append(i).append("','")
                        .append(cat[0]).append("','").append(ward[0]).append("','")
                        .append(random.nextInt(5) == 0 ? WELSH_FIRST[i % 3] + " problem yma." : "A problem reported for the benchmark.")
                        .append("','").append(random.nextInt(5) == 0 ? "cy" : "en").append("','").append(st).append("',")
                        .append(sensitive ? 1 : 0).append(",'").append(created).append("','")
                        .append(closedAt != null ? closedAt : ackAt != null ? ackAt : created).append("')");
                assignment.append(assignment.isEmpty() ? "" : ",").append('(').append(i).append(',').append(team).append(",'")
                        .append(created).append("','").append(created.plusDays(2)).append("',")
                        .append(ackAt == null ? "NULL" : "'" + ackAt + "'").append(')');
                if (closedAt != null) {
                    status.append(status.isEmpty() ? "" : ",").append('(').append(i).append(",'CLOSED','").append(closedAt).append("')");
                }
                insight.append(insight.isEmpty() ? "" : ",").append('(').append(i).append(",'").append(created).append("','")
                        .append(ward[0]).append("','").append(ward[1]).append("','").append(cat[0]).append("','").append(st).append("',")
                        .append(partners.teamPartner().get(Long.toString(team))).append(',').append(team).append(",'").append(created)
                        .append("','").append(created.plusDays(2)).append("',").append(ackAt == null ? "NULL" : "'" + ackAt + "'").append(',')
                        .append(ackAt == null ? "NULL" : Long.toString(java.time.Duration.between(created, ackAt).toMinutes())).append(',')
                        .append(closedAt == null ? "NULL" : "'" + closedAt + "'").append(',')
                        .append(closedAt == null ? "NULL" : Long.toString(java.time.Duration.between(created, closedAt).toMinutes()))
                        .append(')');
                if (i % batch == 0 || i == count) {
                    s.executeUpdate("INSERT INTO concern (id, reference, category_code, ward_code, description, language, status,"
                            + " is_sensitive, created_at, updated_at) VALUES " + concern);
                    s.executeUpdate("INSERT INTO concern_assignment (concern_id, team_id, assigned_at, acknowledge_by, acknowledged_at) VALUES "
                            + assignment);
                    if (!status.isEmpty()) {
                        s.executeUpdate("INSERT INTO concern_status_change (concern_id, status, changed_at) VALUES " + status);
                    }
                    s.executeUpdate("INSERT INTO insight_concern (concern_id, created_at, ward_code, authority_code, category_code, status,"
                            + " partner_id, team_id, assigned_at, acknowledge_by, acknowledged_at, ack_minutes, closed_at, resolve_minutes) VALUES "
                            + insight);
                    insight.setLength(0);
                    concern.setLength(0);
                    assignment.setLength(0);
                    status.setLength(0);
                    if (i % (batch * 10) == 0 || i == count) {
                        c.commit();
                    }
                    if (i % 100_000 == 0) {
                        System.out.printf("  %,d%n", i);
                    }
                }
            }
            s.execute("SET unique_checks = 1");
            s.execute("SET foreign_key_checks = 1");
            c.commit();
            long t = System.nanoTime();
            s.execute("ALTER TABLE insight_concern " + String.join(", ", indexes.stream().map(i -> "ADD " + i).toList()));
            System.out.printf("  the %d insight indexes built: %.1f s%n", indexes.size(), (System.nanoTime() - t) / 1e9);
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** 5,000 published outcomes with 3 ratings each, 40 budgeting rounds with codes and ballots, 30 story collections. */
    private static void others(Connection c, Partners partners, int concerns) throws SQLException {
        Random random = new Random(7L);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            StringBuilder accounts = new StringBuilder();
            for (int i = 1; i <= 3000; i++) {
                accounts.append(accounts.isEmpty() ? "" : ",").append("(").append(i).append(",'r").append(i)
                        .append("@bench.example','x','en',NOW())");
            }
            s.executeUpdate("INSERT INTO resident_account (id, email, password_hash, language, created_at) VALUES " + accounts);
            List<Long> partnerIds = partners.teamPartner().values().stream().distinct().sorted().toList();
            String[] ratings = {"RESOLVED", "PARTLY_RESOLVED", "NOT_RESOLVED"};
            StringBuilder outcome = new StringBuilder();
            StringBuilder rating = new StringBuilder();
            StringBuilder link = new StringBuilder();
            for (int i = 1; i <= 5000; i++) {
                LocalDateTime at = now.minusDays(random.nextInt(5 * 365));
                outcome.append(outcome.isEmpty() ? "" : ",").append('(').append(i).append(',')
                        .append(partnerIds.get(random.nextInt(partnerIds.size()))).append(',').append(partners.staffId())
                        .append(",'ACTION_TAKEN','PUBLISHED','Done','Gwnaed','").append(at).append("','").append(at).append("','")
                        .append(at).append("')");
                long concern = 1 + random.nextInt(Math.min(concerns, 100_000));
                link.append(link.isEmpty() ? "" : ",").append('(').append(i).append(',').append(concern)
                        .append(",(SELECT ward_code FROM concern WHERE id = ").append(concern).append("),(SELECT category_code FROM concern WHERE id = ")
                        .append(concern).append("),0)");
                for (int k = 0; k < 3; k++) {
                    rating.append(rating.isEmpty() ? "" : ",").append('(').append(i).append(',').append(1 + (i * 3 + k) % 3000)
                            .append(",'").append(ratings[random.nextInt(3)]).append("',0,1,NOW(),NOW())");
                }
            }
            s.executeUpdate("INSERT INTO outcome (id, partner_id, author_id, kind, status, response_en, response_cy, created_at,"
                    + " updated_at, published_at) VALUES " + outcome);
            s.executeUpdate("INSERT INTO outcome_concern (outcome_id, concern_id, ward_code, category_code, is_sensitive) VALUES " + link);
            s.executeUpdate("INSERT IGNORE INTO outcome_rating (outcome_id, account_id, rating, is_reporter, counts_publicly, created_at,"
                    + " updated_at) VALUES " + rating);
            for (int r = 1; r <= 40; r++) {
                LocalDate voting = now.toLocalDate().minusDays(45L * r);
                s.executeUpdate("INSERT INTO pb_round (id, area_kind, area_code, title_en, title_cy, description_en, description_cy,"
                        + " budget, ballot_type, counting_rule, ideas_from, review_from, voting_from, results_from, delivery_from, created_at)"
                        + " SELECT " + r + ", 'WARD', code, 'Round " + r + "', 'Rownd " + r + "', 'd', 'd', 100000, 'APPROVAL', 'GREEDY', '"
                        + voting.minusDays(60) + "', '" + voting.minusDays(30) + "', '" + voting + "', '" + voting.plusDays(21)
                        + "', '" + voting.plusDays(30) + "', NOW() FROM ward ORDER BY code LIMIT 1 OFFSET " + (r * 17) % 852);
                StringBuilder codes = new StringBuilder();
                StringBuilder ballots = new StringBuilder();
                for (int k = 0; k < 2000; k++) {
                    boolean used = random.nextDouble() < 0.3;
                    codes.append(codes.isEmpty() ? "" : ",").append('(').append(r).append(",'").append(String.format("%064d", r * 10_000L + k))
                            .append("',NOW(),").append(used ? 1 : 0).append(')');
                    if (used) {
                        ballots.append(ballots.isEmpty() ? "" : ",").append('(').append(r).append(",'R").append(r).append('-').append(k)
                                .append("',NOW())");
                    }
                }
                s.executeUpdate("INSERT INTO pb_voting_code (round_id, code_hash, created_at, used) VALUES " + codes);
                if (!ballots.isEmpty()) {
                    s.executeUpdate("INSERT INTO pb_ballot (round_id, receipt, cast_at) VALUES " + ballots);
                }
            }
            for (int k = 1; k <= 30; k++) {
                LocalDate opens = now.toLocalDate().minusDays(60L * k);
                s.executeUpdate("INSERT INTO story_collection (id, area_kind, area_code, prompt_en, prompt_cy, consent_en, consent_cy, opens_on,"
                        + " closes_on, created_at) SELECT " + k + ", 'WARD', code, 'Tell us " + k + "', 'Dywedwch wrthym " + k
                        + "', 'c', 'c', '" + opens + "', '" + opens.plusDays(50) + "', NOW() FROM ward ORDER BY code LIMIT 1 OFFSET " + (k * 29) % 852);
                StringBuilder stories = new StringBuilder();
                for (int j = 0; j < 200; j++) {
                    stories.append(stories.isEmpty() ? "" : ",").append('(').append(k).append(",'t','b','en','")
                            .append(j % 4 == 0 ? "AWAITING_MODERATION" : "PUBLISHED").append("','").append(opens.plusDays(j % 50).atTime(12, 0))
                            .append("')");
                }
                s.executeUpdate("INSERT INTO story (collection_id, title, body, lang, status, created_at) VALUES " + stories);
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private interface View {
        Object run(Connection c, Long scope, InsightFilter f) throws SQLException;
    }

    private static void time(Connection c, int repeats, Partners partners) throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Map<String, View> views = new LinkedHashMap<>();
        views.put("volumes by category", (x, s, f) -> InsightQueries.volumes(x, s, f, InsightQueries.Dimension.CATEGORY));
        views.put("volumes by ward", (x, s, f) -> InsightQueries.volumes(x, s, f, InsightQueries.Dimension.WARD));
        views.put("volumes by partner", (x, s, f) -> InsightQueries.volumes(x, s, f, InsightQueries.Dimension.PARTNER));
        views.put("volumes by month", (x, s, f) -> InsightQueries.volumes(x, s, f, InsightQueries.Dimension.MONTH));
        views.put("time to acknowledge", (x, s, f) -> percentiles(InsightQueries.acknowledgeTimes(x, s, f)));
        views.put("time to resolve", (x, s, f) -> percentiles(InsightQueries.resolveTimes(x, s, f)));
        views.put("overdue", (x, s, f) -> InsightQueries.overdue(x, s, f, now));
        views.put("ratings", InsightQueries::ratings);
        views.put("turnout", (x, s, f) -> InsightQueries.turnout(x, f));
        views.put("stories", (x, s, f) -> InsightQueries.stories(x, f));
        Map<String, Object[]> scenarios = new LinkedHashMap<>();
        scenarios.put("admin, default (last 12 months)", new Object[] {null, InsightFilter.parse(null, null, null, null, null, null, today)});
        scenarios.put("admin, all five years", new Object[] {null, InsightFilter.parse(today.minusYears(5).toString(), null, null, null, null, null, today)});
        scenarios.put("admin, 5 years, Cardiff, fly-tipping", new Object[] {null, InsightFilter.parse(today.minusYears(5).toString(), null,
                "W06000015", null, "fly-tipping", null, today)});
        scenarios.put("admin, 12 months, one ward (Cathays)", new Object[] {null, InsightFilter.parse(null, null, null, "W05000857", null, null, today)});
        scenarios.put("admin, 5 years, partner = South Wales Police", new Object[] {null, InsightFilter.parse(today.minusYears(5).toString(), null,
                null, null, null, Long.toString(partners.southWalesPolice()), today)});
        scenarios.put("staff South Wales Police, default", new Object[] {partners.southWalesPolice(), InsightFilter.parse(null, null, null, null, null, null, today)});
        scenarios.put("staff South Wales Police, all five years", new Object[] {partners.southWalesPolice(),
                InsightFilter.parse(today.minusYears(5).toString(), null, null, null, null, null, today)});
        scenarios.put("staff South Wales Police, 5 years, speeding", new Object[] {partners.southWalesPolice(),
                InsightFilter.parse(today.minusYears(5).toString(), null, null, null, "speeding", null, today)});
        scenarios.put("staff Cardiff Council, all five years", new Object[] {partners.cardiffCouncil(),
                InsightFilter.parse(today.minusYears(5).toString(), null, null, null, null, null, today)});
        scenarios.put("admin, 5 years, fly-tipping", new Object[] {null, InsightFilter.parse(today.minusYears(5).toString(), null,
                null, null, "fly-tipping", null, today)});
        scenarios.put("admin, last whole month", new Object[] {null, InsightFilter.parse(today.withDayOfMonth(1).minusMonths(1).toString(),
                today.withDayOfMonth(1).minusDays(1).toString(), null, null, null, null, today)});
        // the month cells must give the figures the rows give (durations as the dashboard shows them)
        for (Map.Entry<String, Object[]> sc : scenarios.entrySet()) {
            Long scope = (Long) sc.getValue()[0];
            InsightFilter f = (InsightFilter) sc.getValue()[1];
            List<String> differ = new ArrayList<>();
            for (InsightQueries.Dimension d : InsightQueries.Dimension.values()) {
                if (!InsightQueries.volumes(c, scope, f, d, InsightQueries.Source.BEST)
                        .equals(InsightQueries.volumes(c, scope, f, d, InsightQueries.Source.ROWS))) {
                    differ.add("by " + d);
                }
            }
            if (!shown(InsightQueries.acknowledgeTimes(c, scope, f, InsightQueries.Source.BEST))
                    .equals(shown(InsightQueries.acknowledgeTimes(c, scope, f, InsightQueries.Source.ROWS)))) {
                differ.add("time to acknowledge");
            }
            if (!shown(InsightQueries.resolveTimes(c, scope, f, InsightQueries.Source.BEST))
                    .equals(shown(InsightQueries.resolveTimes(c, scope, f, InsightQueries.Source.ROWS)))) {
                differ.add("time to resolve");
            }
            System.out.printf("%-46s month cells and rows agree: %s%n", sc.getKey(), differ.isEmpty() ? "yes" : "NO, " + differ);
        }
        System.out.printf("load average before timing: %s%n", loadAverage());
        timeScenarios(c, repeats, views, scenarios);
        // as in a portal in use: the last two months have changes not rolled up yet (dirty: read from the rows)
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE insight_concern SET changed_at = NOW(6) WHERE created_at >= '"
                    + today.withDayOfMonth(1).minusMonths(1).atStartOfDay() + "' ORDER BY concern_id LIMIT 50");
        }
        System.out.printf("%nmonths not clean now: %s%n", MonthCells.dirtyMonths(c));
        Map<String, Object[]> dirty = new LinkedHashMap<>();
        for (String k : List.of("admin, default (last 12 months)", "admin, all five years", "staff South Wales Police, all five years")) {
            dirty.put(k + ", 2 months dirty", scenarios.get(k));
        }
        timeScenarios(c, repeats, views, dirty);
    }

    /** Where the whole page's queries get their connections, one each, as the portal's dashboard runs them side by side. */
    private static javax.sql.DataSource pageSource;

    /**
     * The whole page as the portal shows it ({@code Insight.dashboard}): every view's query at once, each on its own
     * connection; the time until the last one answers.
     */
    private static double[] pageSideBySide(int repeats, Map<String, View> views, Long scope, InsightFilter f) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(views.size());
        try {
            for (int i = 0; i < views.size(); i++) {
                connections.add(pageSource.getConnection());
            }
            List<View> all = new ArrayList<>(views.values());
            double[] ms = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long t = System.nanoTime();
                List<java.util.concurrent.Future<Object>> answers = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    View v = all.get(i);
                    Connection own = connections.get(i);
                    answers.add(pool.submit(() -> v.run(own, scope, f)));
                }
                for (java.util.concurrent.Future<Object> a : answers) {
                    a.get();
                }
                ms[r] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            return ms;
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new SQLException("the page's queries failed", e);
        } finally {
            pool.shutdownNow();
            for (Connection own : connections) {
                own.close();
            }
        }
    }

    private static void timeScenarios(Connection c, int repeats, Map<String, View> views, Map<String, Object[]> scenarios)
            throws SQLException {
        System.out.printf("%n%-46s %-22s %10s %10s %10s%n", "scenario", "view", "rows", "p50 ms", "max ms");
        double worst = 0;
        String worstName = "";
        double worstPage = 0;
        String worstPageName = "";
        for (Map.Entry<String, Object[]> sc : scenarios.entrySet()) {
            Long scope = (Long) sc.getValue()[0];
            InsightFilter f = (InsightFilter) sc.getValue()[1];
            double page = 0;
            for (Map.Entry<String, View> v : views.entrySet()) {
                Object result = v.getValue().run(c, scope, f);
                double[] ms = new double[repeats];
                for (int i = 0; i < repeats; i++) {
                    long t = System.nanoTime();
                    result = v.getValue().run(c, scope, f);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                double p50 = ms[(repeats - 1) / 2];
                page += p50;
                if (ms[repeats - 1] > worst) {
                    worst = ms[repeats - 1];
                    worstName = sc.getKey() + " / " + v.getKey();
                }
                System.out.printf("%-46s %-22s %10s %10.1f %10.1f%n", sc.getKey(), v.getKey(), size(result), p50, ms[repeats - 1]);
            }
            System.out.printf("%-46s %-22s %10s %10.1f%n", sc.getKey(), "WHOLE PAGE (sum p50)", "", page);
            double[] side = pageSideBySide(repeats, views, scope, f);
            System.out.printf("%-46s %-22s %10s %10.1f %10.1f%n", sc.getKey(), "WHOLE PAGE side by side", "",
                    side[(repeats - 1) / 2], side[repeats - 1]);
            if (side[repeats - 1] > worstPage) {
                worstPage = side[repeats - 1];
                worstPageName = sc.getKey();
            }
        }
        System.out.printf("%nslowest single query (max): %.1f ms (%s)%n", worst, worstName);
        System.out.printf("slowest whole page, its queries side by side as the portal runs them (max): %.1f ms (%s)%n",
                worstPage, worstPageName);
        System.out.printf("load average after timing: %s%n", loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Per partner and in all: count, median and 90th percentile in the unit and amount the dashboard shows. */
    private static Map<Long, String> shown(List<InsightQueries.DurationBin> bins) {
        Map<Long, List<Percentiles.Bin>> byPartner = new java.util.TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (InsightQueries.DurationBin b : bins) {
            byPartner.computeIfAbsent(b.partnerId(), k -> new ArrayList<>()).add(new Percentiles.Bin(b.minutes(), b.count()));
            byPartner.computeIfAbsent(-1L, k -> new ArrayList<>()).add(new Percentiles.Bin(b.minutes(), b.count()));
        }
        Map<Long, String> out = new java.util.TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        byPartner.forEach((k, v) -> {
            Percentiles p = Percentiles.of(v);
            out.put(k, p.count() + " " + DurationBuckets.shown(p.median().getAsLong()) + " " + DurationBuckets.shown(p.percentile(90).getAsLong()));
        });
        return out;
    }

    private static String size(Object result) {
        if (result instanceof List<?> l) {
            return Integer.toString(l.size());
        }
        return String.valueOf(result);
    }

    private static String percentiles(List<InsightQueries.DurationBin> bins) {
        Percentiles p = Percentiles.of(bins.stream().map(b -> new Percentiles.Bin(b.minutes(), b.count())).toList());
        return p.count() == 0 ? "-" : p.median().getAsLong() + "/" + p.percentile(90).getAsLong();
    }

    private static double[] cumulative(double[] weights, double sum) {
        double[] out = new double[weights.length];
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i] / sum;
            out[i] = acc;
        }
        out[out.length - 1] = 1.0;
        return out;
    }

    private static int pick(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        return i >= 0 ? i : Math.min(cumulative.length - 1, -i - 1);
    }

    private static long generated(Statement s) throws SQLException {
        try (ResultSet k = s.getGeneratedKeys()) {
            k.next();
            return k.getLong(1);
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
