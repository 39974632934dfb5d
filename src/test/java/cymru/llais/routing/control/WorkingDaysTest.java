package cymru.llais.routing.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDays.WALES).toInstant();
    }

    private static LocalDate dueDay(Instant deadline) {
        ZonedDateTime z = deadline.atZone(WorkingDays.WALES);
        assertEquals(23, z.getHour());
        return z.toLocalDate();
    }

    @Test
    void easterIsComputedForKnownYears() {
        assertEquals(LocalDate.of(2024, 3, 31), WorkingDays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), WorkingDays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), WorkingDays.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), WorkingDays.easterSunday(2027));
    }

    @Test
    void theBankHolidaysOf2026AreThePublishedOnes() {
        assertEquals(Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)), WorkingDays.bankHolidays(2026));
    }

    @Test
    void christmasOnASaturdayMovesBothHolidaysToMondayAndTuesday() {
        assertTrue(WorkingDays.bankHolidays(2027).containsAll(Set.of(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28))));
        assertTrue(WorkingDays.bankHolidays(2022).containsAll(Set.of(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27))));
    }

    @Test
    void oneOffChangesByProclamationAreKept() {
        assertTrue(WorkingDays.bankHolidays(2022).contains(LocalDate.of(2022, 6, 2)));
        assertTrue(WorkingDays.bankHolidays(2022).contains(LocalDate.of(2022, 9, 19)));
        assertFalse(WorkingDays.bankHolidays(2022).contains(LocalDate.of(2022, 5, 30)));
        assertTrue(WorkingDays.bankHolidays(2023).contains(LocalDate.of(2023, 5, 8)));
        assertTrue(WorkingDays.bankHolidays(2020).contains(LocalDate.of(2020, 5, 8)));
        assertFalse(WorkingDays.bankHolidays(2020).contains(LocalDate.of(2020, 5, 4)));
    }

    @ParameterizedTest(name = "{0} + {1} working days is due at the end of {2}")
    @CsvSource({
            "2026-11-23T10:00, 2, 2026-11-25",
            "2026-11-26T16:00, 2, 2026-11-30",
            "2026-11-28T09:00, 2, 2026-12-01",
            "2026-12-23T12:00, 2, 2026-12-29",
            "2026-12-24T12:00, 1, 2026-12-29",
            "2026-04-02T09:00, 1, 2026-04-07",
            "2026-04-02T09:00, 2, 2026-04-08",
            "2026-05-22T09:00, 1, 2026-05-26"})
    void deadlinesSkipWeekendsAndBankHolidays(String reported, int days, String due) {
        assertEquals(LocalDate.parse(due), dueDay(WorkingDays.deadline(at(reported), days)));
    }

    @Test
    void aReportLateOnADayCountsFromThatDayInWalesNotInUtc() {
        assertEquals(LocalDate.of(2026, 7, 14), dueDay(WorkingDays.deadline(at("2026-07-13T00:30"), 1)));
    }
}
