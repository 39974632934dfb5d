package cymru.llais.moderation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Suspected duplicates: two concerns of the same category whose pins lie within a distance of each other
 * and which were reported within a time of each other. Concerns without a pin ("the whole ward") are
 * never suspected: there is no distance to measure.
 */
public final class DuplicateDetector {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /** What the detector needs of a concern. */
    public record Candidate(Long id, String categoryCode, Double latitude, Double longitude, Instant reportedAt) {
        boolean hasPin() {
            return latitude != null && longitude != null;
        }
    }

    /** Two suspected duplicates, the earlier first, and how far apart they are. */
    public record Pair(Candidate earlier, Candidate later, double metres, Duration apart) {
    }

    private final double maxMetres;
    private final Duration maxApart;

    public DuplicateDetector(double maxMetres, Duration maxApart) {
        if (maxMetres < 0 || maxApart == null || maxApart.isNegative()) {
            throw new IllegalArgumentException("a distance and a time of zero or more");
        }
        this.maxMetres = maxMetres;
        this.maxApart = maxApart;
    }

    /** Every suspected pair among these concerns, the nearest in time first. */
    public List<Pair> pairs(List<Candidate> candidates) {
        List<Candidate> sorted = candidates.stream().filter(Candidate::hasPin)
                .sorted(Comparator.comparing(Candidate::reportedAt).thenComparing(Candidate::id)).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Candidate a = sorted.get(i);
            for (int j = i + 1; j < sorted.size(); j++) {
                Candidate b = sorted.get(j);
                Duration apart = Duration.between(a.reportedAt(), b.reportedAt());
                if (apart.compareTo(maxApart) > 0) {
                    break;
                }
                if (!a.categoryCode().equals(b.categoryCode())) {
                    continue;
                }
                double metres = metres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
                if (metres <= maxMetres) {
                    pairs.add(new Pair(a, b, metres, apart));
                }
            }
        }
        pairs.sort(Comparator.comparing(Pair::apart).thenComparing(p -> p.later().id()));
        return pairs;
    }

    /** Great-circle distance in metres (haversine); ample at the scale of a ward. */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = Math.toRadians(lat2 - lat1);
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
