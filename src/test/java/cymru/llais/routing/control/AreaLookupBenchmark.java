package cymru.llais.routing.control;

import cymru.llais.shared.GeoPoint;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * How fast the portal answers "which ward and authority is this point in" over all 852 Welsh wards
 * and 22 authorities: the lookup of {@code GET /api/areas} (in an authority? then which ward?) on the
 * same {@link AreaIndex} the portal builds. A benchmark to run and read, never a test:
 * {@code mvn -q -Pbench-areas test-compile exec:java} (options: -Dbench.seconds=5).
 */
public final class AreaLookupBenchmark {

    private static final int POINTS = 100_000;

    private AreaLookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 5);
        long start = System.nanoTime();
        List<AreaIndex.Shape<BoundaryFile.Feature>> wards = new ArrayList<>();
        for (Path file : GeoData.wardFiles()) {
            wards.addAll(GeoData.shapes(GeoData.read(file, "WD13CD", "WD13NM", "WD13NMW"), Function.identity()));
        }
        List<AreaIndex.Shape<BoundaryFile.Feature>> authorities = GeoData.shapes(GeoData.authorities(), Function.identity());
        long read = System.nanoTime();
        AreaIndex<BoundaryFile.Feature, BoundaryFile.Feature> index = new AreaIndex<>(wards, authorities);
        long built = System.nanoTime();

        System.out.printf(Locale.ROOT, "Llais area lookup benchmark: %d wards, %d local authorities; Java %s, %d processors%n",
                index.wardCount(), index.authorityCount(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "read and parsed the GeoJSON in %d ms; built the index in %d ms%n",
                (read - start) / 1_000_000, (built - read) / 1_000_000);

        Random random = new Random(2026);
        GeoPoint[] pins = randomPinsInWales(index, authorities, random);
        GeoPoint[] perWard = onePinPerWard(wards, random);
        report("random pins in Wales (area-weighted)", index, pins, seconds);
        report("one pin in each ward, in turn", index, perWard, seconds);
    }

    private static void report(String name, AreaIndex<BoundaryFile.Feature, BoundaryFile.Feature> index, GeoPoint[] points, int seconds)
            throws InterruptedException {
        run(index, points, 1, 2);  // warm-up: let the JIT compile the lookup
        double one = run(index, points, 1, seconds);
        double two = run(index, points, 2, seconds);
        long[] latency = latencies(index, points);
        System.out.printf(Locale.ROOT, "%n%s (%,d points, %d%% in a ward)%n", name, points.length, percentInWard(index, points));
        System.out.printf(Locale.ROOT, "  1 thread : %,10.0f lookups/s%n", one);
        System.out.printf(Locale.ROOT, "  2 threads: %,10.0f lookups/s%n", two);
        System.out.printf(Locale.ROOT, "  single lookup: p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, max %.1f µs%n",
                latency[latency.length / 2] / 1000.0, latency[(int) (latency.length * 0.99)] / 1000.0,
                latency[(int) (latency.length * 0.999)] / 1000.0, latency[latency.length - 1] / 1000.0);
    }

    /** What the API does for a point: is it in Wales (an authority), and then in which ward. */
    private static int lookup(AreaIndex<BoundaryFile.Feature, BoundaryFile.Feature> index, GeoPoint p) {
        if (index.authorityAt(p).isEmpty()) {
            return 0;
        }
        return index.wardAt(p).map(w -> w.code().hashCode()).orElse(1);
    }

    private static double run(AreaIndex<BoundaryFile.Feature, BoundaryFile.Feature> index, GeoPoint[] points, int threads, int seconds)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong sink = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * (points.length / Math.max(1, threads));
            Thread worker = new Thread(() -> {
                ready.countDown();
                long n = 0;
                int h = 0;
                int i = offset;
                while ((n & 255) != 0 || System.nanoTime() < end) {
                    h += lookup(index, points[i]);
                    i = i + 1 == points.length ? 0 : i + 1;
                    n++;
                }
                done.addAndGet(n);
                sink.addAndGet(h);
            });
            workers.add(worker);
            worker.start();
        }
        long began = System.nanoTime();
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        if (sink.get() == 42) {
            System.out.print("");
        }
        return done.get() / elapsed;
    }

    private static long[] latencies(AreaIndex<BoundaryFile.Feature, BoundaryFile.Feature> index, GeoPoint[] points) {
        long[] times = new long[points.length];
        int h = 0;
        for (int i = 0; i < points.length; i++) {
            long t = System.nanoTime();
            h += lookup(index, points[i]);
            times[i] = System.nanoTime() - t;
        }
        if (h == 42) {
            System.out.print("");
        }
        Arrays.sort(times);
        return times;
    }

    private static int percentInWard(AreaIndex<BoundaryFile.Feature, BoundaryFile.Feature> index, GeoPoint[] points) {
        int in = 0;
        for (GeoPoint p : points) {
            if (index.wardAt(p).isPresent()) {
                in++;
            }
        }
        return (int) Math.round(100.0 * in / points.length);
    }

    /** Points spread evenly over the land of Wales: random points in its bounding box that fall in an authority. */
    private static GeoPoint[] randomPinsInWales(AreaIndex<BoundaryFile.Feature, BoundaryFile.Feature> index,
                                                List<AreaIndex.Shape<BoundaryFile.Feature>> authorities, Random random) {
        Envelope wales = new Envelope();
        authorities.forEach(a -> wales.expandToInclude(a.geometry().getEnvelopeInternal()));
        GeoPoint[] points = new GeoPoint[POINTS];
        int n = 0;
        while (n < POINTS) {
            GeoPoint p = new GeoPoint(wales.getMinY() + random.nextDouble() * wales.getHeight(),
                    wales.getMinX() + random.nextDouble() * wales.getWidth());
            if (index.authorityAt(p).isPresent()) {
                points[n++] = p;
            }
        }
        return points;
    }

    /** Each ward's interior point, nudged by up to about 50 m, every ward as often as the others. */
    private static GeoPoint[] onePinPerWard(List<AreaIndex.Shape<BoundaryFile.Feature>> wards, Random random) {
        Point[] inside = wards.stream().map(w -> w.geometry().getInteriorPoint()).toArray(Point[]::new);
        GeoPoint[] points = new GeoPoint[POINTS];
        for (int i = 0; i < POINTS; i++) {
            Point centre = inside[i % inside.length];
            points[i] = new GeoPoint(centre.getY() + (random.nextDouble() - 0.5) * 0.0009, centre.getX() + (random.nextDouble() - 0.5) * 0.0014);
        }
        return points;
    }
}
