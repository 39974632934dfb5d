package cymru.llais.routing.boundary;

import cymru.llais.i18n.Messages;
import cymru.llais.routing.control.AreaImport;
import cymru.llais.routing.control.AreaProblem;
import cymru.llais.shared.Language;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The area import as a command, for real deployments: the same {@link AreaImport} as the
 * administration page, run against the portal's database from files on disk, in one transaction.
 * The database comes from the portal's own settings (llais.db.url, llais.db.user, llais.db.password as
 * system properties, or LLAIS_DB_URL, ... in the environment). Running portals notice the new areas
 * by themselves. Exit status: 0 done, 1 the files have problems (nothing written), 2 wrong arguments,
 * 3 the database could not be used (nothing written).
 *
 * <pre>mvn -q -Pimport-areas compile exec:java -Dexec.args="--authorities LADS.json --wards WARDS_FOLDER"</pre>
 */
public final class ImportAreasCommand {

    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int DATABASE = 3;

    /** Flyway's own English progress lines would interleave with the command's; its warnings still show. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private ImportAreasCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Runs the command; everything it says goes to {@code out}, in Welsh or English. */
    static int run(String[] args, Map<String, String> environment, PrintStream out) {
        Language language = language(args, environment);
        Messages m = Messages.get();
        List<AreaImport.Source> authorityFiles = new ArrayList<>();
        List<AreaImport.Source> wardFiles = new ArrayList<>();
        boolean check = false;
        List<AreaImport.Source> current = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--authorities" -> current = authorityFiles;
                case "--wards" -> current = wardFiles;
                case "--check" -> {
                    check = true;
                    current = null;
                }
                case "--lang" -> {
                    i++;
                    current = null;
                }
                case "--help", "-h" -> {
                    out.println(m.format(language, "areas.command.usage"));
                    return OK;
                }
                default -> {
                    if (arg.startsWith("-") || current == null) {
                        out.println(m.format(language, "areas.command.unknownOption", arg));
                        out.println(m.format(language, "areas.command.usage"));
                        return USAGE;
                    }
                    String problem = addFiles(Path.of(arg), current, language);
                    if (problem != null) {
                        out.println(problem);
                        return USAGE;
                    }
                }
            }
            if (("--authorities".equals(arg) || "--wards".equals(arg)) && (i + 1 >= args.length || args[i + 1].startsWith("--"))) {
                out.println(m.format(language, "areas.command.missingValue", arg));
                return USAGE;
            }
        }
        if (authorityFiles.isEmpty() && wardFiles.isEmpty()) {
            out.println(m.format(language, "areas.command.usage"));
            return USAGE;
        }

        String url = setting("llais.db.url", environment);
        String user = setting("llais.db.user", environment);
        String password = setting("llais.db.password", environment);
        String shownUrl = url == null ? "" : url.replaceAll("[?;].*$", "");
        out.println(m.format(language, "areas.command.target", shownUrl));
        FLYWAY_LOG.setLevel(Level.WARNING);
        try {
            // the same migrations the portal runs at start, so a new database can take its areas before the first start
            Flyway.configure(ImportAreasCommand.class.getClassLoader())
                    .dataSource(url, user, password)
                    .locations("classpath:db/migration")
                    // branches merge with their own version numbers (V5 after V7 and V8): a database that already has the
                    // later ones takes an earlier one it lacks instead of refusing to start
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            out.println(m.format(language, "areas.command.cannotConnect", shownUrl, rootMessage(e)));
            return DATABASE;
        }
        AreaImport.Result result;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try {
                result = AreaImport.run(c, authorityFiles, wardFiles, check ? AreaImport.Mode.CHECK : AreaImport.Mode.WRITE,
                        "command", System.getProperty("user.name"), Clock.systemUTC());
                if (result.written()) {
                    c.commit();
                } else {
                    c.rollback();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                out.println(m.format(language, "areas.command.failed", rootMessage(e)));
                return DATABASE;
            }
        } catch (SQLException e) {
            out.println(m.format(language, "areas.command.cannotConnect", shownUrl, rootMessage(e)));
            return DATABASE;
        }

        out.println(m.format(language, "areas.command.read", result.files(), result.readMillis()));
        if (!result.ok()) {
            out.println(m.format(language, "areas.command.problems"));
            for (AreaProblem p : result.problems()) {
                out.println("  - " + m.format(language, p.key(), p.arguments().toArray()));
            }
            return PROBLEMS;
        }
        AreaImport.Counts a = result.authorities();
        AreaImport.Counts w = result.wards();
        out.println(m.format(language, "areas.command.counts.authorities", a.added(), a.updated(), a.unchanged(), a.onlyInDatabase()));
        out.println(m.format(language, "areas.command.counts.wards", w.added(), w.updated(), w.unchanged(), w.onlyInDatabase()));
        out.println(check ? m.format(language, "areas.command.checked") : m.format(language, "areas.command.written", result.writeMillis()));
        return OK;
    }

    /** A file, or every .json file in a folder (in name order); a message when there is none. */
    private static String addFiles(Path path, List<AreaImport.Source> into, Language language) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                        .sorted().toList();
            } catch (IOException e) {
                return Messages.get().format(language, "areas.command.notFound", path);
            }
            if (files.isEmpty()) {
                return Messages.get().format(language, "areas.command.emptyFolder", path);
            }
            files.forEach(f -> into.add(AreaImport.Source.of(f)));
            return null;
        }
        if (!Files.isRegularFile(path)) {
            return Messages.get().format(language, "areas.command.notFound", path);
        }
        into.add(AreaImport.Source.of(path));
        return null;
    }

    /** --lang cy|en, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG), else English. */
    static Language language(String[] args, Map<String, String> environment) {
        for (int i = 0; i + 1 < args.length; i++) {
            if ("--lang".equals(args[i])) {
                return Language.fromCode(args[i + 1]).orElse(Language.EN);
            }
        }
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("cy") ? Language.CY : Language.EN;
            }
        }
        return Language.EN;
    }

    /**
     * A setting as the portal reads it with MicroProfile Config: a system property, else the
     * environment variable (upper case, _ for .), else the portal's own default.
     */
    static String setting(String name, Map<String, String> environment) {
        String value = System.getProperty(name);
        if (value == null) {
            value = environment.get(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        if (value == null) {
            value = defaults().getProperty(name);
        }
        return value;
    }

    private static Properties defaults() {
        Properties properties = new Properties();
        try (InputStream in = ImportAreasCommand.class.getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // no defaults: the settings must then be given
        }
        return properties;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
