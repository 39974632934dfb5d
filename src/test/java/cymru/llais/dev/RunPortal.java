package cymru.llais.dev;

import cymru.llais.testing.EmbeddedMariaDb;
import cymru.llais.testing.PayaraMicroProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The README's first command: an embedded MariaDB whose data stays under ./data between runs,
 * and Payara Micro with the portal on http://localhost:8080 (loopback only), with demo data on first start.
 * Stop it with Ctrl+C.
 */
public final class RunPortal {

    private RunPortal() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of("").toAbsolutePath();
        int port = Integer.getInteger("llais.port", 8080);
        int dbPort = Integer.getInteger("llais.db.port", 3307);
        Path war = base.resolve("target/llais.war");
        Path micro = base.resolve("target/payara-micro.jar");
        if (!Files.exists(war) || !Files.exists(micro)) {
            throw new IllegalStateException("build first: target/llais.war and target/payara-micro.jar are missing");
        }

        System.out.println("Llais: starting MariaDB on 127.0.0.1:" + dbPort + " with data in ./data/mariadb ...");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(base.resolve("data/mariadb"), dbPort);

        Path runDir = base.resolve("target/run");
        deleteTree(runDir.resolve("payara"));
        Path preboot = PayaraMicroProcess.loopbackPreboot(runDir);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("llais.db.url", db.jdbcUrl());
        props.put("llais.db.user", EmbeddedMariaDb.USER);
        props.put("llais.db.password", EmbeddedMariaDb.PASSWORD);
        props.put("llais.demo.enabled", System.getProperty("llais.demo.enabled", "true"));
        props.put("llais.base-url", "http://localhost:" + port);
        for (String key : new String[] {"llais.map.tile-url", "llais.mail.host", "llais.mail.port"}) {
            if (System.getProperty(key) != null) {
                props.put(key, System.getProperty(key));
            }
        }
        Process payara = new ProcessBuilder(PayaraMicroProcess.command(micro, war, port, runDir.resolve("payara"), preboot, props))
                .inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.destroy();
            try {
                payara.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            db.stop();
        }));
        System.out.println("Llais: starting Payara Micro; the portal will be at http://localhost:" + port + "/ (Ctrl+C stops it)");
        int exit = payara.waitFor();
        db.stop();
        System.exit(exit);
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
