package cymru.llais.insight.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    @Test
    void barsAreScaledToTheLargestValueAndStackedInRows() {
        BarChart chart = BarChart.of(List.of(new BarChart.Row("a", 100, "/x"), new BarChart.Row("b", 50, null), new BarChart.Row("c", 0, null)));
        double room = BarChart.WIDTH - BarChart.LABEL_WIDTH - 70;
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", room), chart.getBars().get(0).width());
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", room / 2), chart.getBars().get(1).width());
        assertEquals("0.0", chart.getBars().get(2).width());
        assertEquals(3 * BarChart.ROW, chart.getHeight());
        assertEquals(BarChart.ROW, chart.getBars().get(1).y() - chart.getBars().get(0).y());
        assertEquals("/x", chart.getBars().get(0).href());
    }

    @Test
    void anEmptyOrAllZeroChartDrawsNoBarsWithoutDividingByZero() {
        assertTrue(BarChart.of(List.of()).isEmpty());
        assertEquals("0.0", BarChart.of(List.of(new BarChart.Row("a", 0, null))).getBars().get(0).width());
        assertThrows(IllegalArgumentException.class, () -> BarChart.of(List.of(new BarChart.Row("a", -1, null))));
    }

    @Test
    void shadesAreFiveEqualRangesFromOneToTheLargestCountAndNoneIsUnshaded() {
        Shading s = Shading.of(100);
        assertEquals(List.of(new Shading.Range(1, 1, 20), new Shading.Range(2, 21, 40), new Shading.Range(3, 41, 60),
                new Shading.Range(4, 61, 80), new Shading.Range(5, 81, 100)), s.ranges());
        assertEquals(0, s.shade(0));
        assertEquals(1, s.shade(1));
        assertEquals(1, s.shade(20));
        assertEquals(2, s.shade(21));
        assertEquals(5, s.shade(100));
    }

    @Test
    void fewerShadesThanFiveWhenTheLargestCountIsSmallAndEveryCountHasOne() {
        assertEquals(List.of(new Shading.Range(1, 1, 1), new Shading.Range(2, 2, 2), new Shading.Range(3, 3, 3)), Shading.of(3).ranges());
        assertTrue(Shading.of(0).ranges().isEmpty());
        Shading s = Shading.of(7);
        for (long n = 1; n <= 7; n++) {
            assertTrue(s.shade(n) >= 1, "count " + n + " has a shade");
        }
        assertEquals(7, s.ranges().get(s.ranges().size() - 1).to());
    }
}
