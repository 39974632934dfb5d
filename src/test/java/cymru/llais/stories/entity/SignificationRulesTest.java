package cymru.llais.stories.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignificationRulesTest {

    @Test
    void aTriadIsThreeSharesSummingToExactlyOne() {
        TriadValue v = new TriadValue(5000, 3000, 2000);
        assertEquals(1.0, v.fractionA() + v.fractionB() + v.fractionC(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> new TriadValue(5000, 3000, 2001));
        assertThrows(IllegalArgumentException.class, () -> new TriadValue(-1, 5001, 5000));
        assertThrows(IllegalArgumentException.class, () -> new TriadValue(10_001, 0, -1));
        assertTrue(TriadValue.valid(10_000, 0, 0));
        assertTrue(TriadValue.valid(0, 0, 10_000));
    }

    @Test
    void wholePercentagesMustEachBeZeroToHundredAndSumToHundred() {
        assertEquals(new TriadValue(2000, 3000, 5000), TriadValue.ofPercents(20, 30, 50).orElseThrow());
        assertEquals(new TriadValue(0, 10_000, 0), TriadValue.ofPercents(0, 100, 0).orElseThrow());
        assertFalse(TriadValue.ofPercents(20, 30, 49).isPresent());
        assertFalse(TriadValue.ofPercents(20, 30, 51).isPresent());
        assertFalse(TriadValue.ofPercents(-10, 60, 50).isPresent());
        assertFalse(TriadValue.ofPercents(110, -5, -5).isPresent());
    }

    @Test
    void fractionsAreRoundedToBasisPointsKeepingTheSumExactAndNonsenseIsRefused() {
        TriadValue third = TriadValue.ofFractions(1 / 3.0, 1 / 3.0, 1 / 3.0).orElseThrow();
        assertEquals(10_000, third.a() + third.b() + third.c());
        assertTrue(third.a() >= 3333 && third.a() <= 3334);
        assertFalse(TriadValue.ofFractions(Double.NaN, 0.5, 0.5).isPresent());
        assertFalse(TriadValue.ofFractions(Double.POSITIVE_INFINITY, 0, 0).isPresent());
        assertFalse(TriadValue.ofFractions(-0.1, 0.6, 0.5).isPresent());
        assertFalse(TriadValue.ofFractions(0.5, 0.5, 0.5).isPresent());
        assertEquals(new TriadValue(10_000, 0, 0), TriadValue.ofFractions(1, 0, 0).orElseThrow());
    }

    @Test
    void percentsForTheLinkedInputsAlwaysSumToHundred() {
        TriadValue v = new TriadValue(3334, 3333, 3333);
        int[] p = v.percents();
        assertEquals(100, p[0] + p[1] + p[2]);
        assertArrayEquals(new int[] {34, 33, 33}, new TriadValue(3350, 3325, 3325).percents());
        assertArrayEquals(new int[] {100, 0, 0}, new TriadValue(10_000, 0, 0).percents());
    }

    @Test
    void aDyadIsBetweenZeroAndHundred() {
        assertTrue(DyadValue.of(0).isPresent());
        assertTrue(DyadValue.of(100).isPresent());
        assertFalse(DyadValue.of(-1).isPresent());
        assertFalse(DyadValue.of(101).isPresent());
        assertThrows(IllegalArgumentException.class, () -> new DyadValue(150));
    }

    @Test
    void movingOneLinkedSliderSharesTheDifferenceOverTheOthersInProportion() {
        assertArrayEquals(new int[] {40, 40, 20}, LinkedSliders.rebalance(new int[] {20, 40, 20}, 0, 40));
        assertArrayEquals(new int[] {60, 20, 20}, LinkedSliders.rebalance(new int[] {20, 40, 40}, 0, 60));
        assertArrayEquals(new int[] {0, 75, 25}, LinkedSliders.rebalance(new int[] {40, 45, 15}, 0, 0));
        assertArrayEquals(new int[] {100, 0, 0}, LinkedSliders.rebalance(new int[] {34, 33, 33}, 0, 100));
    }

    @Test
    void whenTheOtherTwoAreBothZeroTheyShareTheRestEqually() {
        assertArrayEquals(new int[] {25, 50, 25}, LinkedSliders.rebalance(new int[] {0, 100, 0}, 1, 50));
        assertArrayEquals(new int[] {49, 1, 50}, LinkedSliders.rebalance(new int[] {0, 100, 0}, 1, 1));
    }

    @Test
    void theSumStaysHundredForEveryMoveAndOutOfRangeMovesAreClamped() {
        for (int a = 0; a <= 100; a += 7) {
            for (int b = 0; a + b <= 100; b += 9) {
                int[] start = {a, b, 100 - a - b};
                for (int moved = 0; moved < 3; moved++) {
                    for (int to = -5; to <= 105; to += 13) {
                        int[] out = LinkedSliders.rebalance(start, moved, to);
                        assertEquals(100, out[0] + out[1] + out[2]);
                        assertEquals(Math.max(0, Math.min(100, to)), out[moved]);
                        for (int x : out) {
                            assertTrue(x >= 0 && x <= 100);
                        }
                    }
                }
            }
        }
    }
}
