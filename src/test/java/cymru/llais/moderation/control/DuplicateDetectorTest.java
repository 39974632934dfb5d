package cymru.llais.moderation.control;

import cymru.llais.moderation.control.DuplicateDetector.Candidate;
import cymru.llais.moderation.control.DuplicateDetector.Pair;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateDetectorTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final DuplicateDetector DEFAULT = new DuplicateDetector(150, Duration.ofDays(14));
    // Heol Crwys, Cardiff; 0.001 degrees of latitude is about 111 m, of longitude here about 69 m
    private static final double LAT = 51.4905, LON = -3.1745;

    private static Candidate c(long id, String category, double lat, double lon, Instant at) {
        return new Candidate(id, category, lat, lon, at);
    }

    @Test
    void theDistanceIsRight() {
        assertEquals(111.2, DuplicateDetector.metres(LAT, LON, LAT + 0.001, LON), 0.5);
        assertEquals(69.3, DuplicateDetector.metres(LAT, LON, LAT, LON + 0.001), 0.5);
        assertEquals(0, DuplicateDetector.metres(LAT, LON, LAT, LON), 1e-9);
    }

    @Test
    void sameCategoryNearbyAndWithinTheTimeIsSuspected() {
        List<Pair> pairs = DEFAULT.pairs(List.of(c(1, "fly-tipping", LAT, LON, T), c(2, "fly-tipping", LAT + 0.001, LON, T.plus(Duration.ofDays(3)))));
        assertEquals(1, pairs.size());
        assertEquals(1L, pairs.get(0).earlier().id());
        assertEquals(2L, pairs.get(0).later().id());
        assertEquals(Duration.ofDays(3), pairs.get(0).apart());
    }

    @Test
    void anotherCategoryIsNotADuplicate() {
        assertTrue(DEFAULT.pairs(List.of(c(1, "fly-tipping", LAT, LON, T), c(2, "speeding", LAT, LON, T))).isEmpty());
    }

    @Test
    void tooFarApartIsNotADuplicate() {
        assertEquals(1, DEFAULT.pairs(List.of(c(1, "fly-tipping", LAT, LON, T), c(2, "fly-tipping", LAT + 0.0013, LON, T))).size(), "144 m");
        assertTrue(DEFAULT.pairs(List.of(c(1, "fly-tipping", LAT, LON, T), c(2, "fly-tipping", LAT + 0.0014, LON, T))).isEmpty(), "156 m");
    }

    @Test
    void tooLongApartIsNotADuplicate() {
        assertEquals(1, DEFAULT.pairs(List.of(c(1, "fly-tipping", LAT, LON, T), c(2, "fly-tipping", LAT, LON, T.plus(Duration.ofDays(14))))).size());
        assertTrue(DEFAULT.pairs(List.of(c(1, "fly-tipping", LAT, LON, T),
                c(2, "fly-tipping", LAT, LON, T.plus(Duration.ofDays(14)).plusSeconds(1)))).isEmpty());
    }

    @Test
    void theLimitsAreConfigurable() {
        DuplicateDetector strict = new DuplicateDetector(50, Duration.ofDays(1));
        List<Candidate> near = List.of(c(1, "fly-tipping", LAT, LON, T), c(2, "fly-tipping", LAT + 0.001, LON, T.plus(Duration.ofHours(2))));
        assertTrue(strict.pairs(near).isEmpty(), "111 m is beyond 50 m");
        assertEquals(1, DEFAULT.pairs(near).size());
        assertThrows(IllegalArgumentException.class, () -> new DuplicateDetector(-1, Duration.ofDays(1)));
    }

    @Test
    void concernsWithoutAPinAreNeverSuspected() {
        assertTrue(DEFAULT.pairs(List.of(new Candidate(1L, "fly-tipping", null, null, T), new Candidate(2L, "fly-tipping", null, null, T))).isEmpty());
    }

    @Test
    void inAnyOrderEveryPairIsFoundOnceNearestInTimeFirst() {
        List<Pair> pairs = DEFAULT.pairs(List.of(
                c(3, "fly-tipping", LAT, LON, T.plus(Duration.ofDays(5))),
                c(1, "fly-tipping", LAT, LON, T),
                c(2, "fly-tipping", LAT, LON + 0.0005, T.plus(Duration.ofDays(4)))));
        assertEquals(3, pairs.size());
        assertEquals(List.of(2L, 1L, 1L), pairs.stream().map(p -> p.earlier().id()).toList());
        assertEquals(List.of(3L, 2L, 3L), pairs.stream().map(p -> p.later().id()).toList());
    }
}
