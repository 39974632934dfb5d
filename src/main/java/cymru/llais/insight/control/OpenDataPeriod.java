package cymru.llais.insight.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of an open data file: a calendar month {@code YYYY-MM}, a quarter {@code YYYY-Qn} (Q1 is January to
 * March) or a year {@code YYYY}, from midnight on its first day to midnight on the first day after it, in Wales
 * (Europe/London). A period is closed once it has ended; a period that has not begun has no files.
 */
public record OpenDataPeriod(YearMonth first, int months) {

    public static final ZoneId WALES = ZoneId.of("Europe/London");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int FIRST_YEAR = 2000;

    public OpenDataPeriod {
        if (months != 1 && months != 3 && months != 12) {
            throw new IllegalArgumentException("a period is a month, a quarter or a year: " + months);
        }
    }

    public OpenDataPeriod(YearMonth month) {
        this(month, 1);
    }

    /** The period named by {@code text}, or empty when it is not exactly {@code YYYY-MM}, {@code YYYY-Qn} or {@code YYYY} from 2000 on. */
    public static Optional<OpenDataPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        OpenDataPeriod p = null;
        Matcher q = QUARTER.matcher(text);
        if (MONTH.matcher(text).matches()) {
            p = new OpenDataPeriod(YearMonth.parse(text), 1);
        } else if (q.matches()) {
            p = new OpenDataPeriod(YearMonth.of(Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2)) - 2), 3);
        } else if (YEAR.matcher(text).matches()) {
            p = new OpenDataPeriod(YearMonth.of(Integer.parseInt(text), 1), 12);
        }
        return p == null || p.first.getYear() < FIRST_YEAR ? Optional.empty() : Optional.of(p);
    }

    /** The month of an instant in Wales. */
    public static OpenDataPeriod containing(Instant at) {
        return new OpenDataPeriod(YearMonth.from(at.atZone(WALES)));
    }

    /** The quarter of an instant in Wales. */
    public static OpenDataPeriod quarterContaining(Instant at) {
        YearMonth m = YearMonth.from(at.atZone(WALES));
        return new OpenDataPeriod(m.minusMonths((m.getMonthValue() - 1) % 3), 3);
    }

    /** The year of an instant in Wales. */
    public static OpenDataPeriod yearContaining(Instant at) {
        YearMonth m = YearMonth.from(at.atZone(WALES));
        return new OpenDataPeriod(m.withMonth(1), 12);
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate endDay() {
        return first.plusMonths(months).atDay(1);
    }

    public Instant start() {
        return firstDay().atStartOfDay(WALES).toInstant();
    }

    public Instant end() {
        return endDay().atStartOfDay(WALES).toInstant();
    }

    public boolean closedAt(Instant now) {
        return !now.isBefore(end());
    }

    public boolean begunAt(Instant now) {
        return !now.isBefore(start());
    }

    /** This period and the {@code count - 1} of the same length before it, newest first. */
    public List<OpenDataPeriod> andPrevious(int count) {
        List<OpenDataPeriod> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new OpenDataPeriod(first.minusMonths((long) i * months), months));
        }
        return list;
    }

    @Override
    public String toString() {
        return switch (months) {
            case 1 -> first.toString();
            case 3 -> first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3);
            default -> Integer.toString(first.getYear());
        };
    }
}
