package cymru.llais.insight.control;

import cymru.llais.insight.entity.InsightFilter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which months of a period the cells answer and which stretches the rows answer, around dirty months. */
class MonthPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static InsightFilter period(String from, String to) {
        return InsightFilter.parse(from, to, null, null, null, null, TODAY);
    }

    private static List<String> ranges(InsightQueries.Plan plan) {
        return plan.rowRanges().stream().map(r -> r[0].toLocalDate() + ".." + r[1].toLocalDate()).toList();
    }

    @Test
    void cleanWholeMonthsComeFromTheCellsAndTheDaysAroundThemFromTheRows() {
        InsightQueries.Plan plan = InsightQueries.Plan.of(period("2026-01-15", "2026-05-10"), Set.of());
        assertEquals(List.of(202602, 202603, 202604), plan.cellMonths());
        assertEquals(List.of("2026-01-15..2026-02-01", "2026-05-01..2026-05-11"), ranges(plan));
    }

    @Test
    void aDirtyMonthIsReadFromTheRowsWithTheDaysBesideIt() {
        InsightQueries.Plan plan = InsightQueries.Plan.of(period("2026-01-15", "2026-05-10"), Set.of(202603, 202604, 202512));
        assertEquals(List.of(202602), plan.cellMonths());
        assertEquals(List.of("2026-01-15..2026-02-01", "2026-03-01..2026-05-11"), ranges(plan));

        InsightQueries.Plan middle = InsightQueries.Plan.of(period("2026-01-01", "2026-03-31"), Set.of(202602));
        assertEquals(List.of(202601, 202603), middle.cellMonths());
        assertEquals(List.of("2026-02-01..2026-03-01"), ranges(middle));
    }

    @Test
    void wholeMonthsOnlyNeedNoRows() {
        InsightQueries.Plan plan = InsightQueries.Plan.of(period("2025-01-01", "2025-12-31"), Set.of());
        assertEquals(12, plan.cellMonths().size());
        assertEquals(List.of(), plan.rowRanges());
        assertEquals(LocalDateTime.of(2025, 1, 1, 0, 0), period("2025-01-01", "2025-12-31").start());
    }

    @Test
    void theRowsAloneWhenNoWholeMonthIsCleanOrAnAreaIsChosenOrThereIsNoWatermark() {
        assertNull(InsightQueries.Plan.of(period("2026-01-15", "2026-02-20"), Set.of()), "no whole month");
        assertNull(InsightQueries.Plan.of(period("2026-01-01", "2026-02-28"), Set.of(202601, 202602)), "every whole month dirty");
        assertNull(InsightQueries.Plan.of(InsightFilter.parse("2025-01-01", "2025-12-31", null, "W05000857", null, null, TODAY),
                Set.of()), "an area filter");
        assertNull(InsightQueries.Plan.of(period("2025-01-01", "2025-12-31"), null), "no watermark");
    }

    @Test
    void monthCodesRoundTrip() {
        assertEquals(202611, MonthCells.code(YearMonth.of(2026, 11)));
        assertEquals(YearMonth.of(2026, 1), MonthCells.month(202601));
    }
}
