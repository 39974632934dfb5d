package cymru.llais.routing.boundary.open311;

import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.PublicQuery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The filters of {@code GET requests}: {@code service_request_id} (a comma list, which overrides every
 * other filter, as the specification says), {@code service_code} (a comma list), {@code status}
 * ({@code open}, {@code closed}), {@code start_date} and {@code end_date} (W3C date-times). Without
 * dates, the last 90 days; at most 1,000 requests, newest first.
 */
final class RequestFilter {

    static final Duration DEFAULT_SPAN = Duration.ofDays(90);
    static final int MAX = Concerns.MAX_PUBLIC_LIST;
    /** Dates without a time or a time zone are read in Wales' time. */
    static final ZoneId WALES = ZoneId.of("Europe/London");

    /** Either the query, or the bundle key (and arguments) of what is wrong. */
    record Parsed(PublicQuery query, String errorKey, List<Object> arguments) {
        static Parsed ok(PublicQuery query) {
            return new Parsed(query, null, List.of());
        }

        static Parsed error(String key, Object... arguments) {
            return new Parsed(null, key, List.of(arguments));
        }

        boolean ok() {
            return errorKey == null;
        }
    }

    private RequestFilter() {
    }

    static Parsed parse(String ids, String serviceCodes, String status, String startDate, String endDate,
                        Set<String> publicServiceCodes, Instant now) {
        Set<String> references = list(ids);
        if (!references.isEmpty()) {
            if (references.size() > MAX) {
                return Parsed.error("open311.error.ids.tooMany", MAX);
            }
            return Parsed.ok(new PublicQuery(references, Set.of(), null, null, null, MAX));
        }
        Set<String> codes = list(serviceCodes);
        if (!publicServiceCodes.containsAll(codes)) {
            return Parsed.error("open311.error.service.unknown");
        }
        Optional<Open311Status.Filter> filter = Open311Status.filter(status);
        if (filter.isEmpty()) {
            return Parsed.error("open311.error.status.unknown");
        }
        Instant start = null;
        Instant end = null;
        if (startDate != null && !startDate.isBlank()) {
            start = instant(startDate, false).orElse(null);
            if (start == null) {
                return Parsed.error("open311.error.date.invalid", "start_date");
            }
        }
        if (endDate != null && !endDate.isBlank()) {
            end = instant(endDate, true).orElse(null);
            if (end == null) {
                return Parsed.error("open311.error.date.invalid", "end_date");
            }
        }
        if (start != null && end != null && start.isAfter(end)) {
            return Parsed.error("open311.error.date.order");
        }
        if (start == null) {
            start = (end == null ? now : end).minus(DEFAULT_SPAN);
        }
        return Parsed.ok(new PublicQuery(Set.of(), codes, filter.get().open(), start, end, MAX));
    }

    /**
     * A W3C date-time (ISO 8601 with a time zone, such as {@code 2026-05-01T09:30:00Z} or
     * {@code 2026-05-01T10:30:00+01:00}), or a date alone: the start of that day in Wales, or its
     * end for {@code end_date}. A {@code +} sent unencoded in a URL arrives as a space; it is read as {@code +}.
     */
    static Optional<Instant> instant(String text, boolean endOfDay) {
        String t = text.strip().replace(' ', '+');
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notWithZone) {
            try {
                return Optional.of(LocalDateTime.parse(t).atZone(WALES).toInstant());
            } catch (DateTimeParseException notLocal) {
                try {
                    LocalDate day = LocalDate.parse(t);
                    return Optional.of(endOfDay
                            ? day.plusDays(1).atStartOfDay(WALES).toInstant().minusNanos(1)
                            : day.atStartOfDay(WALES).toInstant());
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        }
    }

    private static Set<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        Set<String> items = new LinkedHashSet<>();
        Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
        return items;
    }
}
