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
 * needs no data grid here: its sessions are not distributable, its EJB timers are not persistent, and it
 * uses no JCache.
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
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx768m");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Duser.timezone=UTC");
        systemProperties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("-jar", microJar.toString(),
                "--nohazelcast",
                "--port", Integer.toString(port),
                "--contextroot", "/",
                "--rootdir", rootDir.toString(),
                "--prebootcommandfile", preboot.toString(),
                "--deploy", war.toString()));
        return cmd;
    }
}
