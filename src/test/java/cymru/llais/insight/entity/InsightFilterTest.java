package cymru.llais.insight.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InsightFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void withoutParametersTheLastTwelveWholeMonthsAndThisOneSoFar() {
        InsightFilter f = InsightFilter.parse(null, "", null, null, null, null, TODAY);
        assertEquals(LocalDate.of(2025, 11, 1), f.from());
        assertEquals(TODAY, f.to());
        assertTrue(f.problems().isEmpty());
        assertEquals("from=2025-11-01&to=2026-11-26", f.query());
    }

    @Test
    void thePeriodIsWholeDaysWithTheLastDayIncluded() {
        InsightFilter f = InsightFilter.parse("2026-01-01", "2026-03-31", null, null, null, null, TODAY);
        assertEquals(LocalDate.of(2026, 1, 1).atStartOfDay(), f.start());
        assertEquals(LocalDate.of(2026, 4, 1).atStartOfDay(), f.end());
    }

    @Test
    void malformedParametersAreNamedAndDroppedTheRestIsKept() {
        InsightFilter f = InsightFilter.parse("31/01/2026", "2026-02-30", "Cardiff", "W05000857", "Fly Tipping", "x1", TODAY);
        assertEquals(List.of("insight.error.from", "insight.error.to", "insight.error.authority", "insight.error.category",
                "insight.error.partner"), f.problems());
        assertEquals("W05000857", f.ward());
        assertNull(f.authority());
        assertNull(f.category());
        assertNull(f.partner());
        assertEquals(TODAY, f.to());
    }

    @Test
    void aWardCodeIsNotAnAuthorityCodeNorTheOtherWayRound() {
        InsightFilter f = InsightFilter.parse(null, null, "W05000857", "W06000015", null, null, TODAY);
        assertEquals(List.of("insight.error.authority", "insight.error.ward"), f.problems());
    }

    @Test
    void aLastDayBeforeTheFirstFallsBackToTheDefaultPeriod() {
        InsightFilter f = InsightFilter.parse("2026-05-01", "2026-04-01", null, null, null, null, TODAY);
        assertEquals(List.of("insight.error.toBeforeFrom"), f.problems());
        assertEquals(TODAY, f.to());
        assertEquals(LocalDate.of(2025, 11, 1), f.from());
    }

    @Test
    void aPeriodLongerThanTenYearsIsCutToItsLastTenYears() {
        InsightFilter f = InsightFilter.parse("2001-01-01", "2026-01-01", null, null, null, null, TODAY);
        assertEquals(List.of("insight.error.tooLong"), f.problems());
        assertEquals(LocalDate.of(2026, 1, 1).minusDays(InsightFilter.MAX_DAYS), f.from());
    }

    @Test
    void aMonthOfThePeriodKeepsTheOtherFiltersAndStaysInsideThePeriod() {
        InsightFilter f = InsightFilter.parse("2026-01-15", "2026-03-10", "W06000015", null, "fly-tipping", "3", TODAY);
        InsightFilter jan = f.month(YearMonth.of(2026, 1));
        assertEquals(LocalDate.of(2026, 1, 15), jan.from());
        assertEquals(LocalDate.of(2026, 1, 31), jan.to());
        InsightFilter feb = f.month(YearMonth.of(2026, 2));
        assertEquals(LocalDate.of(2026, 2, 1), feb.from());
        assertEquals(LocalDate.of(2026, 2, 28), feb.to());
        assertEquals(LocalDate.of(2026, 3, 10), f.month(YearMonth.of(2026, 3)).to());
        assertEquals("from=2026-02-01&to=2026-02-28&authority=W06000015&category=fly-tipping&partner=3", feb.query());
    }

    @Test
    void aFigureNarrowsTheFilterByOneMoreCriterion() {
        InsightFilter f = InsightFilter.parse("2026-01-01", "2026-01-31", null, null, null, null, TODAY);
        assertEquals("from=2026-01-01&to=2026-01-31&ward=W05000857", f.withWard("W05000857").query());
        assertEquals("from=2026-01-01&to=2026-01-31&category=speeding", f.withCategory("speeding").query());
        assertEquals("from=2026-01-01&to=2026-01-31&partner=7", f.withPartner(7L).query());
    }
}
