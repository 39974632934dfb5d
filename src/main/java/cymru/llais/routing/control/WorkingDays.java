package cymru.llais.routing.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in Wales: Monday to Friday, less the bank holidays of England and Wales (New Year's Day,
 * Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing
 * Day, moved to the next weekday when they fall at a weekend), and the one-off changes proclaimed for
 * particular years.
 */
public final class WorkingDays {

    public static final ZoneId WALES = ZoneId.of("Europe/London");

    /** One-off changes by proclamation: days added and (regular) days moved away. */
    private static final Map<Integer, Set<LocalDate>> EXTRA = Map.of(
            2020, Set.of(LocalDate.of(2020, 5, 8)),
            2022, Set.of(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19)),
            2023, Set.of(LocalDate.of(2023, 5, 8)));
    private static final Map<Integer, Set<LocalDate>> MOVED_AWAY = Map.of(
            2020, Set.of(LocalDate.of(2020, 5, 4)),
            2022, Set.of(LocalDate.of(2022, 5, 30)));
    private static final Map<Integer, Set<LocalDate>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private WorkingDays() {
    }

    /** The end (23:59:59 in Wales) of the n-th working day after the day of {@code from}. */
    public static Instant deadline(Instant from, int workingDays) {
        LocalDate day = from.atZone(WALES).toLocalDate();
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(WALES).toInstant();
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !bankHolidays(day.getYear()).contains(day);
    }

    public static Set<LocalDate> bankHolidays(int year) {
        return CACHE.computeIfAbsent(year, WorkingDays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxing = LocalDate.of(year, 12, 26);
        Map<LocalDate, LocalDate> substitutes = new HashMap<>();
        if (christmas.getDayOfWeek() == DayOfWeek.SATURDAY) {
            substitutes.put(christmas, christmas.plusDays(2));
            substitutes.put(boxing, boxing.plusDays(2));
        } else if (christmas.getDayOfWeek() == DayOfWeek.SUNDAY) {
            substitutes.put(christmas, christmas.plusDays(2));
            substitutes.put(boxing, boxing);
        } else if (christmas.getDayOfWeek() == DayOfWeek.FRIDAY) {
            substitutes.put(christmas, christmas);
            substitutes.put(boxing, boxing.plusDays(2));
        } else {
            substitutes.put(christmas, christmas);
            substitutes.put(boxing, boxing);
        }
        days.addAll(substitutes.values());
        days.removeAll(MOVED_AWAY.getOrDefault(year, Set.of()));
        days.addAll(EXTRA.getOrDefault(year, Set.of()));
        return Set.copyOf(days);
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
