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
        if (System.getProperty("llais.mail.host") == null) {
            startLocalMail(Integer.getInteger("llais.dev.smtp.port", 2525), base.resolve("target/run/mail"));
            props.put("llais.mail.host", "127.0.0.1");
            props.put("llais.mail.port", Integer.getInteger("llais.dev.smtp.port", 2525).toString());
        }
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

    /**
     * A local SMTP server (GreenMail) on 127.0.0.1, so that the portal's e-mails can be read during a
     * local run: each one is saved as a .eml file under target/run/mail and announced on the console.
     */
    private static void startLocalMail(int port, Path folder) throws java.io.IOException {
        Files.createDirectories(folder);
        com.icegreen.greenmail.util.GreenMail mail = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Thread watcher = new Thread(() -> {
            int seen = 0;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    jakarta.mail.internet.MimeMessage[] messages = mail.getReceivedMessages();
                    for (; seen < messages.length; seen++) {
                        jakarta.mail.internet.MimeMessage m = messages[seen];
                        Path file = folder.resolve(String.format("%04d.eml", seen + 1));
                        try (var out = Files.newOutputStream(file)) {
                            m.writeTo(out);
                        }
                        System.out.println("Llais dev mail: to " + java.util.Arrays.toString(m.getAllRecipients()) + ": "
                                + m.getSubject() + " (" + file + ")");
                    }
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    System.err.println("Llais dev mail: " + e.getMessage());
                }
            }
        }, "llais-dev-mail");
        watcher.setDaemon(true);
        watcher.start();
        System.out.println("Llais: local SMTP on 127.0.0.1:" + port + "; e-mails are saved under " + folder);
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
