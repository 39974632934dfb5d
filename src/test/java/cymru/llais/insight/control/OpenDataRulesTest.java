package cymru.llais.insight.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenDataRulesTest {

    private static final double EARTH_METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private static OpenDataGrid.Cell snap(String lat, String lon) {
        return OpenDataGrid.snap(new BigDecimal(lat), new BigDecimal(lon)).orElseThrow();
    }

    @Test
    void pinsInOneCellGetTheSameCentreAndNegativeLongitudesFloorWestwards() {
        OpenDataGrid.Cell a = snap("51.490500", "-3.174500");
        OpenDataGrid.Cell b = snap("51.491999", "-3.176999");
        assertEquals(new BigDecimal("51.4910"), a.latitude());
        assertEquals(new BigDecimal("-3.1755"), a.longitude());
        assertEquals(a, b);
        assertEquals(new BigDecimal("-3.1785"), snap("51.490500", "-3.177001").longitude(), "the next cell west");
    }

    @Test
    void everyCellIsAtLeastOneHundredMetresEachWayAcrossWalesAndTheCentreIsWithinHalfACell() {
        for (double lat = 51.3; lat <= 53.5; lat += 0.1) {
            double northSouth = OpenDataGrid.LATITUDE_STEP.doubleValue() * EARTH_METRES_PER_DEGREE;
            double eastWest = OpenDataGrid.LONGITUDE_STEP.doubleValue() * EARTH_METRES_PER_DEGREE * Math.cos(Math.toRadians(lat + 0.002));
            assertTrue(northSouth >= 100 && eastWest >= 100, "cell at " + lat + ": " + northSouth + " by " + eastWest);
        }
        BigDecimal lat = new BigDecimal("52.4142");
        BigDecimal lon = new BigDecimal("-4.0829");
        OpenDataGrid.Cell c = OpenDataGrid.snap(lat, lon).orElseThrow();
        assertTrue(c.latitude().subtract(lat).abs().compareTo(new BigDecimal("0.001")) <= 0);
        assertTrue(c.longitude().subtract(lon).abs().compareTo(new BigDecimal("0.0015")) <= 0);
        assertFalse(c.latitude().equals(lat) && c.longitude().equals(lon), "the pin itself is never given");
    }

    @Test
    void aConcernWithoutAPinHasNoPoint() {
        assertEquals(Optional.empty(), OpenDataGrid.snap(null, new BigDecimal("-3.1")));
        List<Object> row = OpenDataRows.concern(facts(false, "PUBLISHED", null, null, "RECEIVED")).orElseThrow();
        assertEquals(null, row.get(9));
        assertEquals(null, row.get(10));
    }

    private static OpenDataRows.ConcernFacts facts(boolean sensitive, String publication, BigDecimal lat, BigDecimal lon,
                                                   String status) {
        return new OpenDataRows.ConcernFacts("LL-2026-000123", Instant.parse("2026-10-14T23:30:00Z"), "fly-tipping",
                "Fly-tipping and litter", "Tipio anghyfreithlon a sbwriel", "W05000857", "Cathays", "Cathays", "W06000015",
                lat, lon, status, Instant.parse("2026-11-02T09:00:00Z"), Instant.parse("2026-11-03T09:00:00Z"),
                "cardiff-council", "Cardiff Council", "Cyngor Caerdydd", sensitive, publication);
    }

    @Test
    void aPublishedConcernIsARowOfItsSchemaWithTheGridPointAndDaysInWales() {
        List<Object> row = OpenDataRows.concern(facts(false, "PUBLISHED", new BigDecimal("51.490500"), new BigDecimal("-3.174500"),
                "IN_PROGRESS")).orElseThrow();
        assertEquals(OpenDataSchema.CONCERNS.columns().size(), row.size());
        assertEquals(LocalDate.of(2026, 10, 15), row.get(1), "23:30 UTC in summer time is the next day in Wales");
        assertEquals(new BigDecimal("51.4910"), row.get(9));
        assertEquals(new BigDecimal("-3.1755"), row.get(10));
        assertEquals(LocalDate.of(2026, 11, 2), row.get(12));
    }

    @Test
    void sensitiveHeldHiddenAndMergedConcernsNeverBecomeRows() {
        BigDecimal lat = new BigDecimal("51.4905");
        BigDecimal lon = new BigDecimal("-3.1745");
        assertEquals(Optional.empty(), OpenDataRows.concern(facts(true, "PUBLISHED", lat, lon, "RECEIVED")));
        for (String publication : List.of("AWAITING_MODERATION", "HIDDEN", "MERGED")) {
            assertEquals(Optional.empty(), OpenDataRows.concern(facts(false, publication, lat, lon, "RECEIVED")), publication);
        }
    }

    @Test
    void sensitiveConcernsAreOnlyACountPerWardAndAWardWithoutAnyHasNoRow() {
        List<Object> row = OpenDataRows.sensitiveCount("W05000857", "Cathays", "Cathays", "W06000015", 3);
        assertEquals(OpenDataSchema.SENSITIVE_COUNTS.header(), List.of("ward_code", "ward_en", "ward_cy", "local_authority_code", "concerns"));
        assertEquals(List.of("W05000857", "Cathays", "Cathays", "W06000015", 3L), row);
        assertThrows(IllegalArgumentException.class, () -> OpenDataRows.sensitiveCount("W05000857", "Cathays", "Cathays", "W06000015", 0));
    }

    @Test
    void resolvedOnIsGivenOnlyForAConcernClosedAtTheEndOfTheMonth() {
        BigDecimal lat = new BigDecimal("51.4905");
        BigDecimal lon = new BigDecimal("-3.1745");
        assertEquals(LocalDate.of(2026, 11, 3), OpenDataRows.concern(facts(false, "PUBLISHED", lat, lon, "CLOSED")).orElseThrow().get(13));
        assertEquals(null, OpenDataRows.concern(facts(false, "PUBLISHED", lat, lon, "IN_PROGRESS")).orElseThrow().get(13));
        assertEquals("in_progress", OpenDataRows.concern(facts(false, "PUBLISHED", lat, lon, "IN_PROGRESS")).orElseThrow().get(11));
    }

    @Test
    void theWardsOfAnOutcomeAreEachListedOnceInOrder() {
        assertEquals("W05000857;W05000873", OpenDataRows.wards("W05000873;W05000857", null, "W05000857"));
        assertEquals("", OpenDataRows.wards(null, null));
    }

    @Test
    void aMonthIsAMonthInWales() {
        OpenDataPeriod october = OpenDataPeriod.parse("2026-10").orElseThrow();
        assertEquals(Instant.parse("2026-09-30T23:00:00Z"), october.start(), "BST");
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), october.end(), "GMT");
        assertTrue(october.closedAt(Instant.parse("2026-11-01T00:00:00Z")));
        assertFalse(october.closedAt(Instant.parse("2026-10-31T23:59:59Z")));
        assertFalse(october.begunAt(Instant.parse("2026-09-30T22:59:59Z")));
        for (String bad : List.of("2026-13", "2026-1", "26-10", "2026-10-01", "1999-12", "2026-Q5", "2026-Q0", "2026-q3", "1999",
                "1999-Q4", "202", "", " 2026-10", "２０２６-10")) {
            assertEquals(Optional.empty(), OpenDataPeriod.parse(bad), bad);
        }
        assertEquals(List.of("2026-01", "2025-12"), OpenDataPeriod.parse("2026-01").orElseThrow().andPrevious(2).stream()
                .map(OpenDataPeriod::toString).toList());
    }

    @Test
    void aQuarterAndAYearAreTheirMonthsInWales() {
        OpenDataPeriod q3 = OpenDataPeriod.parse("2026-Q3").orElseThrow();
        assertEquals("2026-Q3", q3.toString());
        assertEquals(Instant.parse("2026-06-30T23:00:00Z"), q3.start(), "BST");
        assertEquals(Instant.parse("2026-09-30T23:00:00Z"), q3.end());
        assertEquals(OpenDataPeriod.parse("2026-07").orElseThrow().start(), q3.start());
        assertEquals(OpenDataPeriod.parse("2026-09").orElseThrow().end(), q3.end());
        OpenDataPeriod year = OpenDataPeriod.parse("2026").orElseThrow();
        assertEquals("2026", year.toString());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), year.start());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), year.end());
        assertFalse(year.closedAt(Instant.parse("2026-12-31T23:59:59Z")));
        assertTrue(year.closedAt(Instant.parse("2027-01-01T00:00:00Z")));
        Instant november = Instant.parse("2026-11-26T09:00:00Z");
        assertEquals(List.of("2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4"),
                OpenDataPeriod.quarterContaining(november).andPrevious(5).stream().map(OpenDataPeriod::toString).toList());
        assertEquals(List.of("2026", "2025", "2024"),
                OpenDataPeriod.yearContaining(november).andPrevious(3).stream().map(OpenDataPeriod::toString).toList());
        assertEquals("2027-Q1", OpenDataPeriod.quarterContaining(Instant.parse("2027-01-01T00:30:00Z")).toString());
    }
}
