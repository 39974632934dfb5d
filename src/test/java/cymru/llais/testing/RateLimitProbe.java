package cymru.llais.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends the same request from one client until the portal refuses it for the rate limit. The limits count
 * in fixed windows (a minute, an hour), and a slow machine may cross into the next window before the limit
 * is reached, so the requests go in parallel bursts and up to three times the limit are tried.
 */
public final class RateLimitProbe {

    private static final int BURST = 8;

    public interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private RateLimitProbe() {
    }

    /** Whether the refusal came, and only after at least {@code limit} requests. */
    public static boolean refusedAfter(int limit, Request request, String refusal) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            int sent = 0;
            while (sent <= 3 * limit) {
                List<Future<HttpResponse<String>>> burst = new ArrayList<>();
                for (int i = 0; i < BURST; i++) {
                    burst.add(pool.submit(request::send));
                }
                boolean refused = false;
                for (Future<HttpResponse<String>> f : burst) {
                    refused |= f.get().body().contains(refusal);
                }
                sent += BURST;
                if (refused) {
                    return sent > limit;
                }
            }
            return false;
        } finally {
            pool.shutdownNow();
        }
    }
}
