package cymru.llais.stories.control;

import cymru.llais.stories.entity.TriadValue;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TernaryPlotTest {

    private final TernaryPlot plot = new TernaryPlot(200);

    @Test
    void theCornersLandExactlyOnTheVertices() {
        double h = 200 * Math.sqrt(3) / 2;
        assertArrayEquals(new double[] {100, 0}, plot.toScreen(new TriadValue(10_000, 0, 0)), 0.0);
        assertArrayEquals(new double[] {0, h}, plot.toScreen(new TriadValue(0, 10_000, 0)), 0.0);
        assertArrayEquals(new double[] {200, h}, plot.toScreen(new TriadValue(0, 0, 10_000)), 0.0);
        assertEquals(new TriadValue(10_000, 0, 0), plot.toShares(100, 0).orElseThrow());
        assertEquals(new TriadValue(0, 10_000, 0), plot.toShares(0, h).orElseThrow());
        assertEquals(new TriadValue(0, 0, 10_000), plot.toShares(200, h).orElseThrow());
    }

    @Test
    void theCentreIsEqualSharesAndEdgeMidpointsSplitTwoCorners() {
        double h = plot.height();
        double[] centre = plot.toScreen(TriadValue.ofFractions(1 / 3.0, 1 / 3.0, 1 / 3.0).orElseThrow());
        assertEquals(100, centre[0], 0.02);
        assertEquals(2 * h / 3, centre[1], 0.02);
        assertEquals(new TriadValue(0, 5000, 5000), plot.toShares(100, h).orElseThrow());
        assertEquals(new TriadValue(5000, 5000, 0), plot.toShares(50, h / 2).orElseThrow());
    }

    @Test
    void screenAndSharesRoundTrip() {
        for (int a = 0; a <= 10_000; a += 625) {
            for (int b = 0; a + b <= 10_000; b += 625) {
                TriadValue v = new TriadValue(a, b, 10_000 - a - b);
                double[] p = plot.toScreen(v);
                assertEquals(v, plot.toShares(p[0], p[1]).orElseThrow());
            }
        }
    }

    @Test
    void aTapJustOutsideTheTriangleIsMovedInsideAndNonsenseGivesNothing() {
        TriadValue below = plot.toShares(100, plot.height() + 5).orElseThrow();
        assertEquals(0, below.a());
        TriadValue above = plot.toShares(100, -10).orElseThrow();
        assertEquals(new TriadValue(10_000, 0, 0), above);
        assertFalse(plot.toShares(Double.NaN, 3).isPresent());
        assertFalse(plot.toShares(1, Double.POSITIVE_INFINITY).isPresent());
        assertThrows(IllegalArgumentException.class, () -> new TernaryPlot(0));
        assertThrows(IllegalArgumentException.class, () -> new TernaryPlot(Double.NaN));
    }
}
