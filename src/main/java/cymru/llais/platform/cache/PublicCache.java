package cymru.llais.platform.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A short-lived, in-process cache of rendered public responses (the anonymous "you said, we did" board, the
 * concerns JSON API) with their entity tags. Correctness first: an entry is good only while the database has not
 * changed since it was rendered (every committed change to an entity moves {@link #version()} on, see
 * {@link ChangeListener}), and never longer than its time to live, which bounds the staleness of changes the
 * version does not see (native SQL updates; in a cluster, a change on another instance arrives as a message,
 * see {@link ClusterChanges}, and the time to live covers a message lost). Keys must hold everything the
 * content depends on (language, query); personal responses must never be put here.
 */
public final class PublicCache {

    /** One cached response: its bytes, content type, entity tag, and the version and time it was rendered at. */
    public record Entry(byte[] body, String contentType, String etag, long version, long renderedAtMillis) {

        /** Whether an {@code If-None-Match} header names this entry's tag (or is {@code *}). */
        public boolean matches(String ifNoneMatch) {
            return PublicCache.matches(ifNoneMatch, etag);
        }
    }

    private static final AtomicLong VERSION = new AtomicLong();
    private static final PublicCache SHARED = new PublicCache(
            Long.getLong("llais.cache.public-ttl-millis", 5_000L), 512, System::currentTimeMillis);

    private final long ttlMillis;
    private final int maxEntries;
    private final LongSupplier clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public PublicCache(long ttlMillis, int maxEntries, LongSupplier clock) {
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The cache the portal uses; its time to live is {@code -Dllais.cache.public-ttl-millis} (5 s; 0 switches it off). */
    public static PublicCache shared() {
        return SHARED;
    }

    /** The database's version as far as this instance knows: read it before rendering, give it to {@link #put}. */
    public static long version() {
        return VERSION.get();
    }

    /**
     * Called after every commit on this instance that changed an entity: all cached responses are stale from now on,
     * here and (through {@link ClusterChanges}, when the portal runs in a cluster) on every other instance.
     */
    public static void changed() {
        VERSION.incrementAndGet();
        Runnable out = fanOut;
        if (out != null) {
            out.run();
        }
    }

    /** Another instance of the cluster committed a change: cached responses are stale here too (nothing is sent on). */
    public static void changedElsewhere() {
        VERSION.incrementAndGet();
    }

    private static volatile Runnable fanOut;

    /** What {@link #changed()} also does to tell the other instances (null: nothing, the portal runs alone). */
    static void fanOutTo(Runnable tellOthers) {
        fanOut = tellOthers;
    }

    public Optional<Entry> get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.version() != VERSION.get() || clock.getAsLong() - e.renderedAtMillis() >= ttlMillis) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /**
     * Keeps a response rendered from the database as it was at {@code versionBefore}; a response rendered while
     * something changed is returned with its tag but not kept.
     */
    public Entry put(String key, byte[] body, String contentType, long versionBefore) {
        Entry e = new Entry(body, contentType, etag(body), versionBefore, clock.getAsLong());
        if (ttlMillis <= 0 || versionBefore != VERSION.get()) {
            return e;
        }
        if (entries.size() >= maxEntries) {
            // a crude bound against a flood of distinct queries: start again rather than grow
            entries.clear();
        }
        entries.put(key, e);
        return e;
    }

    /**
     * A render of a missing entry that one request does while others that want the same key wait for its result, rather
     * than render the same page at the same moment (when an entry expires under 64 connections, all of them would).
     */
    public static final class Flight {
        private final java.util.concurrent.CompletableFuture<Entry> result = new java.util.concurrent.CompletableFuture<>();
        private final boolean leader;

        private Flight(boolean leader) {
            this.leader = leader;
        }

        /** Whether this request renders (and must call {@link PublicCache#land}); the others {@link #await}. */
        public boolean leader() {
            return leader;
        }

        /** The entry the leader rendered, or empty when it could not be shared or took longer than the bound. */
        public Optional<Entry> await(long millis) {
            try {
                return Optional.ofNullable(result.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return Optional.empty();
            }
        }
    }

    private final Map<String, Flight> flights = new ConcurrentHashMap<>();

    /** Joins the render of {@code key} under way, or starts one (then this request is the leader). */
    public Flight take(String key) {
        Flight mine = new Flight(true);
        Flight current = flights.putIfAbsent(key, mine);
        if (current == null) {
            return mine;
        }
        Flight follower = new Flight(false);
        current.result.whenComplete((entry, failure) -> follower.result.complete(failure == null ? entry : null));
        return follower;
    }

    /** The leader's render is over: {@code entry} (null when it may not be shared) goes to those who waited. */
    public void land(String key, Flight flight, Entry entry) {
        if (flight.leader) {
            flights.remove(key, flight);
            flight.result.complete(entry);
        }
    }

    public int size() {
        return entries.size();
    }

    /** A strong entity tag from the bytes themselves: equal bytes, equal tag, whoever rendered them. */
    public static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String etag(String body) {
        return etag(body.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 9110's weak comparison of {@code If-None-Match} with a tag: a list of tags, {@code W/} ignored, or {@code *}. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*")) {
                return true;
            }
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(bare)) {
                return true;
            }
        }
        return false;
    }
}
