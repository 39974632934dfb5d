package cymru.llais.routing.boundary;

import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import command's arguments, language and settings; its import itself is tested against MariaDB in AreaImportIT. */
class ImportAreasCommandTest {

    private static final Path GEO = Path.of(System.getProperty("llais.shared.dir", "../shared"), "data", "geo");

    private record Run(int status, String output) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ImportAreasCommand.run(args, environment, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void withoutFilesItExplainsItselfAndStops() {
        Run r = run();
        assertEquals(ImportAreasCommand.USAGE, r.status());
        assertTrue(r.output().contains("Usage: --authorities FILE --wards FILE_OR_FOLDER"), r.output());
        assertEquals(ImportAreasCommand.OK, run("--help").status());
    }

    @Test
    void itSpeaksWelshWhenAskedOrWhenTheEnvironmentIsWelsh() {
        assertTrue(run("--lang", "cy").output().contains("Defnydd: --authorities FFEIL"));
        assertTrue(run(Map.of("LANG", "cy_GB.UTF-8")).output().contains("Defnydd:"));
        assertEquals(Language.EN, ImportAreasCommand.language(new String[0], Map.of("LANG", "en_GB.UTF-8")));
        assertEquals(Language.CY, ImportAreasCommand.language(new String[] {"--lang", "cy"}, Map.of("LANG", "en_GB.UTF-8")));
    }

    @Test
    void anUnknownOptionOrAMissingFileIsRefusedBeforeTheDatabaseIsTouched() {
        Run unknown = run("--authorities", GEO.resolve("local_authorities.json").toString(), "--replace");
        assertEquals(ImportAreasCommand.USAGE, unknown.status());
        assertTrue(unknown.output().contains("Unknown option: --replace"), unknown.output());

        Run missing = run("--lang", "cy", "--wards", "no-such-folder/W06000011.json");
        assertEquals(ImportAreasCommand.USAGE, missing.status());
        assertTrue(missing.output().contains("Does dim ffeil na ffolder no-such-folder/W06000011.json."), missing.output());

        Run noValue = run("--authorities", "--wards", GEO.resolve("wards_by_lad").toString());
        assertEquals(ImportAreasCommand.USAGE, noValue.status());
        assertTrue(noValue.output().contains("--authorities needs a file after it."), noValue.output());
    }

    @Test
    void aFolderWithoutJsonFilesIsRefused(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("notes.txt"), "not boundaries");
        Run r = run("--wards", empty.toString());
        assertEquals(ImportAreasCommand.USAGE, r.status());
        assertTrue(r.output().contains("There are no .json files in the folder"), r.output());
    }

    @Test
    void anUnreachableDatabaseIsSaidPlainlyAndNothingIsImported() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Run r = run(Map.of("LLAIS_DB_URL", "jdbc:mariadb://127.0.0.1:" + closed + "/llais?connectTimeout=2000"),
                "--check", "--wards", GEO.resolve("wards_by_lad/W06000015.json").toString());
        assertEquals(ImportAreasCommand.DATABASE, r.status(), r.output());
        assertTrue(r.output().contains("Database: jdbc:mariadb://127.0.0.1:" + closed + "/llais\n"), r.output());
        assertTrue(r.output().contains("could not be used"), r.output());
        assertTrue(!r.output().contains("\tat "), "no stack trace: " + r.output());
    }

    @Test
    void settingsComeFromSystemPropertiesThenTheEnvironmentThenThePortalsDefaults() {
        assertEquals("jdbc:mariadb://127.0.0.1:3307/llais", ImportAreasCommand.setting("llais.db.url", Map.of()));
        assertEquals("jdbc:mariadb://db:3306/llais", ImportAreasCommand.setting("llais.db.url", Map.of("LLAIS_DB_URL", "jdbc:mariadb://db:3306/llais")));
        System.setProperty("llais.db.user", "from-property");
        try {
            assertEquals("from-property", ImportAreasCommand.setting("llais.db.user", Map.of("LLAIS_DB_USER", "from-environment")));
        } finally {
            System.clearProperty("llais.db.user");
        }
    }
}
