package cymru.llais.insight.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The month cells of {@code insight_volume}, {@code insight_month_total} and {@code insight_duration} (V27), rolled up from {@code insight_concern}
 * off the write path, and which months they may answer for.
 * <p>
 * A roll-up takes {@code T0 = NOW(6) - margin}, finds the months with a row changed after the watermark and by
 * {@code T0} (the {@code insight_changed} index) and the months marked in {@code insight_dirty_month} (a deletion), and for each month
 * reads its rows with plain non-locking SELECTs (READ COMMITTED: no row of a report's transaction is locked) and
 * replaces its cells in one short transaction; then the watermark becomes {@code T0}. The margin bounds how long a
 * writing transaction may take between setting a row's {@code changed_at} and committing: a longer one could leave its
 * change out of the cells. A month is <em>clean</em>, and its cells used, when no row of it changed after the watermark
 * and it is not marked; every other month is read from the rows, so the figures are exact at any moment.
 * <p>
 * Roll-ups never run at once: each holds the database's named lock {@value #LOCK} (across every instance).
 */
public final class MonthCells {

    public static final String LOCK = "llais.insight.rollup";
    private static final int BATCH = 500;

    /** What one roll-up did: whether it ran (it did not when another held the lock), the months it rebuilt, cells written. */
    public record Result(boolean ran, List<Integer> months, long volumeCells, long durationCells) {
    }

    private MonthCells() {
    }

    public static int code(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth month(int code) {
        return YearMonth.of(code / 100, code % 100);
    }

    /**
     * The months whose cells may not be used now: a row changed after the watermark, or marked by a deletion; null when
     * there is no watermark (no month is clean).
     */
    public static Set<Integer> dirtyMonths(Connection c) throws SQLException {
        LocalDateTime watermark;
        try (PreparedStatement s = c.prepareStatement("SELECT rolled_up_to FROM insight_rollup WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            watermark = r.getObject(1, LocalDateTime.class);
        }
        Set<Integer> out = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT EXTRACT(YEAR_MONTH FROM created_at) FROM insight_concern"
                + " FORCE INDEX (insight_changed) WHERE changed_at > ? GROUP BY 1 UNION SELECT month_code FROM insight_dirty_month")) {
            s.setObject(1, watermark);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getInt(1));
                }
            }
        }
        return out;
    }

    /**
     * Rolls the changes up to {@code NOW(6) - margin} into the cells, waiting at most {@code lockWaitSeconds} for a
     * roll-up that is running elsewhere (then it does nothing). The connection is left as it was given.
     */
    public static Result rollUp(Connection c, Duration margin, int lockWaitSeconds) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(true);
        if (!lock(c, lockWaitSeconds)) {
            c.setAutoCommit(autoCommit);
            return new Result(false, List.of(), 0, 0);
        }
        try {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            LocalDateTime watermark;
            LocalDateTime upTo;
            try (PreparedStatement s = c.prepareStatement("SELECT rolled_up_to, NOW(6) - INTERVAL ? SECOND FROM insight_rollup"
                    + " WHERE id = 1")) {
                s.setLong(1, Math.max(0, margin.toSeconds()));
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("insight_rollup has no watermark row (V27)");
                    }
                    watermark = r.getObject(1, LocalDateTime.class);
                    upTo = r.getObject(2, LocalDateTime.class);
                }
            }
            Set<Integer> months = new TreeSet<>();
            // changes after upTo leave their months dirty whatever is done now: they are rebuilt by a later roll-up
            try (PreparedStatement s = c.prepareStatement("SELECT EXTRACT(YEAR_MONTH FROM created_at) FROM insight_concern"
                    + " FORCE INDEX (insight_changed) WHERE changed_at > ? AND changed_at <= ? GROUP BY 1")) {
                s.setObject(1, watermark);
                s.setObject(2, upTo);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        months.add(r.getInt(1));
                    }
                }
            }
            Set<Integer> marked = new TreeSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT month_code FROM insight_dirty_month"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    marked.add(r.getInt(1));
                }
            }
            months.addAll(marked);
            long volumes = 0;
            long durations = 0;
            for (int month : months) {
                long[] written = rebuild(c, month, marked.contains(month));
                volumes += written[0];
                durations += written[1];
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE insight_rollup"
                    + " SET rolled_up_to = GREATEST(rolled_up_to, CAST(? AS DATETIME(6))) WHERE id = 1")) {
                s.setObject(1, upTo);
                s.executeUpdate();
            }
            return new Result(true, List.copyOf(months), volumes, durations);
        } finally {
            try {
                unlock(c);
            } finally {
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static boolean lock(Connection c, int waitSeconds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, LOCK);
            s.setInt(2, Math.max(0, waitSeconds));
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getInt(1) == 1;
            }
        }
    }

    private static void unlock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, LOCK);
            s.executeQuery().close();
        }
    }

    /**
     * One month's cells from its rows, in one transaction. A marked month's mark is taken first: a deletion that
     * marks it meanwhile waits for this transaction and marks it again, so no deletion is left out; if anything
     * fails, the rollback keeps the mark.
     */
    private static long[] rebuild(Connection c, int month, boolean marked) throws SQLException {
        YearMonth m = month(month);
        Timestamp from = Timestamp.valueOf(m.atDay(1).atStartOfDay());
        Timestamp to = Timestamp.valueOf(m.plusMonths(1).atDay(1).atStartOfDay());
        c.setAutoCommit(false);
        try {
            if (marked) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM insight_dirty_month WHERE month_code = ?")) {
                    s.setInt(1, month);
                    s.executeUpdate();
                }
            }
            List<Object[]> volumes = read(c, "SELECT ?, ward_code, category_code, COALESCE(partner_id, 0), COUNT(*)"
                    + " FROM insight_concern FORCE INDEX (insight_by_period) WHERE created_at >= ? AND created_at < ?"
                    + " GROUP BY ward_code, category_code, COALESCE(partner_id, 0)", 5, month, from, to);
            List<Object[]> durations = new ArrayList<>();
            for (String[] measure : new String[][] {{"ACKNOWLEDGE", "ack_minutes"}, {"RESOLVE", "resolve_minutes"}}) {
                String bucket = DurationBuckets.sql(measure[1]);
                durations.addAll(read(c, "SELECT ?, ?, category_code, COALESCE(partner_id, 0), " + bucket + ", COUNT(*)"
                        + " FROM insight_concern FORCE INDEX (insight_by_period) WHERE created_at >= ? AND created_at < ? AND "
                        + measure[1] + " IS NOT NULL GROUP BY category_code, COALESCE(partner_id, 0), " + bucket,
                        6, measure[0], month, from, to));
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM insight_volume WHERE month_code = ?")) {
                s.setInt(1, month);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM insight_month_total WHERE month_code = ?")) {
                s.setInt(1, month);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM insight_duration WHERE measure IN ('ACKNOWLEDGE', 'RESOLVE')"
                    + " AND month_code = ?")) {
                s.setInt(1, month);
                s.executeUpdate();
            }
            insert(c, "INSERT INTO insight_volume (month_code, ward_code, category_code, partner_key, concerns) VALUES ", 5, volumes);
            insert(c, "INSERT INTO insight_month_total (month_code, category_code, partner_key, concerns) VALUES ", 4, totals(month, volumes));
            insert(c, "INSERT INTO insight_duration (measure, month_code, category_code, partner_key, minutes, concerns) VALUES ",
                    6, durations);
            c.commit();
            return new long[] {volumes.size(), durations.size()};
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The volume cells added up over the wards: per category and partner. */
    private static List<Object[]> totals(int month, List<Object[]> volumes) {
        java.util.Map<List<Object>, Long> sums = new java.util.LinkedHashMap<>();
        for (Object[] v : volumes) {
            sums.merge(List.of(v[2], ((Number) v[3]).longValue()), ((Number) v[4]).longValue(), Long::sum);
        }
        List<Object[]> out = new ArrayList<>();
        sums.forEach((k, n) -> out.add(new Object[] {month, k.get(0), k.get(1), n}));
        return out;
    }

    private static List<Object[]> read(Connection c, String sql, int columns, Object... args) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** Multi-row INSERTs of {@value #BATCH} rows at most. */
    private static void insert(Connection c, String head, int columns, List<Object[]> rows) throws SQLException {
        String one = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            StringBuilder sql = new StringBuilder(head);
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(one);
            }
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (Object[] row : batch) {
                    for (Object v : row) {
                        s.setObject(p++, v);
                    }
                }
                s.executeUpdate();
            }
        }
    }
}
