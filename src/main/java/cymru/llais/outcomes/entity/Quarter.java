package cymru.llais.outcomes.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter as Wales counts it: January to March is Q1, and a quarter starts and ends at midnight in
 * Europe/London (so British Summer Time moves its instants, not its days). Written {@code 2026-Q3} in links.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public static final ZoneId WALES = ZoneId.of("Europe/London");
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    private static final Pattern CODE = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public Quarter {
        if (year < FIRST_YEAR || year > LAST_YEAR || number < 1 || number > 4) {
            throw new IllegalArgumentException("no such quarter: " + year + " Q" + number);
        }
    }

    /** A quarter from its code, {@code 2026-Q3}; anything else (or a year out of range) is empty. */
    public static Optional<Quarter> parse(String code) {
        if (code == null || code.length() > 10) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(code.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(year, Integer.parseInt(m.group(2))));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter an instant falls in, by the date in Wales. */
    public static Quarter of(Instant instant) {
        return of(LocalDate.ofInstant(instant, WALES));
    }

    /** The year as written in a sentence (no thousands separator). */
    public String yearText() {
        return String.valueOf(year);
    }

    public String code() {
        return year + "-Q" + number;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** Its first instant: midnight in Wales on its first day. */
    public Instant start() {
        return firstDay().atStartOfDay(WALES).toInstant();
    }

    /** The first instant after it: midnight in Wales on the next quarter's first day. */
    public Instant end() {
        return firstDay().plusMonths(3).atStartOfDay(WALES).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    public Optional<Quarter> previous() {
        if (number > 1) {
            return Optional.of(new Quarter(year, number - 1));
        }
        return year > FIRST_YEAR ? Optional.of(new Quarter(year - 1, 4)) : Optional.empty();
    }

    public Optional<Quarter> next() {
        if (number < 4) {
            return Optional.of(new Quarter(year, number + 1));
        }
        return year < LAST_YEAR ? Optional.of(new Quarter(year + 1, 1)) : Optional.empty();
    }

    /** This quarter and the {@code count - 1} before it, newest first. */
    public List<Quarter> andBefore(int count) {
        List<Quarter> list = new ArrayList<>();
        Optional<Quarter> q = Optional.of(this);
        while (q.isPresent() && list.size() < count) {
            list.add(q.get());
            q = q.get().previous();
        }
        return list;
    }

    /** The key of its name in the bundles ("July to September {0}"). */
    public String key() {
        return switch (number) {
            case 1 -> "outcomes.quarter.name.q1";
            case 2 -> "outcomes.quarter.name.q2";
            case 3 -> "outcomes.quarter.name.q3";
            default -> "outcomes.quarter.name.q4";
        };
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }
}
