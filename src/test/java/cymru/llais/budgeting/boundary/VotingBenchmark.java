package cymru.llais.budgeting.boundary;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PayaraMicroProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How many ballots a second the portal takes through its real ballot page, each one committed before it is
 * acknowledged. A benchmark to run and read, never a test: {@code mvn -o -Pbench-vote package}.
 * <p>
 * It starts a MariaDB of its own (data under target/bench-vote, thrown away) and Payara Micro with the built
 * WAR, both on 127.0.0.1 only and without clustering; signs in as the demo administrator and, through the
 * administration pages, makes an approval round with {@code bench.projects} feasible projects, downloads
 * {@code bench.codes} voting codes and opens the voting. Then {@code bench.clients} concurrent clients (each
 * its own cookie jar, as a browser) vote with the codes, each ballot as a browser casts it: GET the ballot
 * page, POST the form with the view state, the code and one to three projects; the acknowledgement is the
 * redirect to the receipt page, which the portal sends only after the commit, and the client then GETs the
 * receipt page as a browser would. The first {@code bench.warmup} ballots warm the server up and are not
 * timed. It prints ballots a second, latencies and errors, and finally compares the ballots in the database
 * with the ballots acknowledged.
 * <p>
 * With {@code -Dbench.mode=api} the clients cast through the JSON API instead: each its own java.net.http client
 * (HTTP/1.1, kept-alive connection), one {@code POST /api/budgeting/rounds/{id}/ballots} per ballot with the code
 * and one to three project ids; the acknowledgement is the 201 with the receipt, sent only after the commit.
 * <p>
 * Options: -Dbench.mode=page|api -Dbench.codes=20000 -Dbench.warmup=2000 -Dbench.clients=32 -Dbench.projects=10
 * -Dbench.port=8095 -Dbench.jfr=FILE (records a JDK Flight Recorder profile of the portal into FILE, written when it
 * stops; read it with {@code jfr print --events jdk.ExecutionSample FILE}).
 */
public final class VotingBenchmark {

    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String PASSWORD = "Llais-demo-2026!";

    private VotingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int codeCount = Integer.getInteger("bench.codes", 20_000);
        int warmup = Integer.getInteger("bench.warmup", 2_000);
        int clients = Integer.getInteger("bench.clients", 32);
        int projectCount = Integer.getInteger("bench.projects", 10);
        int port = Integer.getInteger("bench.port", 8095);
        Path base = Path.of("").toAbsolutePath();
        Path war = base.resolve("target/llais.war");
        Path micro = base.resolve("target/payara-micro.jar");
        if (!Files.exists(war) || !Files.exists(micro)) {
            throw new IllegalStateException("build first: target/llais.war and target/payara-micro.jar are missing");
        }
        Path root = base.resolve("target/bench-vote");
        deleteTree(root);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(root.resolve("mariadb"), EmbeddedMariaDb.freePort());
        Process payara = null;
        try {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("llais.db.url", db.jdbcUrl());
            props.put("llais.db.user", EmbeddedMariaDb.USER);
            props.put("llais.db.password", EmbeddedMariaDb.PASSWORD);
            props.put("llais.demo.enabled", "true");
            props.put("llais.base-url", "http://127.0.0.1:" + port);
            props.put("llais.map.tile-url", "none");
            props.put("llais.mail.host", "127.0.0.1");
            props.put("llais.mail.port", Integer.toString(EmbeddedMariaDb.freePort()));
            Path preboot = PayaraMicroProcess.loopbackPreboot(root);
            List<String> command = PayaraMicroProcess.profiled(PayaraMicroProcess.command(micro, war, port, root.resolve("payara"), preboot, props));
            payara = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(root.resolve("payara.log").toFile()).start();
            Process started = payara;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.destroy();
                db.stop();
            }));
            String url = "http://127.0.0.1:" + port + "/";
            System.out.printf(Locale.ROOT, "Llais voting benchmark: Java %s, %d processors; portal log in %s%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), root.resolve("payara.log"));
            waitForPortal(url, payara);
            run(url, db, codeCount, warmup, clients, projectCount);
        } finally {
            if (payara != null) {
                payara.destroy();
                payara.waitFor();
            }
            db.stop();
        }
        System.exit(0);
    }

    private static void run(String url, EmbeddedMariaDb db, int codeCount, int warmup, int clients, int projectCount)
            throws Exception {
        Http admin = new Http(url);
        if (!Faces.signIn(admin, ADMIN, PASSWORD)) {
            throw new IllegalStateException("the demo administrator could not sign in");
        }
        String title = "Benchmark" + Long.toString(System.currentTimeMillis(), 36).replaceAll("\\d", "");
        String round = createRound(admin, title, 1);
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < projectCount; i++) {
            projects.add(feasibleProject(admin, round, title + " project " + letters(i), 1000 + 100 * i));
        }
        List<String> codes = new ArrayList<>();
        while (codes.size() < codeCount) {
            codes.addAll(codes(admin, round, Math.min(Budgeting.MAX_CODES, codeCount - codes.size())));
        }
        saveRound(admin, round, title, -1);
        System.out.printf(Locale.ROOT, "round %s: approval of up to 3 of %d projects, %,d voting codes, voting open%n",
                round, projectCount, codes.size());

        int warm = Math.min(warmup, codes.size() / 2);
        if ("api".equals(System.getProperty("bench.mode", "page"))) {
            runApi(url, db, round, codes, warm, clients, projects);
            return;
        }
        Result w = vote(url, round, codes.subList(0, warm), projects, clients);
        System.out.printf(Locale.ROOT, "warm-up: %,d ballots in %.1f s (%.0f a second), %d errors%n",
                w.acknowledged.get(), w.seconds, w.acknowledged.get() / w.seconds, w.errors.get());
        Result r = vote(url, round, codes.subList(warm, codes.size()), projects, clients);
        System.out.printf(Locale.ROOT, "%d concurrent clients, %,d ballots: %.1f s, %.0f ballots a second sustained, %d errors%n",
                clients, r.acknowledged.get(), r.seconds, r.acknowledged.get() / r.seconds, r.errors.get());
        System.out.printf(Locale.ROOT, "  whole ballot (GET page, POST, GET receipt): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                r.percentile(r.ballot, 50), r.percentile(r.ballot, 99), r.percentile(r.ballot, 100));
        System.out.printf(Locale.ROOT, "  GET ballot page: p50 %.1f ms, p99 %.1f ms; POST until acknowledged (committed): p50 %.1f ms, p99 %.1f ms; GET receipt page: p50 %.1f ms, p99 %.1f ms%n",
                r.percentile(r.get, 50), r.percentile(r.get, 99), r.percentile(r.post, 50), r.percentile(r.post, 99),
                r.percentile(r.receipt, 50), r.percentile(r.receipt, 99));
        System.out.println("  " + r.cpuAfter.perBallot(r.cpuBefore, r.acknowledged.get()));
        r.firstErrors.stream().limit(5).forEach(e -> System.out.println("  error: " + e));
        long acknowledged = (long) w.acknowledged.get() + r.acknowledged.get();
        long stored = count(db, "SELECT COUNT(*) FROM pb_ballot WHERE round_id = ?", Long.parseLong(round));
        long voters = count(db, "SELECT COUNT(*) FROM pb_voter WHERE round_id = ?", Long.parseLong(round));
        System.out.printf(Locale.ROOT, "ballots acknowledged %,d; in the database %,d ballots and %,d voters: %s%n",
                acknowledged, stored, voters, acknowledged == stored && stored == voters ? "equal" : "NOT EQUAL");
    }

    private static void runApi(String url, EmbeddedMariaDb db, String round, List<String> codes, int warm, int clients,
                               List<String> projects) throws Exception {
        Result w = voteApi(url, round, codes.subList(0, warm), projects, clients);
        System.out.printf(Locale.ROOT, "API warm-up: %,d ballots in %.1f s (%.0f a second), %d errors%n",
                w.acknowledged.get(), w.seconds, w.acknowledged.get() / w.seconds, w.errors.get());
        Result r = voteApi(url, round, codes.subList(warm, codes.size()), projects, clients);
        System.out.printf(Locale.ROOT, "API, %d concurrent clients, %,d ballots: %.1f s, %.0f ballots a second sustained, %d errors%n",
                clients, r.acknowledged.get(), r.seconds, r.acknowledged.get() / r.seconds, r.errors.get());
        System.out.printf(Locale.ROOT, "  POST until 201 (committed): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                r.percentile(r.post, 50), r.percentile(r.post, 99), r.percentile(r.post, 100));
        System.out.println("  " + r.cpuAfter.perBallot(r.cpuBefore, r.acknowledged.get()));
        r.firstErrors.stream().limit(5).forEach(e -> System.out.println("  error: " + e));
        long acknowledged = (long) w.acknowledged.get() + r.acknowledged.get();
        long stored = count(db, "SELECT COUNT(*) FROM pb_ballot WHERE round_id = ?", Long.parseLong(round));
        long voters = count(db, "SELECT COUNT(*) FROM pb_voter WHERE round_id = ?", Long.parseLong(round));
        long used = count(db, "SELECT COUNT(*) FROM pb_voting_code WHERE round_id = ? AND used", Long.parseLong(round));
        System.out.printf(Locale.ROOT, "ballots acknowledged %,d; in the database %,d ballots, %,d voters, %,d codes used: %s%n",
                acknowledged, stored, voters, used, acknowledged == stored && stored == voters && voters == used ? "equal" : "NOT EQUAL");
    }

    private static Result voteApi(String url, String round, List<String> codes, List<String> projects, int clients)
            throws Exception {
        Result result = new Result();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        URI ballots = URI.create(url + "api/budgeting/rounds/" + round + "/ballots");
        result.cpuBefore = Cpu.now();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            running.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                Random random = new Random(seed);
                for (int i = next.getAndIncrement(); i < codes.size(); i = next.getAndIncrement()) {
                    List<String> choice = new ArrayList<>(projects);
                    Collections.shuffle(choice, random);
                    String body = "{\"code\":\"" + codes.get(i) + "\",\"choices\":["
                            + String.join(",", choice.subList(0, 1 + random.nextInt(3))) + "]}";
                    HttpRequest request = HttpRequest.newBuilder(ballots).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    try {
                        long t0 = System.nanoTime();
                        HttpResponse<String> cast = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        if (cast.statusCode() != 201 || !cast.body().contains("\"receipt\"")) {
                            result.error("POST " + cast.statusCode() + " " + cast.body());
                            continue;
                        }
                        result.acknowledged.incrementAndGet();
                        result.post.add((t1 - t0) / 1e6);
                    } catch (Exception e) {
                        result.error(e.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        result.seconds = (System.nanoTime() - start) / 1e9;
        result.cpuAfter = Cpu.now();
        pool.shutdown();
        return result;
    }

    /**
     * CPU time used so far by the portal (Payara Micro), the database and this process (the clients), in
     * nanoseconds. On a machine shared with other work, ballots a second mostly measure the others; the CPU time
     * one ballot costs does not, and 2 cores divided by it is what an idle machine could take at most.
     */
    private record Cpu(long portal, long database, long clients) {

        static Cpu now() {
            long portal = 0;
            long database = 0;
            for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
                long nanos = p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
                String command = p.info().command().orElse("");
                if (command.contains("mysqld") || command.contains("mariadbd")) {
                    database += nanos;
                } else {
                    portal += nanos;
                }
            }
            long own = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            return new Cpu(portal, database, own);
        }

        String perBallot(Cpu before, int ballots) {
            double p = (portal - before.portal) / 1e6 / ballots;
            double d = (database - before.database) / 1e6 / ballots;
            double c = (clients - before.clients) / 1e6 / ballots;
            return String.format(Locale.ROOT, "CPU per ballot: portal %.2f ms, database %.2f ms, clients %.2f ms; "
                    + "all %.2f ms, so at most %.0f ballots a second on %d idle cores (load average now %.1f)", p, d, c,
                    p + d + c, Runtime.getRuntime().availableProcessors() * 1000 / (p + d + c),
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static final class Result {
        Cpu cpuBefore;
        Cpu cpuAfter;
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final ConcurrentLinkedQueue<Double> ballot = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Double> get = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Double> post = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Double> receipt = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        double seconds;

        double percentile(ConcurrentLinkedQueue<Double> values, int p) {
            double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (v.length == 0) {
                return Double.NaN;
            }
            return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1 < 0 ? 0 : (int) Math.ceil(p / 100.0 * v.length) - 1)];
        }

        void error(String what) {
            errors.incrementAndGet();
            if (firstErrors.size() < 20) {
                firstErrors.add(what);
            }
        }
    }

    private static Result vote(String url, String round, List<String> codes, List<String> projects, int clients)
            throws Exception {
        Result result = new Result();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        String page = "budgeting/vote.xhtml?round=" + round;
        result.cpuBefore = Cpu.now();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            running.add(pool.submit(() -> {
                Http http = new Http(url);
                Random random = new Random(seed);
                for (int i = next.getAndIncrement(); i < codes.size(); i = next.getAndIncrement()) {
                    List<String> choice = new ArrayList<>(projects);
                    Collections.shuffle(choice, random);
                    List<String> fields = new ArrayList<>(List.of("code", codes.get(i)));
                    for (String p : choice.subList(0, 1 + random.nextInt(3))) {
                        fields.add("project");
                        fields.add(p);
                    }
                    try {
                        long t0 = System.nanoTime();
                        HttpResponse<String> form = http.get(page);
                        long t1 = System.nanoTime();
                        if (form.statusCode() != 200) {
                            result.error("GET " + form.statusCode());
                            continue;
                        }
                        HttpResponse<String> cast = Faces.submitOn(http, page, form.body(), "ballot", "cast",
                                fields.toArray(String[]::new));
                        long t2 = System.nanoTime();
                        String location = cast.headers().firstValue("Location").orElse("");
                        if (cast.statusCode() != 302 || !location.contains("voted.xhtml?receipt=")) {
                            result.error("POST " + cast.statusCode() + " " + location);
                            continue;
                        }
                        result.acknowledged.incrementAndGet();
                        HttpResponse<String> shown = http.get(location);
                        long t3 = System.nanoTime();
                        if (shown.statusCode() != 200) {
                            result.error("receipt page " + shown.statusCode());
                        }
                        result.get.add((t1 - t0) / 1e6);
                        result.post.add((t2 - t1) / 1e6);
                        result.receipt.add((t3 - t2) / 1e6);
                        result.ballot.add((t3 - t0) / 1e6);
                    } catch (Exception e) {
                        result.error(e.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        result.seconds = (System.nanoTime() - start) / 1e9;
        result.cpuAfter = Cpu.now();
        pool.shutdown();
        return result;
    }

    public static void waitForPortal(String url, Process payara) throws Exception {
        Http http = new Http(url);
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!payara.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see its log");
            }
            try {
                if (http.get("signin.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the portal did not start within ten minutes");
    }

    private static String letters(int i) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return s.toString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static String[] roundFields(String title, int votingFromDays) {
        LocalDate t = today();
        return new String[] {"area", "WARD:W05000857", "titleEn", title + " safer streets", "titleCy", title + " strydoedd diogelach",
                "descriptionEn", "A benchmark round", "descriptionCy", "Rownd i fesur cyflymder", "budget", "10000",
                "ballotType", "APPROVAL", "maxProjects", "3", "points", "", "rule", "EQUAL_SHARES",
                "ideasFrom", t.minusDays(60).toString(), "reviewFrom", t.minusDays(30).toString(),
                "votingFrom", t.plusDays(votingFromDays).toString(), "resultsFrom", t.plusDays(20).toString(),
                "deliveryFrom", t.plusDays(50).toString()};
    }

    public static String createRound(Http admin, String title, int votingFromDays) throws Exception {
        HttpResponse<String> r = Faces.submit(admin, "admin/rounds.xhtml", "round", "saveRound", roundFields(title, votingFromDays));
        Matcher m = Pattern.compile("round\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        if (r.statusCode() != 302 || !m.find()) {
            throw new IllegalStateException("the round was not saved: " + r.statusCode());
        }
        return m.group(1);
    }

    public static void saveRound(Http admin, String round, String title, int votingFromDays) throws Exception {
        HttpResponse<String> r = Faces.submit(admin, "admin/rounds.xhtml?id=" + round, "round", "saveRound",
                roundFields(title, votingFromDays));
        if (r.statusCode() != 302) {
            throw new IllegalStateException("the round's dates were not saved: " + r.statusCode());
        }
    }

    public static String feasibleProject(Http admin, String round, String title, long cost) throws Exception {
        String page = "admin/round.xhtml?id=" + round;
        HttpResponse<String> r = Faces.submit(admin, page, "project", "saveProject", "titleEn", title + " lights",
                "titleCy", title + " goleuadau", "descriptionEn", "New lights on the path", "descriptionCy",
                "Goleuadau newydd ar y llwybr", "cost", Long.toString(cost), "place", "");
        if (r.statusCode() != 302) {
            throw new IllegalStateException("the project was not saved: " + r.statusCode());
        }
        String html = admin.get(page).body();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(title) + " lights</option>").matcher(html);
        if (!option.find()) {
            throw new IllegalStateException("the project is not listed");
        }
        String id = option.group(1);
        HttpResponse<String> d = Faces.submitOn(admin, page, html, "decision", "decide", "decisionProject", id,
                "decisionValue", "FEASIBLE", "reasonEn", "", "reasonCy", "");
        if (d.statusCode() != 200) {
            throw new IllegalStateException("the project was not decided feasible: " + d.statusCode());
        }
        return id;
    }

    public static List<String> codes(Http admin, String round, int n) throws Exception {
        HttpResponse<String> csv = Faces.submit(admin, "admin/round.xhtml?id=" + round, "codes", "downloadCodes",
                "codeCount", Integer.toString(n));
        List<String> lines = csv.body().lines().toList();
        if (csv.statusCode() != 200 || lines.isEmpty() || !"round,code".equals(lines.get(0))) {
            throw new IllegalStateException("no codes: " + csv.statusCode());
        }
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1]).toList();
    }

    private static long count(EmbeddedMariaDb db, String sql, long round) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, round);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
