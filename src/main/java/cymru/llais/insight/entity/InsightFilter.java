package cymru.llais.insight.entity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the dashboard shows: a period of whole days (UTC, from and to inclusive), and optionally one local authority,
 * one ward, one category and one partner. Read from GET parameters; a malformed parameter is dropped and named in
 * {@link #problems()} (bundle keys), so the page still answers with the rest.
 */
public record InsightFilter(LocalDate from, LocalDate to, String authority, String ward, String category, Long partner,
                            List<String> problems) {

    /** The longest period asked at once: ten years. */
    public static final int MAX_DAYS = 3660;

    private static final Pattern WARD = Pattern.compile("W05\\d{6}");
    private static final Pattern AUTHORITY = Pattern.compile("W06\\d{6}");
    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern ID = Pattern.compile("\\d{1,12}");

    public InsightFilter {
        problems = List.copyOf(problems);
    }

    /** Without a period: the last twelve whole months and this month so far. */
    public static LocalDate defaultFrom(LocalDate today) {
        return YearMonth.from(today).minusMonths(12).atDay(1);
    }

    public static InsightFilter parse(String from, String to, String authority, String ward, String category, String partner,
                                      LocalDate today) {
        List<String> problems = new ArrayList<>();
        LocalDate f = date(from, problems, "insight.error.from");
        LocalDate t = date(to, problems, "insight.error.to");
        if (f != null && t != null && t.isBefore(f)) {
            problems.add("insight.error.toBeforeFrom");
            f = null;
            t = null;
        }
        if (t == null) {
            t = today;
        }
        if (f == null) {
            f = defaultFrom(t);
        }
        if (f.plusDays(MAX_DAYS).isBefore(t)) {
            problems.add("insight.error.tooLong");
            f = t.minusDays(MAX_DAYS);
        }
        return new InsightFilter(f, t, code(authority, AUTHORITY, problems, "insight.error.authority"),
                code(ward, WARD, problems, "insight.error.ward"), code(category, CATEGORY, problems, "insight.error.category"),
                id(partner, problems), problems);
    }

    /** The first instant of the period, as the database stores instants (UTC). */
    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** The first instant after the period. */
    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    /** The same filter for one month of it (the days of the month inside the period). */
    public InsightFilter month(YearMonth month) {
        LocalDate f = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate t = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        return new InsightFilter(f, t, authority, ward, category, partner, List.of());
    }

    public InsightFilter withWard(String code) {
        return new InsightFilter(from, to, authority, code, category, partner, List.of());
    }

    public InsightFilter withCategory(String code) {
        return new InsightFilter(from, to, authority, ward, code, partner, List.of());
    }

    public InsightFilter withPartner(Long id) {
        return new InsightFilter(from, to, authority, ward, category, id, List.of());
    }

    /** The filter as GET parameters, the same names the dashboard and the inbox read, without a leading '?'. */
    public String query() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from.toString());
        p.put("to", to.toString());
        p.put("authority", authority);
        p.put("ward", ward);
        p.put("category", category);
        p.put("partner", partner == null ? null : partner.toString());
        StringBuilder q = new StringBuilder();
        p.forEach((k, v) -> {
            if (v != null) {
                q.append(q.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    private static LocalDate date(String value, List<String> problems, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000 || d.getYear() > 2999) {
                problems.add(key);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(key);
            return null;
        }
    }

    private static String code(String value, Pattern pattern, List<String> problems, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!pattern.matcher(v).matches()) {
            problems.add(key);
            return null;
        }
        return v;
    }

    private static Long id(String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!ID.matcher(v).matches()) {
            problems.add("insight.error.partner");
            return null;
        }
        return Long.valueOf(v);
    }
}
