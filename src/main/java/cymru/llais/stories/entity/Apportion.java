package cymru.llais.stories.entity;

/** Rounds non-negative parts to whole numbers that add up to a given total (the largest remainder method). */
final class Apportion {

    private Apportion() {
    }

    static int[] largestRemainder(double[] parts, int total) {
        int[] whole = new int[parts.length];
        int given = 0;
        for (int i = 0; i < parts.length; i++) {
            whole[i] = (int) Math.floor(parts[i] + 1e-9);
            given += whole[i];
        }
        while (given < total) {
            int best = 0;
            double bestRest = -1;
            for (int i = 0; i < parts.length; i++) {
                double rest = parts[i] - whole[i];
                if (rest > bestRest) {
                    best = i;
                    bestRest = rest;
                }
            }
            whole[best]++;
            given++;
        }
        while (given > total) {
            int best = 0;
            for (int i = 1; i < parts.length; i++) {
                if (whole[i] > whole[best]) {
                    best = i;
                }
            }
            whole[best]--;
            given--;
        }
        return whole;
    }
}
