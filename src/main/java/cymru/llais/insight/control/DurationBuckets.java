package cymru.llais.insight.control;

/**
 * The resolution the dashboard shows a duration in, and the buckets of {@code insight_duration} (V27) that keep it:
 * exact minutes under two hours, whole hours (rounded half up) under two days, whole days (rounded half up) beyond.
 * A bucket is named by its smallest minute, which shows as the same figure as every minute of the bucket; so a
 * nearest-rank percentile read off the buckets shows as the same figure as one read off the exact minutes (the
 * bucket of the value at a rank is the bucket at that rank). V27 and {@link #sql(String)} compute {@link #bucket(long)}; if the
 * display changes, the buckets must change with it (a new migration rebuilding {@code insight_duration}).
 */
public final class DurationBuckets {

    /** Shown in minutes below this. */
    public static final long HOURS_FROM = 120;
    /** Shown in hours below this, in days from it. */
    public static final long DAYS_FROM = 48 * 60;

    /** The unit a duration is shown in, and how many of it. */
    public record Shown(Unit unit, long amount) {
    }

    public enum Unit {
        MINUTES, HOURS, DAYS
    }

    private DurationBuckets() {
    }

    public static Shown shown(long minutes) {
        if (minutes < HOURS_FROM) {
            return new Shown(Unit.MINUTES, minutes);
        }
        if (minutes < DAYS_FROM) {
            return new Shown(Unit.HOURS, Math.round(minutes / 60.0));
        }
        return new Shown(Unit.DAYS, Math.round(minutes / 1440.0));
    }

    /** The smallest minute that is shown as the same figure as {@code minutes}. */
    public static long bucket(long minutes) {
        if (minutes < HOURS_FROM) {
            return minutes;
        }
        if (minutes < DAYS_FROM) {
            return Math.max(HOURS_FROM, 60 * Math.floorDiv(minutes + 30, 60) - 30);
        }
        return Math.max(DAYS_FROM, 1440 * Math.floorDiv(minutes + 720, 1440) - 720);
    }

    /** {@link #bucket(long)} in SQL, of a column or expression. */
    public static String sql(String minutes) {
        return "CASE WHEN " + minutes + " < 120 THEN " + minutes
                + " WHEN " + minutes + " < 2880 THEN GREATEST(120, 60 * ((" + minutes + " + 30) DIV 60) - 30)"
                + " ELSE GREATEST(2880, 1440 * ((" + minutes + " + 720) DIV 1440) - 720) END";
    }
}
