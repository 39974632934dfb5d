package cymru.llais.insight.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PercentilesTest {

    private static Percentiles of(long... values) {
        List<Percentiles.Bin> bins = new ArrayList<>();
        for (long v : values) {
            bins.add(new Percentiles.Bin(v, 1));
        }
        return Percentiles.of(bins);
    }

    @Test
    void medianOfAnOddNumberOfValuesIsTheMiddleOne() {
        assertEquals(OptionalLong.of(5), of(9, 1, 5).median());
    }

    @Test
    void medianOfAnEvenNumberOfValuesIsTheLowerMiddleOneANearestRankValueThatOccurred() {
        assertEquals(OptionalLong.of(1), of(1, 3).median());
        assertEquals(OptionalLong.of(20), of(10, 20, 30, 40).median());
    }

    @Test
    void ninetiethPercentileByNearestRank() {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = i + 1;
        }
        Percentiles p = of(values);
        assertEquals(OptionalLong.of(90), p.percentile(90));
        assertEquals(OptionalLong.of(50), p.median());
        assertEquals(OptionalLong.of(100), p.percentile(100));
        assertEquals(OptionalLong.of(1), p.percentile(1));
        assertEquals(OptionalLong.of(9), of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).percentile(90));
        assertEquals(OptionalLong.of(10), of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).percentile(90));
    }

    @Test
    void histogramCountsWeighTheirValuesInAnyOrder() {
        Percentiles p = Percentiles.of(List.of(new Percentiles.Bin(600, 1), new Percentiles.Bin(30, 8), new Percentiles.Bin(120, 1)));
        assertEquals(10, p.count());
        assertEquals(OptionalLong.of(30), p.median());
        assertEquals(OptionalLong.of(30), p.percentile(80));
        assertEquals(OptionalLong.of(120), p.percentile(90));
        assertEquals(OptionalLong.of(600), p.percentile(91));
    }

    @Test
    void theSameValueInTwoBinsCountsOnceForEach() {
        Percentiles p = Percentiles.of(List.of(new Percentiles.Bin(5, 2), new Percentiles.Bin(5, 2), new Percentiles.Bin(100, 3)));
        assertEquals(7, p.count());
        assertEquals(OptionalLong.of(5), p.median());
        assertEquals(OptionalLong.of(100), p.percentile(90));
    }

    @Test
    void nothingMeasuredHasNoPercentileAndEmptyBinsAreIgnored() {
        assertTrue(Percentiles.of(List.of()).median().isEmpty());
        assertTrue(Percentiles.of(List.of(new Percentiles.Bin(7, 0))).percentile(90).isEmpty());
        assertEquals(OptionalLong.of(7), Percentiles.of(List.of(new Percentiles.Bin(3, 0), new Percentiles.Bin(7, 1))).median());
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        assertEquals(OptionalLong.of(42), of(42).median());
        assertEquals(OptionalLong.of(42), of(42).percentile(90));
    }

    @Test
    void refusesPercentilesOutsideOneToAHundredAndNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> of(1).percentile(0));
        assertThrows(IllegalArgumentException.class, () -> of(1).percentile(101));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(List.of(new Percentiles.Bin(1, -1))));
    }
}
