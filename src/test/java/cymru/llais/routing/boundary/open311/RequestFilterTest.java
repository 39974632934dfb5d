package cymru.llais.routing.boundary.open311;

import cymru.llais.concerns.boundary.PublicQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Set<String> PUBLIC = Set.of("speeding", "fly-tipping", "street-lighting");

    private static RequestFilter.Parsed parse(String ids, String codes, String status, String start, String end) {
        return RequestFilter.parse(ids, codes, status, start, end, PUBLIC, NOW);
    }

    @Test
    void withoutFiltersTheLast90DaysOfEveryServiceAndStatusAreAskedForAtMost1000() {
        PublicQuery q = parse(null, null, null, null, null).query();
        assertEquals(NOW.minus(Duration.ofDays(90)), q.from());
        assertNull(q.to());
        assertNull(q.open());
        assertTrue(q.categoryCodes().isEmpty() && q.references().isEmpty());
        assertEquals(1000, q.limit());
    }

    @Test
    void requestIdsOverrideEveryOtherFilter() {
        PublicQuery q = parse("LL-2026-000001, LL-2026-000002,,", "not-a-service", "lost", "yesterday", null).query();
        assertEquals(Set.of("LL-2026-000001", "LL-2026-000002"), q.references());
        assertNull(q.from());
        assertNull(q.open());
        assertTrue(q.categoryCodes().isEmpty());
    }

    @Test
    void moreThan1000RequestIdsAreRefused() {
        String ids = IntStream.rangeClosed(1, 1001).mapToObj(i -> String.format("LL-2026-%06d", i)).collect(Collectors.joining(","));
        RequestFilter.Parsed p = parse(ids, null, null, null, null);
        assertEquals("open311.error.ids.tooMany", p.errorKey());
        assertEquals(List.of(1000), p.arguments());
    }

    @Test
    void serviceCodesAreAListOfPublicServicesOnly() {
        assertEquals(Set.of("speeding", "fly-tipping"), parse(null, "speeding,fly-tipping", null, null, null).query().categoryCodes());
        assertEquals("open311.error.service.unknown", parse(null, "speeding,domestic-abuse", null, null, null).errorKey());
        assertEquals("open311.error.service.unknown", parse(null, "nothing", null, null, null).errorKey());
    }

    @Test
    void statusFiltersOpenOrClosed() {
        assertEquals(true, parse(null, null, "open", null, null).query().open());
        assertEquals(false, parse(null, null, "closed", null, null).query().open());
        assertEquals("open311.error.status.unknown", parse(null, null, "received", null, null).errorKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "2026-05-01T09:30:00Z;2026-05-01T09:30:00Z",
            "2026-05-01T10:30:00+01:00;2026-05-01T09:30:00Z",
            "2026-05-01T10:30:00 01:00;2026-05-01T09:30:00Z",
            "2026-05-01T09:30:00.250Z;2026-05-01T09:30:00.250Z",
            "2026-05-01T10:30:00;2026-05-01T09:30:00Z",
            "2026-01-15T09:30;2026-01-15T09:30:00Z",
            "2026-05-01;2026-04-30T23:00:00Z",
            "2026-01-15;2026-01-15T00:00:00Z"})
    void startDatesAreW3cDateTimesOrDaysInWales(String text, String expected) {
        assertEquals(Instant.parse(expected), parse(null, null, null, text, null).query().from());
    }

    @Test
    void anEndDateThatIsADayMeansTheEndOfThatDayInWales() {
        PublicQuery q = parse(null, null, null, null, "2026-05-01").query();
        assertEquals(Instant.parse("2026-05-01T22:59:59.999999999Z"), q.to());
        assertEquals(q.to().minus(Duration.ofDays(90)), q.from(), "90 days before the end when no start is given");
    }

    @Test
    void aStartAndAnEndAreKeptAsGiven() {
        PublicQuery q = parse(null, null, null, "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z").query();
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), q.from());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), q.to());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01", "2026-05-01T25:00:00Z", "01/05/2026", "1714555800", "2026-05-01T09:30:00+25:00"})
    void datesThatAreNotW3cAreRefusedNamingTheParameter(String text) {
        RequestFilter.Parsed start = parse(null, null, null, text, null);
        assertFalse(start.ok());
        assertEquals("open311.error.date.invalid", start.errorKey());
        assertEquals(List.of("start_date"), start.arguments());
        assertEquals(List.of("end_date"), parse(null, null, null, null, text).arguments());
    }

    @Test
    void aStartAfterTheEndIsRefused() {
        assertEquals("open311.error.date.order", parse(null, null, null, "2026-05-02", "2026-05-01").errorKey());
        assertTrue(parse(null, null, null, "2026-05-01", "2026-05-01").ok());
    }

    @Test
    void instantIsEmptyForNonsense() {
        assertEquals(Optional.empty(), RequestFilter.instant("", false));
    }
}
