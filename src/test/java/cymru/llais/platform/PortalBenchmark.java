package cymru.llais.platform;

import cymru.llais.budgeting.boundary.Budgeting;
import cymru.llais.budgeting.boundary.VotingBenchmark;
import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PayaraMicroProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The portal's benchmark suite, a benchmark to run and read, never a test: {@code mvn -o -Pbench package}.
 * <p>
 * It starts a MariaDB of its own and Payara Micro with the built WAR and the demo data (both on 127.0.0.1 only, data
 * under target/bench, thrown away), and measures with {@code bench.connections} connections (64), each scenario for
 * {@code bench.duration} seconds (20) after {@code bench.warmup} seconds (5) that are not counted:
 * <ul>
 * <li>the public "you said, we did" board, a concern's public page, the concerns JSON API (the list and one concern):
 * GETs by wrk ({@code wrk --latency}), as an anonymous visitor;</li>
 * <li>the same board saved as a static file and served by nginx on its own loopback port, for the ratio to what this
 * machine can serve at all;</li>
 * <li>reports through the JSON API ({@code POST /api/concerns}) and ballots through the JSON API
 * ({@code POST /api/budgeting/rounds/{id}/ballots}, with voting codes made through the administration pages): a
 * closed-loop Java client, one kept-alive connection per client; a report is acknowledged by its 201, a ballot by
 * its 201 with a receipt, both sent after the commit.</li>
 * </ul>
 * Per scenario it prints requests a second, p50 and p99 latency, errors (non-2xx/3xx, socket errors) and the
 * portal's resident memory (VmRSS of the Payara Micro process) afterwards, each beside its target; then it counts
 * the reports and ballots in the database and compares them with those acknowledged. Without wrk (Debian package
 * {@code wrk}) the GET scenarios are skipped, without nginx ({@code nginx-light}) the static limit; it says so.
 * <p>
 * Options: -Dbench.duration=20 -Dbench.warmup=5 -Dbench.connections=64 -Dbench.threads=2 -Dbench.port=8096
 * -Dbench.codes=30000 -Dbench.jfr=FILE (a JDK Flight Recorder profile of the portal). The report rate limit is raised for the run ({@code llais.rate.reports-per-hour}): all
 * clients share one address here.
 */
public final class PortalBenchmark {

    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String PASSWORD = "Llais-demo-2026!";

    private final int duration = Integer.getInteger("bench.duration", 20);
    private final int warmup = Integer.getInteger("bench.warmup", 5);
    private final int connections = Integer.getInteger("bench.connections", 64);
    private final int threads = Integer.getInteger("bench.threads", 2);
    private final Path root;
    private final List<String> summary = new ArrayList<>();
    private Process payara;

    private PortalBenchmark(Path root) {
        this.root = root;
    }

    /** What one scenario measured. */
    record Figures(double perSecond, double p50Millis, double p99Millis, long requests, long errors, double portalCpuMillis,
                   double databaseCpuMillis) {

        Figures withCpu(Cpu before, Cpu after, long count) {
            return new Figures(perSecond, p50Millis, p99Millis, requests, errors,
                    (after.portal - before.portal) / 1e6 / Math.max(1, count), (after.database - before.database) / 1e6 / Math.max(1, count));
        }

        /** Requests a second that the portal and its database could serve on this machine's cores with nothing else running. */
        double idleBound() {
            return Runtime.getRuntime().availableProcessors() * 1000 / (portalCpuMillis + databaseCpuMillis);
        }
    }

    /**
     * CPU time used so far by the portal and by MariaDB, in nanoseconds. On a machine shared with other work, requests a
     * second mostly measure the others; the CPU time one request costs does not.
     */
    record Cpu(long portal, long database) {

        static Cpu of(Process payara) {
            long portal = payara.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
            long database = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().orElse("").matches(".*(mysqld|mariadbd)$"))
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
            return new Cpu(portal, database);
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("bench.port", 8096);
        Path base = Path.of("").toAbsolutePath();
        Path war = base.resolve("target/llais.war");
        Path micro = base.resolve("target/payara-micro.jar");
        if (!Files.exists(war) || !Files.exists(micro)) {
            throw new IllegalStateException("build first: target/llais.war and target/payara-micro.jar are missing");
        }
        Path root = base.resolve("target/bench");
        deleteTree(root);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(root.resolve("mariadb"), EmbeddedMariaDb.freePort());
        PortalBenchmark bench = new PortalBenchmark(root);
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
            props.put("llais.rate.reports-per-hour", "100000000");
            Path preboot = PayaraMicroProcess.loopbackPreboot(root);
            List<String> command = PayaraMicroProcess.profiled(PayaraMicroProcess.command(micro, war, port, root.resolve("payara"), preboot, props));
            bench.payara = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(root.resolve("payara.log").toFile()).start();
            Process started = bench.payara;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.destroy();
                db.stop();
            }));
            String url = "http://127.0.0.1:" + port + "/";
            System.out.printf(Locale.ROOT, "Llais benchmark suite: Java %s, %d processors, load average %.2f; %d connections, "
                            + "%d s per scenario after %d s of warm-up; portal log in %s%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load(),
                    bench.connections, bench.duration, bench.warmup, root.resolve("payara.log"));
            VotingBenchmark.waitForPortal(url, bench.payara);
            bench.run(url, db);
        } finally {
            if (bench.payara != null) {
                bench.payara.destroy();
                bench.payara.waitFor();
            }
            db.stop();
        }
        System.exit(0);
    }

    private void run(String url, EmbeddedMariaDb db) throws Exception {
        System.out.printf(Locale.ROOT, "portal started: resident memory %s%n", rss());
        Http admin = new Http(url);
        if (!Faces.signIn(admin, ADMIN, PASSWORD)) {
            throw new IllegalStateException("the demo administrator could not sign in");
        }
        String word = "Meincnod" + letters(System.currentTimeMillis());
        String round = VotingBenchmark.createRound(admin, word, 1);
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            projects.add(VotingBenchmark.feasibleProject(admin, round, word + " project " + letters(i), 1000 + 100 * i));
        }
        int codeCount = Integer.getInteger("bench.codes", 30_000);
        List<String> codes = new ArrayList<>();
        while (codes.size() < codeCount) {
            codes.addAll(VotingBenchmark.codes(admin, round, Math.min(Budgeting.MAX_CODES, codeCount - codes.size())));
        }
        VotingBenchmark.saveRound(admin, round, word, -1);
        System.out.printf(Locale.ROOT, "round %s open for voting with 10 projects and %,d voting codes%n", round, codes.size());

        Http anonymous = new Http(url);
        JsonObject list = Json.createReader(new StringReader(anonymous.get("api/concerns").body())).readObject();
        String reference = list.getJsonArray("items").getJsonObject(0).getString("reference");
        String board = anonymous.get("outcomes/index.xhtml").body();
        System.out.printf(Locale.ROOT, "demo data: %d public concerns; the board page is %,d bytes; concern %s%n",
                list.getInt("total"), board.getBytes(StandardCharsets.UTF_8).length, reference);

        String wrk = executable("wrk", "/usr/bin/wrk", "/usr/local/bin/wrk");
        if (wrk == null) {
            System.out.println("wrk is not installed, so the GET scenarios are skipped: install it with "
                    + "'apt-get install -y wrk' (Debian) and run again");
        } else {
            Figures b = wrk(wrk, url + "outcomes/index.xhtml");
            report("board (outcomes/index.xhtml)", b, b.perSecond >= 1000 && b.p99Millis < 200, ">= 1,000/s, p99 < 200 ms");
            nginx(wrk, board, b);
            report("concern page (concerns/view.xhtml)", wrk(wrk, url + "concerns/view.xhtml?ref=" + reference), null, "none set");
            Figures l = wrk(wrk, url + "api/concerns");
            report("JSON GET list (api/concerns)", l, l.perSecond >= 2000, ">= 2,000/s");
            Figures o = wrk(wrk, url + "api/concerns/" + reference);
            report("JSON GET one (api/concerns/{ref})", o, o.perSecond >= 2000, ">= 2,000/s");
        }

        AtomicLong reportsAcknowledged = new AtomicLong();
        String reportBody = Json.createObjectBuilder().add("category", "fly-tipping").add("lat", 51.4905).add("lon", -3.1745)
                .add("language", "en").add("description", word + " rubbish dumped in the lane behind the shops").build().toString();
        URI reports = URI.create(url + "api/concerns");
        Figures r = closedLoop((http, i, random) -> {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(reports).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(reportBody)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() == 201 && res.body().contains("\"reference\"")) {
                reportsAcknowledged.incrementAndGet();
                return true;
            }
            return false;
        }, Integer.MAX_VALUE);
        report("report submissions (POST api/concerns)", r, r.perSecond >= 300, ">= 300/s");

        AtomicLong ballotsAcknowledged = new AtomicLong();
        URI ballots = URI.create(url + "api/budgeting/rounds/" + round + "/ballots");
        Figures v = closedLoop((http, i, random) -> {
            List<String> choice = new ArrayList<>(projects);
            Collections.shuffle(choice, random);
            String body = "{\"code\":\"" + codes.get(i) + "\",\"choices\":["
                    + String.join(",", choice.subList(0, 1 + random.nextInt(3))) + "]}";
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(ballots).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() == 201 && res.body().contains("\"receipt\"")) {
                ballotsAcknowledged.incrementAndGet();
                return true;
            }
            return false;
        }, codes.size());
        report("ballots (POST api/budgeting/rounds/{id}/ballots)", v, v.perSecond >= 500, ">= 500/s");

        long reportsStored = count(db, "SELECT COUNT(*) FROM concern WHERE description LIKE ?", "%" + word + "%");
        long ballotsStored = count(db, "SELECT COUNT(*) FROM pb_ballot WHERE round_id = ?", Long.parseLong(round));
        long rss = rssKb();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-50s %10s %10s %10s %8s %9s %9s %10s  %s%n", "scenario", "req/s", "p50 ms", "p99 ms",
                "errors", "portal ms", "db ms", "idle req/s", "target");
        System.out.println("(portal ms, db ms: CPU time per request of the portal and of MariaDB; idle req/s: what they would "
                + "serve on these cores if nothing else ran, load generator excluded)");
        summary.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "portal resident memory at the end: %,d MB (target < 1,024 MB: %s)%n", rss / 1024,
                rss < 1024 * 1024 ? "PASS" : "MISS");
        System.out.printf(Locale.ROOT, "reports acknowledged %,d, in the database %,d: %s%n", reportsAcknowledged.get(),
                reportsStored, reportsAcknowledged.get() == reportsStored ? "equal" : "NOT EQUAL");
        System.out.printf(Locale.ROOT, "ballots acknowledged %,d, in the database %,d: %s%n", ballotsAcknowledged.get(),
                ballotsStored, ballotsAcknowledged.get() == ballotsStored ? "equal" : "NOT EQUAL");
        deadlocks(db);
        System.out.printf(Locale.ROOT, "load average at the end %.2f (the load generator, the portal and MariaDB share %d cores)%n",
                load(), Runtime.getRuntime().availableProcessors());
    }

    private void report(String scenario, Figures f, Boolean met, String target) {
        String line = String.format(Locale.ROOT, "%-50s %10.0f %10.1f %10.1f %8d %9.2f %9.2f %10.0f  %s%s", scenario,
                f.perSecond, f.p50Millis, f.p99Millis, f.errors, f.portalCpuMillis, f.databaseCpuMillis, f.idleBound(), target,
                met == null ? "" : met ? " PASS" : " MISS");
        System.out.println(line + "; portal resident memory " + rss());
        summary.add(line);
    }

    /** GETs by wrk: a warm-up run, then the measured run with its latency distribution. */
    private Figures wrk(String wrk, String url) throws Exception {
        runWrk(wrk, url, warmup);
        Cpu before = Cpu.of(payara);
        Figures f = runWrk(wrk, url, duration);
        return f.withCpu(before, Cpu.of(payara), f.requests());
    }

    private Figures runWrk(String wrk, String url, int seconds) throws Exception {
        Process p = new ProcessBuilder(wrk, "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                "--latency", url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return parseWrk(out);
    }

    static Figures parseWrk(String out) {
        double perSecond = number(out, "Requests/sec:\\s+([\\d.]+)");
        double p50 = millis(out, "50%");
        double p99 = millis(out, "99%");
        long requests = (long) number(out, "(\\d+) requests in");
        long errors = (long) orZero(out, "Non-2xx or 3xx responses:\\s+(\\d+)");
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (socket.find()) {
            // read errors are the server closing kept-alive connections, as wrk counts them; the rest are failures
            errors += Long.parseLong(socket.group(1)) + Long.parseLong(socket.group(3)) + Long.parseLong(socket.group(4));
        }
        return new Figures(perSecond, p50, p99, requests, errors, Double.NaN, Double.NaN);
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double orZero(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** A percentile line of wrk's latency distribution ({@code 99%   12.34ms}) in milliseconds. */
    private static double millis(String out, String percentile) {
        Matcher m = Pattern.compile("^\\s+" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE)
                .matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            default -> v * 60_000;
        };
    }

    /** The board saved as a static file, served by nginx on its own loopback port and measured the same way. */
    private void nginx(String wrk, String board, Figures portal) throws Exception {
        String nginx = executable("nginx", "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx");
        if (nginx == null) {
            System.out.println("nginx is not installed, so the board is not measured as a static file: install it with "
                    + "'apt-get install -y nginx-light' (Debian) and run again");
            return;
        }
        Path dir = root.resolve("nginx");
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(dir.resolve("html/board.html"), board);
        int port = EmbeddedMariaDb.freePort();
        String conf = String.join("\n",
                "root".equals(System.getProperty("user.name")) ? "user root;" : "",
                "worker_processes auto;",
                "daemon off;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + " warn;",
                "events { worker_connections 1024; }",
                "http {",
                "  access_log off;",
                "  client_body_temp_path " + dir.resolve("tmp/body") + ";",
                "  proxy_temp_path " + dir.resolve("tmp/proxy") + ";",
                "  fastcgi_temp_path " + dir.resolve("tmp/fastcgi") + ";",
                "  uwsgi_temp_path " + dir.resolve("tmp/uwsgi") + ";",
                "  scgi_temp_path " + dir.resolve("tmp/scgi") + ";",
                "  types { text/html html; }",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    root " + dir.resolve("html") + ";",
                "  }",
                "}", "");
        Path confFile = dir.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        Process server = new ProcessBuilder(nginx, "-p", dir.toString(), "-e", dir.resolve("error.log").toString(), "-c",
                confFile.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        try {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!listening(port)) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    System.out.println("nginx did not start; see " + dir.resolve("error.log") + " and " + dir.resolve("nginx.out"));
                    return;
                }
                Thread.sleep(100);
            }
            Figures f = wrk(wrk, "http://127.0.0.1:" + port + "/board.html");
            String line = String.format(Locale.ROOT, "%-50s %10.0f %10.1f %10.1f %8d %9s %9s %10s  the limit: portal/nginx %.3f",
                    "the same board, static, by nginx", f.perSecond, f.p50Millis, f.p99Millis, f.errors, "", "", "",
                    portal.perSecond / f.perSecond);
            System.out.println(line);
            summary.add(line);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** One request of a closed-loop client: its own kept-alive connection, the index of the request, a random. */
    interface Call {
        boolean send(HttpClient http, int index, Random random) throws Exception;
    }

    /**
     * {@code connections} clients each sending one request after the other, for the warm-up and then for the
     * measured duration (or until {@code limit} requests in all have been sent); only the measured ones count.
     */
    private Figures closedLoop(Call call, int limit) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong measuredStart = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong done = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong sent = new AtomicLong();
        Cpu before = Cpu.of(payara);
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + duration * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            long seed = c;
            running.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                Random random = new Random(seed);
                List<Long> mine = new ArrayList<>();
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    int i = next.getAndIncrement();
                    if (i >= limit) {
                        break;
                    }
                    boolean ok;
                    try {
                        ok = call.send(http, i, random);
                    } catch (Exception e) {
                        ok = false;
                        if (firstErrors.size() < 5) {
                            firstErrors.add(e.toString());
                        }
                    }
                    long t1 = System.nanoTime();
                    sent.incrementAndGet();
                    if (t0 >= measureFrom && t1 <= end) {
                        done.incrementAndGet();
                        mine.add(t1 - t0);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }
                latencies.add(mine.stream().mapToLong(Long::longValue).toArray());
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        Cpu after = Cpu.of(payara);
        long measuredEnd = Math.min(end, System.nanoTime());
        double seconds = Math.max(0.001, (measuredEnd - measureFrom) / 1e9);
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        if (next.get() >= limit) {
            System.out.printf(Locale.ROOT, "(all %,d voting codes used before the time was up: more with -Dbench.codes)%n", limit);
        }
        firstErrors.forEach(e -> System.out.println("  error: " + e));
        return new Figures((done.get() - errors.get()) / seconds, percentile(all, 50) / 1e6, percentile(all, 99) / 1e6,
                done.get(), errors.get(), Double.NaN, Double.NaN).withCpu(before, after, sent.get());
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private String rss() {
        long kb = rssKb();
        return kb < 0 ? "unknown" : String.format(Locale.ROOT, "%,d MB", kb / 1024);
    }

    /** VmRSS of the Payara Micro process, from /proc, in kB; -1 where there is no /proc. */
    private long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(payara.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String executable(String name, String... candidates) {
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    /**
     * How many deadlocks InnoDB broke during the run (each a transaction rolled back: the portal tries a report's again)
     * and the last one, with both transactions' statements and locks, for whoever wants to remove its cause.
     */
    private static void deadlocks(EmbeddedMariaDb db) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             java.sql.Statement s = c.createStatement()) {
            long count = 0;
            try (ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")) {
                if (r.next()) {
                    count = r.getLong(2);
                }
            }
            System.out.printf(Locale.ROOT, "deadlocks InnoDB broke during the run: %,d%n", count);
            if (count > 0) {
                db.grantProcess();
                // a global privilege counts from the next connection on
                try (Connection again = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
                     java.sql.Statement status = again.createStatement();
                     ResultSet r = status.executeQuery("SHOW ENGINE INNODB STATUS")) {
                    if (r.next()) {
                        String text = r.getString(3);
                        int from = text.indexOf("LATEST DETECTED DEADLOCK");
                        int to = text.indexOf("TRANSACTIONS\n------------", Math.max(from, 0));
                        if (from >= 0) {
                            System.out.println(text.substring(from, to > from ? to : text.length()));
                        }
                    }
                }
            }
        } catch (Exception e) {
            System.out.println("deadlocks: not read (" + e.getMessage() + ")");
        }
    }

    private static long count(EmbeddedMariaDb db, String sql, Object parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String letters(long n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
