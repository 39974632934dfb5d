package cymru.llais.insight.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The period of an open data file: a calendar month {@code YYYY-MM}, from midnight on its first day to midnight on
 * the first day of the next, in Wales (Europe/London). A month is closed once it has ended; a month that has not
 * begun has no files.
 */
public record OpenDataPeriod(YearMonth month) {

    public static final ZoneId WALES = ZoneId.of("Europe/London");
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final int FIRST_YEAR = 2000;

    /** The month named by {@code text}, or empty when it is not exactly {@code YYYY-MM} from 2000 on. */
    public static Optional<OpenDataPeriod> parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return Optional.empty();
        }
        YearMonth m = YearMonth.parse(text);
        return m.getYear() < FIRST_YEAR ? Optional.empty() : Optional.of(new OpenDataPeriod(m));
    }

    public static OpenDataPeriod containing(Instant at) {
        return new OpenDataPeriod(YearMonth.from(at.atZone(WALES)));
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate endDay() {
        return month.plusMonths(1).atDay(1);
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

    /** This month and the {@code count - 1} before it, newest first. */
    public List<OpenDataPeriod> andPrevious(int count) {
        List<OpenDataPeriod> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new OpenDataPeriod(month.minusMonths(i)));
        }
        return list;
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
