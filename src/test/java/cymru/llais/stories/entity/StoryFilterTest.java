package cymru.llais.stories.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryFilterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void nothingGivenKeepsEveryStory() {
        StoryFilter.Read read = StoryFilter.read(null, " ", "", null);
        assertTrue(read.problems().isEmpty());
        assertTrue(read.filter().isEmpty());
        assertTrue(read.filter().keeps(null, DAY));
        assertEquals("", read.filter().query());
    }

    @Test
    void theWardAnswerAndPeriodAreReadAndWrittenBackAsAQuery() {
        StoryFilter f = StoryFilter.read("w05000857", " 42 ", "2026-11-01", "2026-11-20").filter();
        assertEquals("W05000857", f.wardCode());
        assertEquals(42L, f.optionId());
        assertEquals("&ward=W05000857&answer=42&from=2026-11-01&to=2026-11-20", f.query());
    }

    @Test
    void bothEndsOfThePeriodAreIncludedAndTheWardMustMatch() {
        StoryFilter f = StoryFilter.read("W05000857", null, "2026-11-20", "2026-11-21").filter();
        assertTrue(f.keeps("W05000857", DAY));
        assertTrue(f.keeps("W05000857", DAY.plusDays(1)));
        assertFalse(f.keeps("W05000857", DAY.minusDays(1)));
        assertFalse(f.keeps("W05000857", DAY.plusDays(2)));
        assertFalse(f.keeps("W05000879", DAY), "another ward");
        assertFalse(f.keeps(null, DAY), "a story about no ward");
    }

    @Test
    void partsThatCannotBeReadAreDroppedWithAProblemAndTheRestApplies() {
        StoryFilter.Read read = StoryFilter.read("Cathays", "under", "yesterday", "2026-02-30");
        assertEquals(List.of("stories.filter.error.ward", "stories.filter.error.answer", "stories.filter.error.from",
                "stories.filter.error.to"), read.problems().stream().map(Problem::key).toList());
        assertTrue(read.filter().isEmpty());

        StoryFilter.Read partly = StoryFilter.read(null, "7", "not a date", null);
        assertEquals(7L, partly.filter().optionId());
        assertNull(partly.filter().from());
        assertEquals(1, partly.problems().size());
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndOnlyTheStartApplies() {
        StoryFilter.Read read = StoryFilter.read(null, null, "2026-11-20", "2026-11-19");
        assertEquals("stories.filter.error.order", read.problems().get(0).key());
        assertEquals(DAY, read.filter().from());
        assertNull(read.filter().to());
        assertTrue(StoryFilter.read(null, null, "2026-11-20", "2026-11-20").problems().isEmpty(), "one day is a period");
    }
}
