package cymru.llais.stories.control;

import cymru.llais.stories.entity.TriadValue;

import java.util.Optional;

/**
 * Places triad shares in an equilateral triangle of a given side on screen (y grows downwards), and back.
 * Corner A is at the top centre, B bottom left, C bottom right; the corners land exactly on the vertices.
 * themes/llais/js/stories.js mirrors {@link #toShares}.
 */
public final class TernaryPlot {

    private final double side;
    private final double height;

    public TernaryPlot(double side) {
        if (!(side > 0) || Double.isInfinite(side)) {
            throw new IllegalArgumentException("side must be positive");
        }
        this.side = side;
        this.height = side * Math.sqrt(3) / 2;
    }

    public double side() {
        return side;
    }

    public double height() {
        return height;
    }

    /** The screen point for the shares: x = side (a/2 + c), y = height (b + c). */
    public double[] toScreen(TriadValue v) {
        double x = side * (v.a() + 2.0 * v.c()) / (2.0 * TriadValue.WHOLE);
        double y = height * (v.b() + v.c()) / TriadValue.WHOLE;
        return new double[] {x, y};
    }

    /**
     * The shares for a point placed on screen; a point just outside the triangle (a tap on its edge) is moved to
     * the nearest point inside. Not a number gives nothing.
     */
    public Optional<TriadValue> toShares(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return Optional.empty();
        }
        double down = y / height;
        double across = 2 * x / side - 1;
        double a = 1 - down;
        double b = (down - across) / 2;
        double c = (down + across) / 2;
        a = Math.max(0, a);
        b = Math.max(0, b);
        c = Math.max(0, c);
        double sum = a + b + c;
        if (sum == 0) {
            return Optional.empty();
        }
        return TriadValue.ofFractions(a / sum, b / sum, c / sum);
    }
}
