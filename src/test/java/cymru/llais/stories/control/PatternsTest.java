package cymru.llais.stories.control;

import cymru.llais.stories.entity.DyadValue;
import cymru.llais.stories.entity.TriadValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PatternsTest {

    @Test
    void aHistogramHasTenBinsAndHundredFallsInTheLast() {
        int[] bins = Patterns.histogram(List.of(new DyadValue(0), new DyadValue(9), new DyadValue(10), new DyadValue(95), new DyadValue(100)));
        assertArrayEquals(new int[] {2, 1, 0, 0, 0, 0, 0, 0, 0, 2}, bins);
    }

    @Test
    void dotsLieWhereTheTransformPutsThemWithTheirGroup() {
        TernaryPlot plot = new TernaryPlot(200);
        List<Patterns.Dot> dots = Patterns.dots(plot, Map.of(7L, new TriadValue(10_000, 0, 0), 3L, new TriadValue(0, 0, 10_000)),
                Map.of(7L, "Top", 3L, "Right"), Map.of(7L, 2));
        assertEquals(3L, dots.get(0).storyId());
        assertEquals("200.00", dots.get(0).cx());
        assertEquals(0, dots.get(0).group());
        assertEquals("100.00", dots.get(1).cx());
        assertEquals("0.00", dots.get(1).cy());
        assertEquals(2, dots.get(1).group());
    }
}
