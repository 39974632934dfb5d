package cymru.llais.stories.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which published stories the staff patterns (and their export) look at: stories about one ward, stories whose
 * teller chose one answer of a context question, stories told from one day to another (days in Wales, both
 * included). Every part is optional; a part that cannot be read is dropped with a problem, so the rest still applies.
 */
public record StoryFilter(String wardCode, Long optionId, LocalDate from, LocalDate to) {

    public static final StoryFilter NONE = new StoryFilter(null, null, null, null);

    private static final Pattern WARD = Pattern.compile("[A-Z]\\d{8}");

    /** A filter read from request parameters, and what could not be read. */
    public record Read(StoryFilter filter, List<Problem> problems) {
    }

    public static Read read(String ward, String answer, String from, String to) {
        List<Problem> problems = new ArrayList<>();
        String w = blank(ward) ? null : ward.strip().toUpperCase(java.util.Locale.ROOT);
        if (w != null && !WARD.matcher(w).matches()) {
            problems.add(new Problem("filter-ward", "stories.filter.error.ward"));
            w = null;
        }
        Long option = null;
        if (!blank(answer)) {
            try {
                option = Long.valueOf(answer.strip());
            } catch (NumberFormatException e) {
                problems.add(new Problem("filter-answer", "stories.filter.error.answer"));
            }
        }
        LocalDate f = date(from, "filter-from", "stories.filter.error.from", problems);
        LocalDate t = date(to, "filter-to", "stories.filter.error.to", problems);
        if (f != null && t != null && f.isAfter(t)) {
            problems.add(new Problem("filter-to", "stories.filter.error.order"));
            t = null;
        }
        return new Read(new StoryFilter(w, option, f, t), List.copyOf(problems));
    }

    private static LocalDate date(String value, String field, String key, List<Problem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, key));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Whether a story about this ward (or none), told on this day, passes the ward and period parts. */
    public boolean keeps(String storyWard, LocalDate toldOn) {
        if (wardCode != null && !wardCode.equals(storyWard)) {
            return false;
        }
        if (from != null && toldOn.isBefore(from)) {
            return false;
        }
        return to == null || !toldOn.isAfter(to);
    }

    public boolean isEmpty() {
        return wardCode == null && optionId == null && from == null && to == null;
    }

    /** The filter as query parameters (for the export link and the dots' links), starting with {@code &}. */
    public String query() {
        StringBuilder q = new StringBuilder();
        if (wardCode != null) {
            q.append("&ward=").append(wardCode);
        }
        if (optionId != null) {
            q.append("&answer=").append(optionId);
        }
        if (from != null) {
            q.append("&from=").append(from);
        }
        if (to != null) {
            q.append("&to=").append(to);
        }
        return q.toString();
    }
}
