package cymru.llais.platform;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.Faces;
import cymru.llais.testing.Http;
import cymru.llais.testing.PayaraMicroProcess;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Payara Micro instances of the portal form one cluster on loopback (Payara's Hazelcast, TCP/IP members on
 * 127.0.0.1, never multicast) over the test run's MariaDB and SMTP server, and survive faults: hostile requests
 * (no 5xx, nothing stored, no stack trace), the SMTP server down (every e-mail sent once when it is back, by either
 * instance), MariaDB stopped and started again under load (503 pages and problems meanwhile, recovery by itself,
 * nothing acknowledged lost), and one instance killed (kill -9) in the middle of a resident's session and under
 * report and ballot load (the resident finishes on the other instance, still signed in; every acknowledged report
 * and ballot is in the database once). Not Arquillian-managed: it starts its own two processes. Every wait is a
 * bounded poll; nothing asserts speed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterResilienceIT {

    private static final String PASSWORD = "Llais-demo-2026!";
    private static final String ADMIN = "gweinyddwr@llais.example";
    private static final String RESIDENT = "preswylydd@llais.example";
    private static final String CATHAYS = "W05000857";
    private static final Random RANDOM = new Random();
    /** Letters only: digits in a description can look like a phone number and hold a report for moderation. */
    private static final String RUN = word(6);

    private static long started;
    private static Path root;
    private static final int[] httpPorts = new int[2];
    private static final Process[] instances = new Process[2];
    private static final String[] urls = new String[2];
    private static String round;
    private static List<String> projects;
    private static final ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        started = System.nanoTime();
        TestServers.start();
        root = Path.of("target", "cluster-it-" + ProcessHandle.current().pid()).toAbsolutePath();
        Files.createDirectories(root);
        Path preboot = PayaraMicroProcess.loopbackPreboot(root);
        int[] memberPorts = {EmbeddedMariaDb.freePort(), EmbeddedMariaDb.freePort()};
        String clusterName = "llais-cluster-it-" + ProcessHandle.current().pid();
        for (int i = 0; i < 2; i++) {
            httpPorts[i] = EmbeddedMariaDb.freePort();
            urls[i] = "http://127.0.0.1:" + httpPorts[i] + "/";
        }
        // both at once; only the first loads the demo data (into an empty database: no other test class may have);
        // Flyway's lock lets one of them migrate the database
        for (int i = 0; i < 2; i++) {
            instances[i] = start(i, preboot, clusterName, memberPorts);
        }
        for (int i = 0; i < 2; i++) {
            awaitReady(i);
        }
        // both members in one cluster: Payara logs its data grid's members
        Path log = root.resolve("instance-1.log");
        boolean joined = false;
        for (int i = 0; i < 240 && !joined; i++) {
            joined = Files.readString(log, StandardCharsets.ISO_8859_1).contains("DG Size: 2");
            if (!joined) {
                Thread.sleep(250);
            }
        }
        assertTrue(joined, "the two instances form one cluster");
        System.out.printf("ClusterResilienceIT: two instances up and clustered after %.1f s%n", seconds());
    }

    private static Process start(int i, Path preboot, String clusterName, int[] memberPorts) throws IOException {
        EmbeddedMariaDb db = TestServers.database();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("llais.db.url", db.jdbcUrl());
        props.put("llais.db.user", EmbeddedMariaDb.USER);
        props.put("llais.db.password", EmbeddedMariaDb.PASSWORD);
        props.put("llais.demo.enabled", Boolean.toString(i == 0));
        props.put("llais.base-url", urls[i].substring(0, urls[i].length() - 1));
        props.put("llais.map.tile-url", "none");
        props.put("llais.rate.trust-forwarded-for", "true");
        props.put("llais.rate.reports-per-hour", "100000");
        props.put("llais.rate.sign-ins-per-minute", "60");
        props.put("llais.mail.poll-seconds", "1");
        props.put("llais.mail.host", "127.0.0.1");
        props.put("llais.mail.port", Integer.toString(TestServers.mail().getSmtp().getPort()));
        props.put("llais.mail.from", "llais@llais.test");
        // cached public reads live ten minutes here: a change on the other instance must reach them through the grid
        props.put("llais.cache.public-ttl-millis", "600000");
        // a member that dies without a word is noticed within seconds, not the default minute
        props.put("hazelcast.max.no.heartbeat.seconds", "10");
        props.put("hazelcast.heartbeat.interval.seconds", "1");
        List<String> command = PayaraMicroProcess.clusterMember(Path.of(System.getProperty("llais.micro.jar")),
                Path.of(System.getProperty("llais.war")), httpPorts[i], root.resolve("payara-" + i), preboot, props,
                clusterName, memberPorts[i], List.of(memberPorts[0], memberPorts[1]));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve("instance-" + i + ".log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        return p;
    }

    private static void awaitReady(int i) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        for (int n = 0; n < 900; n++) {
            assertTrue(instances[i].isAlive(), "instance " + i + " stopped; see " + root.resolve("instance-" + i + ".log"));
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(urls[i] + "health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("instance " + i + " not ready; see " + root.resolve("instance-" + i + ".log"));
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : instances) {
            if (p != null) {
                p.destroyForcibly();
                p.waitFor();
            }
        }
        for (int i = 0; i < 2; i++) {
            Path log = root.resolve("instance-" + i + ".log");
            if (Files.exists(log)) {
                String text = Files.readString(log, StandardCharsets.ISO_8859_1);
                assertTrue(!text.contains("NotSerializableException") && !text.contains("Cannot serialize session attribute"),
                        "every session attribute serialises: " + log);
            }
        }
        // the logs stay (target/cluster-it-<pid>/instance-N.log); the two servers' root directories go
        for (int i = 0; i < 2; i++) {
            Path dir = root.resolve("payara-" + i);
            if (Files.exists(dir)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        System.out.printf("ClusterResilienceIT took %.1f s%n", seconds());
    }

    private static double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    // ---------------------------------------------------------------- the public cache across the cluster

    @Test
    @Order(0)
    void aReportOnOneInstanceMakesTheOtherInstancesCachedPublicReadsStaleAtOnce() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertTrue(Files.readString(root.resolve("instance-" + i + ".log"), StandardCharsets.ISO_8859_1)
                    .contains("the public cache hears of the changes of every instance"), "instance " + i + " joined the topic");
        }
        String list = "api/concerns?ward=" + CATHAYS + "&category=street-lighting";
        Http b = client(1);
        HttpResponse<String> before = b.get(list);
        assertEquals(200, before.statusCode(), before.body());
        String tag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, b.get(list, "If-None-Match", tag).statusCode(), "instance B holds the list with its tag");

        String body = Json.createObjectBuilder().add("category", "street-lighting").add("ward", CATHAYS)
                .add("description", "Lamp flickering by the park gate " + RUN + " " + word(6) + ".")
                .add("language", "en").build().toString();
        HttpResponse<String> created = client(0).postJson("api/concerns", body);
        assertEquals(201, created.statusCode(), created.body());
        String reference = json(created).getString("reference");
        long sent = System.nanoTime();

        // the entries on B live ten minutes: only the grid's message can make B render the list again this soon
        HttpResponse<String> after = null;
        boolean seen = false;
        for (int i = 0; i < 100 && !seen; i++) {
            after = b.get(list, "If-None-Match", tag);
            seen = after.statusCode() == 200 && after.body().contains(reference);
            if (!seen) {
                Thread.sleep(50);
            }
        }
        assertTrue(seen, "instance B lists " + reference + " made on instance A: " + (after == null ? "" : after.statusCode() + " " + after.body()));
        assertTrue(!tag.equals(after.headers().firstValue("ETag").orElseThrow()), "with a new tag");
        System.out.printf("ClusterResilienceIT: a report made on A listed by B's public cache after %.0f ms%n",
                (System.nanoTime() - sent) / 1e6);
        HttpResponse<String> one = b.get("api/concerns/" + reference);
        assertEquals(200, one.statusCode(), one.body());
    }

    // ---------------------------------------------------------------- hostile requests

    @Test
    @Order(1)
    void tenThousandHostileRequestsGetNo5xxNoStackTraceAndStoreNothing() throws Exception {
        String before = storedRows();
        List<byte[]> requests = HostileRequests.make(10_000, new Random(20261126L));
        AtomicInteger next = new AtomicInteger();
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger unanswered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                    byte[] request = requests.get(i);
                    HostileRequests.Answer a = HostileRequests.send(httpPorts[i % 2], request);
                    if (a == null) {
                        unanswered.incrementAndGet();
                        if (!HostileRequests.mayGoUnanswered(request)) {
                            failures.add("no answer to " + HostileRequests.describe(request));
                        }
                        continue;
                    }
                    statuses.computeIfAbsent(Integer.toString(a.status()), k -> new AtomicInteger()).incrementAndGet();
                    if (a.status() >= 500 && !HostileRequests.notThePortals(request, a.status())) {
                        failures.add(a.status() + " for " + HostileRequests.describe(request) + " -> " + HostileRequests.head(a.body()));
                    }
                    String trace = HostileRequests.stackTrace(a.body());
                    if (trace != null) {
                        failures.add("stack trace (" + trace + ") for " + HostileRequests.describe(request));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("hostile requests: %,d in %.1f s; statuses %s; %d closed without an answer%n",
                requests.size(), (System.nanoTime() - t0) / 1e9, new java.util.TreeMap<>(statuses), unanswered.get());
        failures.stream().map(f -> f.length() > 260 ? f.substring(0, 260) : f).distinct().limit(40)
                .forEach(f -> System.out.println("  " + f));
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " failures");
        assertEquals(before, storedRows(), "nothing stored");
        for (String url : urls) {
            assertEquals(200, new Http(url).get("health/ready").statusCode(), "both instances still ready");
        }
    }

    /** Rows of what a request could create: concerns, ballots, accounts, flags, stories, follows, sign-ups. */
    private static String storedRows() throws Exception {
        StringBuilder s = new StringBuilder();
        for (String table : List.of("concern", "concern_photo", "pb_ballot", "pb_voter", "pb_project", "resident_account",
                "resident_token", "concern_flag", "story", "concern_follower", "ward_subscription", "outcome_rating",
                "api_client", "staff_account", "erasure")) {
            s.append(table).append('=').append(count("SELECT COUNT(*) FROM " + table)).append(' ');
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- SMTP down

    @Test
    @Order(2)
    void whileTheMailServerIsDownEveryMailWaitsAndIsSentOnceByOneOfTheInstances() throws Exception {
        // ConcernsApiIT.whileTheMailServerIsDownNothingIsLostAndNothingIsSentTwice covers one instance and one e-mail;
        // here two instances poll one outbox while a dozen e-mails wait in it
        List<String> addresses = new ArrayList<>();
        // what earlier tests queued (the hostile requests' reports, other classes' e-mails) is sent first: the instances
        // take the oldest due e-mails, and while the server is down only the first of a batch is tried
        String due = "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= UTC_TIMESTAMP(3)";
        for (int i = 0; i < 600 && count(due) > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, count(due), "the outbox holds no due e-mail before the mail server stops");
        long before = count("SELECT COALESCE(MAX(id), 0) FROM mail_outbox");
        TestServers.mail().stop();
        try {
            for (int i = 0; i < 12; i++) {
                String address = "amynedd" + word(8) + "@example.org";
                addresses.add(address);
                String body = Json.createObjectBuilder().add("category", "street-lighting").add("ward", CATHAYS)
                        .add("description", "Lamp out on the lane behind the shops " + RUN + " " + word(6) + ".")
                        .add("language", i % 2 == 0 ? "en" : "cy").add("email", address).build().toString();
                HttpResponse<String> created = client(i % 2).postJson("api/concerns", body);
                assertEquals(201, created.statusCode(), "a report does not wait for the mail server: " + created.body());
            }
            // an instance tried to send and failed: the e-mail that failed and the rest of its batch wait for a retry.
            // Only the first e-mail of a batch is tried while the server is down, and it may be a team's e-mail about one
            // of these reports rather than a resident's confirmation: any e-mail queued since the server stopped counts
            String ours = "recipient IN (" + placeholders(addresses.size()) + ")";
            long tried = 0;
            for (int i = 0; i < 150 && tried == 0; i++) {
                Thread.sleep(100);
                tried = count("SELECT COUNT(*) FROM mail_outbox WHERE attempts > 0 AND sent_at IS NULL AND id > ?", before);
            }
            assertTrue(tried > 0, "the instances tried the mail server while it was down");
            assertEquals(addresses.size(), count("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL AND "
                    + ours, addresses.toArray()), "every e-mail waits in the outbox");
        } finally {
            TestServers.mail().start();
        }
        Map<String, Long> copies = new HashMap<>();
        for (int i = 0; i < 900; i++) {
            copies = received(addresses);
            if (copies.values().stream().allMatch(n -> n >= 1)) {
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(copies.values().stream().allMatch(n -> n >= 1), "every e-mail arrived once the server was back: " + copies);
        // the next two polls of both instances send nothing again
        Thread.sleep(2500);
        copies = received(addresses);
        assertTrue(copies.values().stream().allMatch(n -> n == 1), "none twice: " + copies);
    }

    private static Map<String, Long> received(List<String> addresses) {
        Map<String, Long> copies = new HashMap<>();
        addresses.forEach(a -> copies.put(a, 0L));
        for (jakarta.mail.internet.MimeMessage m : TestServers.mail().getReceivedMessages()) {
            try {
                String to = m.getAllRecipients()[0].toString();
                copies.computeIfPresent(to, (k, n) -> n + 1);
            } catch (Exception e) {
                // not one of ours
            }
        }
        return copies;
    }

    // ---------------------------------------------------------------- MariaDB stopped under load

    @Test
    @Order(3)
    void theDatabaseStoppedAndStartedUnderLoadLosesNothingAcknowledged() throws Exception {
        votingRound();
        Load load = new Load(new boolean[] {true, true});
        load.start(6);
        load.awaitAcknowledged(40);
        TestServers.database().stop();
        try {
            for (int i = 0; i < 2; i++) {
                Http http = client(i);
                HttpResponse<String> cy = http.get("concerns/index.xhtml?lang=cy");
                assertEquals(503, cy.statusCode());
                assertTrue(cy.body().contains("Dydy’r gwasanaeth ddim ar gael ar hyn o bryd"), cy.body());
                HttpResponse<String> en = http.get("concerns/index.xhtml?lang=en");
                assertEquals(503, en.statusCode());
                assertTrue(en.body().contains("The service is not available at the moment"), en.body());
                HttpResponse<String> api = http.postJson("api/concerns", report("fly-tipping", word(6)), "Accept-Language", "cy");
                assertEquals(503, api.statusCode(), api.body());
                assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertEquals("urn:llais:problem:unavailable", json(api).getString("type"));
            }
            // the clients keep trying while the database is down
            Thread.sleep(1500);
        } finally {
            TestServers.database().restart();
        }
        // recovers by itself: acknowledgements come again from both instances
        load.awaitAcknowledgedFrom(0, 15);
        load.awaitAcknowledgedFrom(1, 15);
        load.stop();
        System.out.printf("database outage under load: %s%n", load.summary());
        assertTrue(load.unavailable.get() > 0, "the clients met the outage: " + load.summary());
        load.verify();
    }

    // ---------------------------------------------------------------- an instance killed

    @Test
    @Order(4)
    void anInstanceKilledMidSessionAndUnderLoadLosesNothingAndTheResidentFinishesOnTheOther() throws Exception {
        votingRound();
        // a resident signs in on instance 0 and fills the report form there, half right
        Http sian = new Http(urls[0]).always("X-Forwarded-For", "198.51.100." + (RANDOM.nextInt(200) + 1));
        assertTrue(Residents.signIn(sian, RESIDENT, PASSWORD), "the resident signs in on the first instance");
        String form = sian.get("concerns/report.xhtml?lang=en").body();
        String marker = word(10);
        String description = "The street light outside the library flickers all night " + RUN + " " + marker + ".";
        HttpResponse<String> half = sian.postMultipart("concerns/report.xhtml", Http.fields(
                "report", "report", "token", Http.hidden(form, "token"), "category", "",
                "latitude", "51.4905", "longitude", "-3.1745", "ward", "", "locationText", "Outside the library",
                "description", description, "report:language", "languageEn:en", "email", "", "submit", "Send report",
                "jakarta.faces.ViewState", Http.viewState(form)), "photo", null);
        assertEquals(200, half.statusCode(), "the form comes back with its error");
        assertTrue(half.body().contains(marker), "and keeps what was typed");

        Load load = new Load(new boolean[] {true, true});
        load.start(6);
        load.awaitAcknowledgedFrom(0, 30);
        load.awaitAcknowledgedFrom(1, 30);
        instances[0].destroyForcibly();
        instances[0].waitFor();
        load.alive[0] = false;
        int atKill = load.acknowledged();

        // the resident's next request reaches the other instance with the same cookie and the view state of the first
        String other = urls[1] + "concerns/report.xhtml";
        HttpResponse<String> sent = sian.postMultipart(other, Http.fields(
                "report", "report", "token", Http.hidden(half.body(), "token"), "category", "street-lighting",
                "latitude", "51.4905", "longitude", "-3.1745", "ward", "", "locationText", "Outside the library",
                "description", description, "report:language", "languageEn:en", "email", "", "submit", "Send report",
                "jakarta.faces.ViewState", Http.viewState(half.body())), "photo", null);
        assertEquals(302, sent.statusCode(), "the form posted on the other instance is taken: " + sent.body());
        HttpResponse<String> mine = sian.get(urls[1] + "account/concerns.xhtml?lang=en");
        assertEquals(200, mine.statusCode(), "still signed in on the other instance");
        Matcher reference = Pattern.compile("LL-\\d{4}-\\d{6}").matcher(sent.headers().firstValue("Location").orElse(""));
        assertTrue(reference.find(), sent.headers().toString());
        assertTrue(mine.body().contains(reference.group()), "the report is the signed-in resident's");
        assertEquals(1, count("SELECT COUNT(*) FROM concern WHERE description LIKE ?", "%" + marker + "%"));

        load.awaitAcknowledged(atKill + 30);
        load.stop();
        System.out.printf("instance killed under load: %s%n", load.summary());
        load.verify();
    }

    // ---------------------------------------------------------------- the load: reports and ballots

    /**
     * Clients that report (JSON API with an Idempotency-Key, Open311) and vote (JSON API with a voting code) on both
     * instances, as through a load balancer: a request that fails (no connection, 5xx) is sent again, with its key or
     * code, to an instance that is up. Acknowledged: a 201 with a reference or receipt.
     */
    private static final class Load {
        final boolean[] alive;
        final AtomicBoolean stopping = new AtomicBoolean();
        final Set<String> references = ConcurrentHashMap.newKeySet();
        final Set<String> receipts = ConcurrentHashMap.newKeySet();
        final Set<String> reportWords = ConcurrentHashMap.newKeySet();
        final AtomicInteger[] fromInstance = {new AtomicInteger(), new AtomicInteger()};
        final AtomicInteger unavailable = new AtomicInteger();
        final AtomicInteger failedOver = new AtomicInteger();
        final AtomicInteger unanswered = new AtomicInteger();
        final AtomicInteger alreadyVoted = new AtomicInteger();
        final List<String> unexpected = new CopyOnWriteArrayList<>();
        final List<String> usedCodes = new CopyOnWriteArrayList<>();
        final String word = word(7);
        ExecutorService pool;
        List<Future<?>> running = new ArrayList<>();

        Load(boolean[] alive) {
            this.alive = alive;
        }

        void start(int clients) {
            pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    String address = "192.0.2." + (client + 10);
                    for (int n = 0; !stopping.get(); n++) {
                        int kind = (n + client) % 3;
                        if (kind == 2) {
                            String code = codes.poll();
                            if (code != null) {
                                ballot(http, address, code, n + client);
                                continue;
                            }
                        }
                        report(http, address, kind == 1, n + client);
                    }
                    return null;
                }));
            }
        }

        private void report(HttpClient http, String address, boolean open311, int n) throws InterruptedException {
            String logical = word + word(8);
            String description = "Bags of rubbish dumped by the lane " + RUN + " " + logical + ".";
            String key = "load-" + logical;
            HttpRequest.Builder json = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("category", "fly-tipping")
                            .add("ward", CATHAYS).add("description", description).add("language", "en").build().toString()));
            String form = "api_key=" + DemoData.DEMO_OPEN311_KEY + "&service_code=fly-tipping&lat=51.4905&long=-3.1745"
                    + "&description=" + URLEncoder.encode(description, StandardCharsets.UTF_8);
            HttpRequest.Builder o311 = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            reportWords.add(logical);
            for (int attempt = 0; !stopping.get() || attempt == 0; attempt++) {
                int i = instanceFor(n + attempt);
                String path = open311 ? "open311/v2/requests.json" : "api/concerns";
                HttpResponse<String> r;
                try {
                    r = http.send((open311 ? o311 : json).uri(URI.create(urls[i] + path)).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    // no answer: a JSON report is sent again with its key; an Open311 one cannot be (the
                    // standard has no key), so it counts as not acknowledged, and may or may not be stored
                    unanswered.incrementAndGet();
                    if (open311) {
                        return;
                    }
                    failedOver.incrementAndGet();
                    continue;
                }
                if (r.statusCode() == (open311 ? 200 : 201)) {
                    Matcher m = Pattern.compile("(LL-\\d{4}-\\d{6})").matcher(r.body());
                    if (m.find()) {
                        references.add(m.group(1));
                        fromInstance[i].incrementAndGet();
                    } else {
                        unexpected.add("201 without a reference: " + r.body());
                    }
                    return;
                }
                if (r.statusCode() == 503) {
                    unavailable.incrementAndGet();
                    Thread.sleep(100);
                    continue;
                }
                unexpected.add(path + " " + r.statusCode() + " " + r.body());
                return;
            }
        }

        private void ballot(HttpClient http, String address, String code, int n) throws InterruptedException {
            usedCodes.add(code);
            String body = "{\"code\":\"" + code + "\",\"choices\":[" + projects.get(n % projects.size()) + "]}";
            for (int attempt = 0; !stopping.get() || attempt == 0; attempt++) {
                int i = instanceFor(n + attempt);
                HttpResponse<String> r;
                try {
                    r = http.send(HttpRequest.newBuilder(URI.create(urls[i] + "api/budgeting/rounds/" + round + "/ballots"))
                            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                            .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    unanswered.incrementAndGet();
                    failedOver.incrementAndGet();
                    continue;
                }
                if (r.statusCode() == 201) {
                    receipts.add(json(r).getString("receipt"));
                    fromInstance[i].incrementAndGet();
                    return;
                }
                if (r.statusCode() == 503) {
                    unavailable.incrementAndGet();
                    Thread.sleep(100);
                    continue;
                }
                if (r.statusCode() == 409 && attempt > 0 && r.body().contains("already-voted")) {
                    // an earlier attempt was stored but its answer lost: stored, not acknowledged
                    alreadyVoted.incrementAndGet();
                    return;
                }
                unexpected.add("ballot " + r.statusCode() + " " + r.body());
                return;
            }
        }

        private int instanceFor(int n) {
            int i = Math.floorMod(n, 2);
            return alive[i] ? i : 1 - i;
        }

        int acknowledged() {
            return references.size() + receipts.size();
        }

        void awaitAcknowledged(int n) throws Exception {
            for (int i = 0; i < 1200 && acknowledged() < n; i++) {
                Thread.sleep(100);
            }
            assertTrue(acknowledged() >= n, "the load goes on: " + summary());
        }

        void awaitAcknowledgedFrom(int instance, int n) throws Exception {
            int target = fromInstance[instance].get() + n;
            for (int i = 0; i < 1200 && fromInstance[instance].get() < target; i++) {
                Thread.sleep(100);
            }
            assertTrue(fromInstance[instance].get() >= target, "instance " + instance + " acknowledges: " + summary());
        }

        void stop() throws Exception {
            stopping.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
        }

        String summary() {
            return String.format("%d reports and %d ballots acknowledged (%d by the first instance, %d by the second), "
                            + "%d answers 503, %d requests unanswered, %d sent again elsewhere, %d ballots found already cast on retry, %d unexpected",
                    references.size(), receipts.size(), fromInstance[0].get(), fromInstance[1].get(), unavailable.get(),
                    unanswered.get(), failedOver.get(), alreadyVoted.get(), unexpected.size());
        }

        /** Every acknowledged report and ballot is in the database, and none is there twice. */
        void verify() throws Exception {
            assertEquals(List.of(), unexpected.stream().limit(5).toList(), "no other answers");
            long storedReferences = countIn("SELECT COUNT(*) FROM concern WHERE reference IN (%s)", references);
            assertEquals(references.size(), storedReferences, "every acknowledged report is stored");
            long storedReceipts = countIn("SELECT COUNT(*) FROM pb_ballot WHERE receipt IN (%s)", receipts);
            assertEquals(receipts.size(), storedReceipts, "every acknowledged ballot is stored");
            // none twice: one concern per report sent (whatever the retries), one ballot per code
            Map<String, Integer> perReport = new HashMap<>();
            try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                    "SELECT description FROM concern WHERE description LIKE ?")) {
                s.setString(1, "%" + RUN + " " + word + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Matcher m = Pattern.compile(word + "[a-z]{8}").matcher(r.getString(1));
                        assertTrue(m.find());
                        perReport.merge(m.group(), 1, Integer::sum);
                    }
                }
            }
            assertTrue(perReport.values().stream().allMatch(n -> n == 1), "no report stored twice");
            assertTrue(perReport.size() >= references.size() && perReport.size() <= reportWords.size(), perReport.size() + " reports stored");
            long ballots = count("SELECT COUNT(*) FROM pb_ballot WHERE round_id = ?", Long.parseLong(round));
            long used = count("SELECT COUNT(*) FROM pb_voting_code WHERE round_id = ? AND used", Long.parseLong(round));
            long voters = count("SELECT COUNT(*) FROM pb_voter WHERE round_id = ?", Long.parseLong(round));
            assertEquals(used, ballots, "one ballot per used code");
            assertEquals(voters, ballots, "one voter per ballot");
            assertTrue(ballots >= receipts.size(), "every acknowledged ballot counted");
        }
    }

    // ---------------------------------------------------------------- a voting round with codes

    /** Once: a round open for voting in Cathays with two feasible projects and codes for the load. */
    private static synchronized void votingRound() throws Exception {
        if (round != null) {
            if (codes.size() < 300) {
                codes.addAll(codes(admin(), round, 1500));
            }
            return;
        }
        Http admin = admin();
        String title = "Cluster" + RUN;
        HttpResponse<String> r = Faces.submit(admin, "admin/rounds.xhtml", "round", "saveRound", roundFields(title, 1, 20));
        assertEquals(302, r.statusCode(), r.body());
        Matcher m = Pattern.compile("round\\.xhtml\\?id=(\\d+)").matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        round = m.group(1);
        projects = List.of(feasibleProject(admin, title + " lamps", "1000"), feasibleProject(admin, title + " benches", "2000"));
        codes.addAll(codes(admin, round, 1500));
        assertEquals(302, Faces.submit(admin, "admin/rounds.xhtml?id=" + round, "round", "saveRound",
                roundFields(title, 0, 10)).statusCode());
    }

    private static Http admin() throws Exception {
        Http admin = new Http(urls[1]).always("X-Forwarded-For", "198.51.100." + (RANDOM.nextInt(200) + 1));
        assertTrue(Faces.signIn(admin, ADMIN, PASSWORD));
        return admin;
    }

    private static String[] roundFields(String title, int votingFromDays, int resultsFromDays) {
        LocalDate t = LocalDate.now(ZoneId.of("Europe/London"));
        return new String[] {"area", "WARD:" + CATHAYS, "titleEn", title + " safer streets", "titleCy", title + " strydoedd diogelach",
                "descriptionEn", "Ideas for safer streets", "descriptionCy", "Syniadau am strydoedd diogelach", "budget", "10000",
                "ballotType", "APPROVAL", "maxProjects", "2", "points", "", "rule", "GREEDY",
                "ideasFrom", t.minusDays(60).toString(), "reviewFrom", t.minusDays(30).toString(),
                "votingFrom", t.plusDays(votingFromDays).toString(), "resultsFrom", t.plusDays(resultsFromDays).toString(),
                "deliveryFrom", t.plusDays(resultsFromDays + 30).toString()};
    }

    private static String feasibleProject(Http admin, String title, String cost) throws Exception {
        String page = "admin/round.xhtml?id=" + round;
        HttpResponse<String> r = Faces.submit(admin, page, "project", "saveProject", "titleEn", title,
                "titleCy", title + " cy", "descriptionEn", "New things on the path", "descriptionCy", "Pethau newydd ar y llwybr",
                "cost", cost, "place", "");
        assertEquals(302, r.statusCode(), r.body());
        String html = admin.get(page).body();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(title) + "</option>").matcher(html);
        assertTrue(option.find(), html);
        String id = option.group(1);
        assertEquals(200, Faces.submitOn(admin, page, html, "decision", "decide", "decisionProject", id,
                "decisionValue", "FEASIBLE", "reasonEn", "", "reasonCy", "").statusCode());
        return id;
    }

    private static List<String> codes(Http admin, String round, int n) throws Exception {
        HttpResponse<String> csv = Faces.submit(admin, "admin/round.xhtml?id=" + round, "codes", "downloadCodes", "codeCount", Integer.toString(n));
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1]).toList();
    }

    // ---------------------------------------------------------------- helpers

    private static Http client(int instance) {
        return new Http(urls[instance]).always("X-Forwarded-For", "203.0.113." + (RANDOM.nextInt(250) + 1));
    }

    private static String report(String category, String logical) {
        return Json.createObjectBuilder().add("category", category).add("ward", CATHAYS)
                .add("description", "Rubbish left by the bins " + RUN + " " + logical + ".").add("language", "en")
                .build().toString();
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    static String word(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static Connection connection() throws Exception {
        EmbeddedMariaDb db = TestServers.database();
        return DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static long count(String sql, Object... args) throws Exception {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long countIn(String sql, java.util.Collection<String> values) throws Exception {
        if (values.isEmpty()) {
            return 0;
        }
        List<String> list = new ArrayList<>(values);
        return count(String.format(sql, placeholders(list.size())), list.toArray());
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
