package cymru.llais.stories.entity;

/**
 * Three sliders that always sum to 100: moving one shares the difference over the other two in proportion to
 * their values (equally when both are zero), in whole numbers. themes/llais/js/stories.js mirrors this rule;
 * the server does not rebalance silently, it re-validates the sum.
 */
public final class LinkedSliders {

    private LinkedSliders() {
    }

    /**
     * @param values the three current values (their sum need not be 100: what the person types is not trusted)
     * @param moved  which slider moved (0, 1 or 2)
     * @param to     its new value, clamped to 0..100
     * @return three whole values, the moved one at {@code to}, summing to 100
     */
    public static int[] rebalance(int[] values, int moved, int to) {
        if (values.length != 3 || moved < 0 || moved > 2) {
            throw new IllegalArgumentException("three sliders, one of them moved");
        }
        int v = Math.max(0, Math.min(100, to));
        int i = (moved + 1) % 3;
        int j = (moved + 2) % 3;
        int oi = Math.max(0, values[i]);
        int oj = Math.max(0, values[j]);
        int rest = 100 - v;
        int ni;
        if (oi + oj == 0) {
            ni = (rest + 1) / 2;
        } else {
            // rounded half up in integers: rest * oi / (oi + oj)
            ni = (int) ((2L * rest * oi + (oi + oj)) / (2L * (oi + oj)));
        }
        int[] out = new int[3];
        out[moved] = v;
        out[i] = ni;
        out[j] = rest - ni;
        return out;
    }
}
