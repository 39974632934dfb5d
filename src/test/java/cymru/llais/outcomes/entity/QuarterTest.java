package cymru.llais.outcomes.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuarterTest {

    @Test
    void aQuarterIsReadFromItsCodeAndNothingElseIs() {
        assertEquals(Optional.of(new Quarter(2026, 3)), Quarter.parse("2026-Q3"));
        assertEquals(Optional.of(new Quarter(2026, 1)), Quarter.parse(" 2026-q1 "));
        for (String bad : new String[] {null, "", "2026-Q5", "2026-Q0", "2026Q3", "26-Q3", "1999-Q4", "2100-Q1", "2026-Q3'--",
                "２０２６-Q3", "2026-Q3 OR 1=1", "x".repeat(2000)}) {
            assertEquals(Optional.empty(), Quarter.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void quartersRunFromMidnightInWalesSoSummerTimeMovesTheirInstants() {
        Quarter q3 = new Quarter(2026, 3);
        assertEquals(LocalDate.of(2026, 7, 1), q3.firstDay());
        assertEquals(LocalDate.of(2026, 9, 30), q3.lastDay());
        // 1 July is in British Summer Time: midnight in Wales is 23:00 UTC the day before
        assertEquals(Instant.parse("2026-06-30T23:00:00Z"), q3.start());
        assertEquals(Instant.parse("2026-09-30T23:00:00Z"), q3.end());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), new Quarter(2026, 1).start());
        assertEquals(new Quarter(2026, 3), Quarter.of(Instant.parse("2026-06-30T23:30:00Z")), "already 1 July in Wales");
        assertEquals(new Quarter(2026, 2), Quarter.of(Instant.parse("2026-06-30T22:59:59Z")));
        assertTrue(q3.contains(q3.start()));
        assertFalse(q3.contains(q3.end()));
    }

    @Test
    void quartersFollowOneAnotherAcrossYears() {
        assertEquals(Optional.of(new Quarter(2025, 4)), new Quarter(2026, 1).previous());
        assertEquals(Optional.of(new Quarter(2027, 1)), new Quarter(2026, 4).next());
        assertEquals(List.of(new Quarter(2026, 2), new Quarter(2026, 1), new Quarter(2025, 4)), new Quarter(2026, 2).andBefore(3));
        assertEquals("2026-Q2", new Quarter(2026, 2).code());
        assertEquals("outcomes.quarter.name.q2", new Quarter(2026, 2).key());
    }
}
