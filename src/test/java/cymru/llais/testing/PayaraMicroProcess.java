package cymru.llais.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Payara Micro process serving the portal's WAR on 127.0.0.1 only, without its data grid, from a
 * fresh root directory (a reused one would redeploy an older copy of the application too).
 * {@code --nohazelcast}, not {@code --nocluster}: with {@code --nocluster} Hazelcast still starts and
 * listens on *:6900, ignoring {@code --interfaces} and {@code hazelcast.socket.bind.any=false}. The portal
 * needs no data grid for one instance: its (distributable) sessions then stay in memory, its EJB timers are not
 * persistent, and it uses no JCache. {@link #clusterMember} starts a member of a loopback cluster instead.
 */
public final class PayaraMicroProcess {

    private PayaraMicroProcess() {
    }

    /** The preboot command that binds the HTTP listener to loopback. */
    public static Path loopbackPreboot(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path preboot = directory.resolve("preboot-loopback.txt");
        Files.writeString(preboot, String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false",
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false",
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.cookie-same-site-enabled=true",
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.cookie-same-site-value=Lax",
                "set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true",
                ""));
        return preboot;
    }

    public static List<String> command(Path microJar, Path war, int port, Path rootDir, Path preboot,
                                       Map<String, String> systemProperties) {
        return command(microJar, war, port, rootDir, preboot, systemProperties, List.of("--nohazelcast"), List.of());
    }

    /**
     * The command with a JDK Flight Recorder profile of the portal's whole run when {@code -Dbench.jfr=FILE} is set
     * (benchmarks only; read it with {@code jfr print --events jdk.ExecutionSample FILE}), else the command as it is.
     */
    public static List<String> profiled(List<String> command) {
        String jfr = System.getProperty("bench.jfr", "");
        if (jfr.isBlank()) {
            return command;
        }
        List<String> withRecording = new java.util.ArrayList<>(command);
        withRecording.add(1, "-XX:StartFlightRecording=filename=" + Path.of(jfr).toAbsolutePath() + ",settings=profile,dumponexit=true");
        return withRecording;
    }

    /**
     * One member of a cluster on loopback: Payara's Hazelcast with the members listed by port on 127.0.0.1 (TCP/IP
     * discovery, never multicast), its own member port, a cluster name of its own (so that two test runs on one
     * machine never join each other), and {@code hazelcast.socket.bind.any=false}, without which the member port
     * listens on every interface whatever {@code --interfaces} says. Sessions of the distributable portal live in
     * the cluster's data grid.
     */
    public static List<String> clusterMember(Path microJar, Path war, int port, Path rootDir, Path preboot,
                                             Map<String, String> systemProperties, String clusterName,
                                             int memberPort, List<Integer> memberPorts) {
        StringBuilder members = new StringBuilder();
        for (int p : memberPorts) {
            members.append(members.length() == 0 ? "" : ",").append("127.0.0.1:").append(p);
        }
        return command(microJar, war, port, rootDir, preboot, systemProperties,
                List.of("--interfaces", "127.0.0.1", "--clustermode", "tcpip:" + members,
                        "--startport", Integer.toString(memberPort), "--clustername", clusterName),
                List.of("-Dhazelcast.socket.bind.any=false"));
    }

    private static List<String> command(Path microJar, Path war, int port, Path rootDir, Path preboot,
                                        Map<String, String> systemProperties, List<String> gridOptions,
                                        List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx768m");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Duser.timezone=UTC");
        cmd.addAll(jvmOptions);
        systemProperties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("-jar", microJar.toString()));
        cmd.addAll(gridOptions);
        cmd.addAll(List.of(
                "--port", Integer.toString(port),
                "--contextroot", "/",
                "--rootdir", rootDir.toString(),
                "--prebootcommandfile", preboot.toString(),
                "--deploy", war.toString()));
        return cmd;
    }
}
