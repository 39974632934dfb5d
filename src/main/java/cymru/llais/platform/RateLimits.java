package cymru.llais.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits on public writes per client address: reports (form and API), sign-ins, residents' sign-ups
 * (and requests for a new verification link), password resets, and voting codes that do not exist (against guessing). A fixed
 * window per client and kind; when the window is full the caller refuses the request with a clear
 * message and changes nothing. Kept per instance (a cluster multiplies the allowance by its size).
 */
@ApplicationScoped
public class RateLimits {

    /** What is being limited. */
    public enum Kind { REPORT, SIGN_IN, SIGN_UP, RESET, UNKNOWN_VOTING_CODE }

    private static final int MAX_CLIENTS = 100_000;

    @Inject
    @ConfigProperty(name = "llais.rate.reports-per-hour", defaultValue = "30")
    int reportsPerHour;

    @Inject
    @ConfigProperty(name = "llais.rate.sign-ins-per-minute", defaultValue = "20")
    int signInsPerMinute;

    @Inject
    @ConfigProperty(name = "llais.rate.sign-ups-per-hour", defaultValue = "20")
    int signUpsPerHour;

    @Inject
    @ConfigProperty(name = "llais.rate.resets-per-hour", defaultValue = "10")
    int resetsPerHour;

    @Inject
    @ConfigProperty(name = "llais.rate.unknown-voting-codes-per-hour", defaultValue = "10")
    int unknownVotingCodesPerHour;

    @Inject
    @ConfigProperty(name = "llais.rate.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @Inject
    Clock clock;

    private final Map<Kind, Window> windows = new EnumMap<>(Kind.class);

    @PostConstruct
    void init() {
        windows.putAll(windows(reportsPerHour, signInsPerMinute, signUpsPerHour, resetsPerHour, unknownVotingCodesPerHour));
    }

    /** One window per kind: reports, sign-ups, resets and unknown voting codes per hour, sign-ins per minute. */
    static Map<Kind, Window> windows(int reportsPerHour, int signInsPerMinute, int signUpsPerHour, int resetsPerHour,
                                     int unknownVotingCodesPerHour) {
        Map<Kind, Window> w = new EnumMap<>(Kind.class);
        w.put(Kind.REPORT, new Window(reportsPerHour, Duration.ofHours(1)));
        w.put(Kind.SIGN_IN, new Window(signInsPerMinute, Duration.ofMinutes(1)));
        w.put(Kind.SIGN_UP, new Window(signUpsPerHour, Duration.ofHours(1)));
        w.put(Kind.RESET, new Window(resetsPerHour, Duration.ofHours(1)));
        w.put(Kind.UNKNOWN_VOTING_CODE, new Window(unknownVotingCodesPerHour, Duration.ofHours(1)));
        return w;
    }

    /** Counts one request of this kind from this client; false when it is over the limit (and then it is not counted). */
    public boolean allow(Kind kind, HttpServletRequest request) {
        return allow(kind, client(request));
    }

    public boolean allow(Kind kind, String client) {
        return windows.get(kind).allow(client, clock.millis());
    }

    /** Whether this client has used up its allowance of this kind in the current window (nothing is counted). */
    public boolean exhausted(Kind kind, String client) {
        return windows.get(kind).exhausted(client, clock.millis());
    }

    /** Seconds until the client may try again. */
    public long retryAfterSeconds(Kind kind) {
        return windows.get(kind).length.toSeconds();
    }

    /** The client's address: the connection's, or the first X-Forwarded-For hop when a trusted proxy sets it. */
    public String client(HttpServletRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return request.getRemoteAddr();
    }

    /** A fixed window counter per client; old windows are dropped as new ones start. */
    static final class Window {
        private final int limit;
        private final Duration length;
        private final Map<String, long[]> counts = new ConcurrentHashMap<>();

        Window(int limit, Duration length) {
            this.limit = limit;
            this.length = length;
        }

        boolean exhausted(String client, long nowMillis) {
            long[] c = counts.get(client);
            return c != null && c[0] == nowMillis / length.toMillis() && c[1] >= limit;
        }

        boolean allow(String client, long nowMillis) {
            long window = nowMillis / length.toMillis();
            if (counts.size() > MAX_CLIENTS) {
                counts.values().removeIf(c -> c[0] != window);
            }
            boolean[] allowed = new boolean[1];
            counts.compute(client, (k, c) -> {
                long[] current = c == null || c[0] != window ? new long[] {window, 0} : c;
                if (current[1] < limit) {
                    current[1]++;
                    allowed[0] = true;
                }
                return current;
            });
            return allowed[0];
        }
    }
}
