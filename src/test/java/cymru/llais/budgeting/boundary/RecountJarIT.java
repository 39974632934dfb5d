package cymru.llais.budgeting.boundary;

import cymru.llais.budgeting.control.counting.PabulibReader;
import cymru.llais.budgeting.control.counting.PbInstance;
import cymru.llais.budgeting.control.counting.PbProject;
import cymru.llais.budgeting.control.counting.ProjectIds;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built target/llais-recount.jar, run as a user would, over the real rounds in ../shared/data/pabulib. */
class RecountJarIT {

    private static final Path JAR = Path.of("target", "llais-recount.jar");
    private static final Path PABULIB = Path.of(System.getProperty("llais.shared.dir", "../shared"), "data", "pabulib");

    private record Run(int status, String out, String err) {
    }

    private static Run run(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarRecountsEveryRealRoundToItsPublishedOutcome() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "mvn package builds " + JAR);
        List<Path> files;
        try (Stream<Path> s = Files.list(PABULIB)) {
            files = s.filter(f -> f.toString().endsWith(".pb")).sorted().toList();
        }
        Run run = run(files.stream().map(Path::toString).toList());
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(files.size(), lines.length, run.out());
        int withOutcome = 0;
        for (int i = 0; i < files.size(); i++) {
            String[] parts = lines[i].split("\t", -1);
            assertEquals(2, parts.length, lines[i]);
            assertEquals(files.get(i).toString(), parts[0]);
            List<String> ids = parts[1].isEmpty() ? List.of() : List.of(parts[1].split(","));
            assertEquals(ids.stream().sorted(ProjectIds.ORDER).toList(), ids, "ascending: " + lines[i]);
            PbInstance instance = new PabulibReader().read(files.get(i));
            if (instance.projects().get(0).attributes().containsKey("selected")) {
                withOutcome++;
                List<String> expected = instance.projects().stream()
                        .filter(p -> "1".equals(p.attribute("selected").trim()))
                        .map(PbProject::id).sorted(ProjectIds.ORDER).toList();
                assertEquals(expected, ids, files.get(i).getFileName().toString());
            }
        }
        assertTrue(withOutcome > 0);
    }

    @Test
    void theJarSpeaksWelshWhenAskedAndExitsWithTwoOnWrongUsage() throws Exception {
        Run run = run(List.of("--lang", "cy", "--rule", "borda", "x.pb"));
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("Rheol gyfrif anhysbys “borda”."), run.err());
        assertEquals("", run.out());
    }
}
