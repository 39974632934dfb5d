package cymru.llais.insight.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurationBucketsTest {

    @Test
    void everyMinuteIsShownAsItsBucketIsAndTheBucketIsTheSmallestSuchMinute() {
        long previous = Long.MIN_VALUE;
        for (long m = -5; m <= 200_000; m++) {
            long b = DurationBuckets.bucket(m);
            assertEquals(DurationBuckets.shown(m), DurationBuckets.shown(b), "minute " + m);
            assertTrue(b <= m && b >= previous, "buckets rise with the minutes: " + m);
            if (b != previous && m > -5) {
                assertEquals(m, b, "a new bucket begins at its own smallest minute");
            }
            previous = b;
        }
    }

    @Test
    void theBoundariesAreTheDisplaysOwn() {
        assertEquals(119, DurationBuckets.bucket(119));
        assertEquals(120, DurationBuckets.bucket(149));
        assertEquals(150, DurationBuckets.bucket(150));
        assertEquals(2850, DurationBuckets.bucket(2879));
        assertEquals(2880, DurationBuckets.bucket(3599));
        assertEquals(3600, DurationBuckets.bucket(3600));
        assertEquals(new DurationBuckets.Shown(DurationBuckets.Unit.HOURS, 48), DurationBuckets.shown(2879));
        assertEquals(new DurationBuckets.Shown(DurationBuckets.Unit.DAYS, 2), DurationBuckets.shown(2880));
    }

    @Test
    void percentilesOfTheBucketsShowAsThePercentilesOfTheMinutes() {
        Random random = new Random(8);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(400);
            List<Percentiles.Bin> exact = new ArrayList<>();
            Map<Long, Long> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long m = (long) Math.exp(random.nextDouble() * 12);
                exact.add(new Percentiles.Bin(m, 1));
                buckets.merge(DurationBuckets.bucket(m), 1L, Long::sum);
            }
            Percentiles a = Percentiles.of(exact);
            Percentiles b = Percentiles.of(buckets.entrySet().stream().map(e -> new Percentiles.Bin(e.getKey(), e.getValue())).toList());
            for (int p : new int[] {1, 10, 50, 90, 100}) {
                assertEquals(DurationBuckets.shown(a.percentile(p).getAsLong()), DurationBuckets.shown(b.percentile(p).getAsLong()),
                        "percentile " + p + " of " + exact);
            }
        }
    }
}
