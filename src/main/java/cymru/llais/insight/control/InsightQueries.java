package cymru.llais.insight.control;

import cymru.llais.insight.entity.InsightFilter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every figure of the dashboards as one SQL statement that groups in the database (never by loading entities):
 * concerns from the month cells (V27, {@link MonthCells}) for the clean whole months of a period without an area
 * filter, and otherwise from {@code insight_concern} (V26) through one of its covering indexes; ratings, ballots and
 * stories from their own tables. {@code scopePartner} is the viewer's scope: a member of staff's partner, or null for
 * the partnership administrator; it is added to every concern query, whatever the filter says.
 */
public final class InsightQueries {

    /** What volumes are grouped by. */
    public enum Dimension {
        CATEGORY, WARD, PARTNER, MONTH
    }

    /** A group and its count; {@code key} is a code, a partner's id, or a month as yyyymm; names may be null. */
    public record Count(String key, String nameEn, String nameCy, long count) {
    }

    /** One bin of a duration histogram, per partner (null: not with any partner). */
    public record DurationBin(Long partnerId, long minutes, long count) {
    }

    /** Ratings of published outcomes by answer (RESOLVED, PARTLY_RESOLVED, NOT_RESOLVED). */
    public record RatingCount(String rating, long count) {
    }

    /** A participatory budgeting round's turnout: ballots, household codes given and codes used. */
    public record Turnout(long roundId, String titleEn, String titleCy, String areaKind, String areaCode, String areaEn,
                          String areaCy, LocalDate votingFrom, long ballots, long codes, long codesUsed) {
    }

    /** A story collection's stories told in the period: all of them and the published ones. */
    public record StoryVolume(long collectionId, String promptEn, String promptCy, String areaEn, String areaCy,
                              long stories, long published) {
    }

    private InsightQueries() {
    }

    /**
     * Where the concern figures come from: {@link #BEST} adds up the month cells of {@code insight_volume} (by ward),
     * {@code insight_month_total} (by category, partner or month) and {@code insight_duration} (V27) for the clean
     * whole months of a period without an area filter ({@link MonthCells}) and reads the rest of the period from
     * {@code insight_concern}; {@link #ROWS} reads every concern's row. Both give the same counts; durations from the
     * cells are to the dashboard's resolution ({@link DurationBuckets}).
     */
    public enum Source {
        BEST, ROWS
    }

    public static List<Count> volumes(Connection c, Long scopePartner, InsightFilter f, Dimension by) throws SQLException {
        return volumes(c, scopePartner, f, by, Source.BEST);
    }

    public static List<Count> volumes(Connection c, Long scopePartner, InsightFilter f, Dimension by, Source source)
            throws SQLException {
        String group = switch (by) {
            case CATEGORY -> "category_code";
            case WARD -> "ward_code";
            case PARTNER -> "partner_id";
            case MONTH -> "EXTRACT(YEAR_MONTH FROM created_at)";
        };
        Plan plan = source == Source.BEST ? Plan.now(f, c) : null;
        Where w;
        String inner;
        if (plan == null) {
            w = concernWhere(scopePartner, f);
            inner = "SELECT " + group + " AS k, COUNT(*) AS n FROM insight_concern FORCE INDEX (" + w.index + ") WHERE "
                    + w.sql + " GROUP BY " + group;
        } else {
            String cell = switch (by) {
                case CATEGORY -> "category_code";
                case WARD -> "ward_code";
                case PARTNER -> "NULLIF(partner_key, 0)";
                case MONTH -> "month_code";
            };
            w = new Where("");
            String cells = plan.cellWhere(w, scopePartner, f);
            String days = plan.rowWhere(w, scopePartner, f);
            // grouped by ward: the ward's cells; otherwise the same counts added up over the wards (far fewer cells)
            String table = by == Dimension.WARD ? "insight_volume" : "insight_month_total";
            String index = by == Dimension.WARD ? cellIndex(scopePartner, f, table) : "PRIMARY";
            inner = "SELECT k, SUM(n) AS n FROM (SELECT " + cell + " AS k, SUM(concerns) AS n FROM " + table + " FORCE INDEX ("
                    + index + ") WHERE " + cells + " GROUP BY " + cell
                    + " UNION ALL SELECT " + group + ", COUNT(*) FROM insight_concern FORCE INDEX (" + dayIndex(scopePartner, f)
                    + ") WHERE " + days + " GROUP BY " + group + ") u GROUP BY k HAVING SUM(n) > 0";
        }
        String sql = switch (by) {
            case CATEGORY -> "SELECT g.k, x.name_en, x.name_cy, g.n FROM (" + inner + ") g JOIN category x ON x.code = g.k"
                    + " ORDER BY g.n DESC, x.sort_order, g.k";
            case WARD -> "SELECT g.k, x.name_en, x.name_cy, g.n FROM (" + inner + ") g JOIN ward x ON x.code = g.k"
                    + " ORDER BY g.n DESC, x.name_en, g.k";
            case PARTNER -> "SELECT g.k, x.name_en, x.name_cy, g.n FROM (" + inner + ") g LEFT JOIN partner x ON x.id = g.k"
                    + " ORDER BY g.n DESC, x.name_en, g.k";
            case MONTH -> "SELECT g.k, NULL, NULL, g.n FROM (" + inner + ") g ORDER BY g.k";
        };
        List<Count> out = new ArrayList<>();
        try (PreparedStatement s = w.prepare(c, sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Count(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
            }
        }
        return out;
    }

    /** Minutes from hand-over to acknowledgement of every acknowledged concern, per partner. */
    public static List<DurationBin> acknowledgeTimes(Connection c, Long scopePartner, InsightFilter f) throws SQLException {
        return durations(c, scopePartner, f, "ack_minutes", "ACKNOWLEDGE", Source.BEST);
    }

    /** Minutes from report to closing of every closed concern, per partner. */
    public static List<DurationBin> resolveTimes(Connection c, Long scopePartner, InsightFilter f) throws SQLException {
        return durations(c, scopePartner, f, "resolve_minutes", "RESOLVE", Source.BEST);
    }

    public static List<DurationBin> acknowledgeTimes(Connection c, Long scopePartner, InsightFilter f, Source source)
            throws SQLException {
        return durations(c, scopePartner, f, "ack_minutes", "ACKNOWLEDGE", source);
    }

    public static List<DurationBin> resolveTimes(Connection c, Long scopePartner, InsightFilter f, Source source)
            throws SQLException {
        return durations(c, scopePartner, f, "resolve_minutes", "RESOLVE", source);
    }

    private static List<DurationBin> durations(Connection c, Long scopePartner, InsightFilter f, String column, String measure,
                                               Source source) throws SQLException {
        Plan plan = source == Source.BEST ? Plan.now(f, c) : null;
        Where w;
        String sql;
        if (plan == null) {
            w = concernWhere(scopePartner, f);
            sql = "SELECT partner_id, " + column + ", COUNT(*) FROM insight_concern FORCE INDEX (" + w.index + ") WHERE "
                    + w.sql + " AND " + column + " IS NOT NULL GROUP BY partner_id, " + column;
        } else {
            w = new Where("");
            w.args.add(measure);
            String cells = plan.cellWhere(w, scopePartner, f);
            String days = plan.rowWhere(w, scopePartner, f);
            String bucket = DurationBuckets.sql(column);
            sql = "SELECT k, v, SUM(n) FROM (SELECT NULLIF(partner_key, 0) AS k, minutes AS v, SUM(concerns) AS n"
                    + " FROM insight_duration FORCE INDEX (" + cellIndex(scopePartner, f, "insight_duration") + ")"
                    + " WHERE measure = ? AND " + cells + " GROUP BY partner_key, minutes"
                    + " UNION ALL SELECT partner_id, " + bucket + ", COUNT(*) FROM insight_concern FORCE INDEX ("
                    + dayIndex(scopePartner, f) + ") WHERE " + days + " AND " + column + " IS NOT NULL GROUP BY partner_id, "
                    + bucket + ") u GROUP BY k, v HAVING SUM(n) > 0";
        }
        List<DurationBin> out = new ArrayList<>();
        try (PreparedStatement s = w.prepare(c, sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long partner = r.getLong(1);
                out.add(new DurationBin(r.wasNull() ? null : partner, r.getLong(2), r.getLong(3)));
            }
        }
        return out;
    }

    /** The cells' index for the filter: the partner's or the category's cells, else all cells by month. */
    private static String cellIndex(Long scopePartner, InsightFilter f, String table) {
        if (!partners(scopePartner, f).isEmpty()) {
            return table + "_by_partner";
        }
        return f.category() != null ? table + "_by_category" : "PRIMARY";
    }

    private static String dayIndex(Long scopePartner, InsightFilter f) {
        return partners(scopePartner, f).isEmpty() ? "insight_by_period" : "insight_by_partner";
    }

    /**
     * The clean whole months of a period without an area filter, answered by the cells, and the stretches of time
     * around and between them (days before and after, dirty months), answered by insight_concern.
     */
    record Plan(List<Integer> cellMonths, List<LocalDateTime[]> rowRanges) {

        /** The plan for the months dirty now; null when the cells cannot answer (an area filter, no clean whole month). */
        static Plan now(InsightFilter f, Connection c) throws SQLException {
            if (f.ward() != null || f.authority() != null) {
                return null;
            }
            return of(f, MonthCells.dirtyMonths(c));
        }

        static Plan of(InsightFilter f, Set<Integer> dirty) {
            if (f.ward() != null || f.authority() != null || dirty == null) {
                return null;
            }
            YearMonth first = f.from().getDayOfMonth() == 1 ? YearMonth.from(f.from()) : YearMonth.from(f.from()).plusMonths(1);
            YearMonth last = f.to().equals(YearMonth.from(f.to()).atEndOfMonth()) ? YearMonth.from(f.to())
                    : YearMonth.from(f.to()).minusMonths(1);
            List<Integer> cells = new ArrayList<>();
            List<LocalDateTime[]> rows = new ArrayList<>();
            LocalDateTime open = f.start();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                if (dirty.contains(MonthCells.code(m))) {
                    continue;
                }
                cells.add(MonthCells.code(m));
                LocalDateTime begins = m.atDay(1).atStartOfDay();
                if (open.isBefore(begins)) {
                    rows.add(new LocalDateTime[] {open, begins});
                }
                open = m.plusMonths(1).atDay(1).atStartOfDay();
            }
            if (cells.isEmpty()) {
                return null;
            }
            if (open.isBefore(f.end())) {
                rows.add(new LocalDateTime[] {open, f.end()});
            }
            return new Plan(List.copyOf(cells), List.copyOf(rows));
        }

        String cellWhere(Where w, Long scopePartner, InsightFilter f) {
            StringBuilder sql = new StringBuilder("month_code IN (");
            for (int i = 0; i < cellMonths.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
                w.args.add(cellMonths.get(i));
            }
            sql.append(')');
            for (Long p : partners(scopePartner, f)) {
                sql.append(" AND partner_key = ?");
                w.args.add(p);
            }
            if (f.category() != null) {
                sql.append(" AND category_code = ?");
                w.args.add(f.category());
            }
            return sql.toString();
        }

        String rowWhere(Where w, Long scopePartner, InsightFilter f) {
            StringBuilder sql = new StringBuilder("(");
            if (rowRanges.isEmpty()) {
                sql.append("FALSE");
            }
            for (int i = 0; i < rowRanges.size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append("(created_at >= ? AND created_at < ?)");
                w.args.add(Timestamp.valueOf(rowRanges.get(i)[0]));
                w.args.add(Timestamp.valueOf(rowRanges.get(i)[1]));
            }
            sql.append(')');
            for (Long p : partners(scopePartner, f)) {
                sql.append(" AND partner_id = ?");
                w.args.add(p);
            }
            if (f.category() != null) {
                sql.append(" AND category_code = ?");
                w.args.add(f.category());
            }
            return sql.toString();
        }
    }

    /** Concerns still unacknowledged after their team's deadline (and not closed), per partner. */
    public static List<Count> overdue(Connection c, Long scopePartner, InsightFilter f, LocalDateTime now) throws SQLException {
        Where w = concernWhere(scopePartner, f);
        String sql = "SELECT g.k, x.name_en, x.name_cy, g.n FROM (SELECT partner_id AS k, COUNT(*) AS n FROM insight_concern"
                + " FORCE INDEX (insight_overdue) WHERE acknowledged_at IS NULL AND acknowledge_by < ? AND status <> 'CLOSED' AND "
                + w.sql + " GROUP BY partner_id) g LEFT JOIN partner x ON x.id = g.k ORDER BY g.n DESC, x.name_en";
        w.args.add(0, Timestamp.valueOf(now));
        List<Count> out = new ArrayList<>();
        try (PreparedStatement s = w.prepare(c, sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Count(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
            }
        }
        return out;
    }

    /**
     * Residents' ratings of the outcomes published in the period (of the scope's partner), by answer; with an area or
     * category filter, of the outcomes answering at least one concern of it.
     */
    public static List<RatingCount> ratings(Connection c, Long scopePartner, InsightFilter f) throws SQLException {
        Where w = new Where("");
        StringBuilder sql = new StringBuilder("SELECT r.rating, COUNT(*) FROM outcome_rating r JOIN outcome o ON o.id = r.outcome_id"
                + " WHERE o.status = 'PUBLISHED' AND o.published_at >= ? AND o.published_at < ?");
        w.args.add(Timestamp.valueOf(f.start()));
        w.args.add(Timestamp.valueOf(f.end()));
        for (Long p : partners(scopePartner, f)) {
            sql.append(" AND o.partner_id = ?");
            w.args.add(p);
        }
        if (f.ward() != null || f.authority() != null || f.category() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM outcome_concern oc JOIN ward ow ON ow.code = oc.ward_code WHERE oc.outcome_id = o.id");
            if (f.ward() != null) {
                sql.append(" AND oc.ward_code = ?");
                w.args.add(f.ward());
            }
            if (f.authority() != null) {
                sql.append(" AND ow.local_authority_code = ?");
                w.args.add(f.authority());
            }
            if (f.category() != null) {
                sql.append(" AND oc.category_code = ?");
                w.args.add(f.category());
            }
            sql.append(')');
        }
        sql.append(" GROUP BY r.rating");
        List<RatingCount> out = new ArrayList<>();
        try (PreparedStatement s = w.prepare(c, sql.toString()); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new RatingCount(r.getString(1), r.getLong(2)));
            }
        }
        return out;
    }

    /** The rounds whose voting began by the end of the period and whose results came after its start, in the area. */
    public static List<Turnout> turnout(Connection c, InsightFilter f) throws SQLException {
        Where w = new Where("");
        StringBuilder sql = new StringBuilder("SELECT r.id, r.title_en, r.title_cy, r.area_kind, r.area_code,"
                + " COALESCE(w.name_en, la.name_en), COALESCE(w.name_cy, la.name_cy), r.voting_from,"
                + " (SELECT COUNT(*) FROM pb_ballot b WHERE b.round_id = r.id),"
                + " (SELECT COUNT(*) FROM pb_voting_code v WHERE v.round_id = r.id),"
                + " (SELECT COUNT(*) FROM pb_voting_code v WHERE v.round_id = r.id AND v.used = TRUE)"
                + " FROM pb_round r LEFT JOIN ward w ON r.area_kind = 'WARD' AND w.code = r.area_code"
                + " LEFT JOIN local_authority la ON r.area_kind = 'AUTHORITY' AND la.code = r.area_code"
                + " WHERE r.voting_from < ? AND r.results_from >= ?");
        w.args.add(f.to().plusDays(1));
        w.args.add(f.from());
        areaOfRoundOrCollection(sql, w, f, "r");
        sql.append(" ORDER BY r.voting_from DESC, r.id DESC");
        List<Turnout> out = new ArrayList<>();
        try (PreparedStatement s = w.prepare(c, sql.toString()); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Turnout(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getObject(8, LocalDate.class), r.getLong(9), r.getLong(10), r.getLong(11)));
            }
        }
        return out;
    }

    /** Stories told in the period per collection open at some time in it, in the area. */
    public static List<StoryVolume> stories(Connection c, InsightFilter f) throws SQLException {
        Where w = new Where("");
        StringBuilder sql = new StringBuilder("SELECT sc.id, sc.prompt_en, sc.prompt_cy, COALESCE(w.name_en, la.name_en),"
                + " COALESCE(w.name_cy, la.name_cy), COALESCE(g.n, 0), COALESCE(g.published, 0)"
                + " FROM story_collection sc LEFT JOIN (SELECT s.collection_id, COUNT(*) AS n, SUM(s.status = 'PUBLISHED') AS published"
                + " FROM story s WHERE s.created_at >= ? AND s.created_at < ? GROUP BY s.collection_id) g ON g.collection_id = sc.id"
                + " LEFT JOIN ward w ON sc.area_kind = 'WARD' AND w.code = sc.area_code"
                + " LEFT JOIN local_authority la ON sc.area_kind = 'AUTHORITY' AND la.code = sc.area_code"
                + " WHERE sc.opens_on <= ? AND sc.closes_on >= ?");
        w.args.add(Timestamp.valueOf(f.start()));
        w.args.add(Timestamp.valueOf(f.end()));
        w.args.add(f.to());
        w.args.add(f.from());
        areaOfRoundOrCollection(sql, w, f, "sc");
        sql.append(" ORDER BY sc.opens_on DESC, sc.id DESC");
        List<StoryVolume> out = new ArrayList<>();
        try (PreparedStatement s = w.prepare(c, sql.toString()); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new StoryVolume(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getLong(6), r.getLong(7)));
            }
        }
        return out;
    }

    /** A ward filter matches the ward's own rounds and its authority's; an authority filter, its own and its wards'. */
    private static void areaOfRoundOrCollection(StringBuilder sql, Where w, InsightFilter f, String t) {
        if (f.ward() != null) {
            sql.append(" AND ((").append(t).append(".area_kind = 'WARD' AND ").append(t).append(".area_code = ?) OR (")
                    .append(t).append(".area_kind = 'AUTHORITY' AND ").append(t)
                    .append(".area_code = (SELECT local_authority_code FROM ward WHERE code = ?)))");
            w.args.add(f.ward());
            w.args.add(f.ward());
        }
        if (f.authority() != null) {
            sql.append(" AND (").append(t).append(".area_code = ? OR ").append(t)
                    .append(".area_code IN (SELECT code FROM ward WHERE local_authority_code = ?))");
            w.args.add(f.authority());
            w.args.add(f.authority());
        }
    }

    private static List<Long> partners(Long scopePartner, InsightFilter f) {
        List<Long> out = new ArrayList<>();
        if (scopePartner != null) {
            out.add(scopePartner);
        }
        if (f.partner() != null && !f.partner().equals(scopePartner)) {
            out.add(f.partner());
        }
        return out;
    }

    /** The WHERE clause over insight_concern for a scope and filter, and the index that answers it. */
    static Where concernWhere(Long scopePartner, InsightFilter f) {
        String index;
        List<Long> partners = partners(scopePartner, f);
        if (f.ward() != null) {
            index = "insight_by_ward";
        } else if (f.authority() != null) {
            index = "insight_by_authority";
        } else if (!partners.isEmpty()) {
            index = "insight_by_partner";
        } else {
            index = "insight_by_period";
        }
        Where w = new Where(index);
        StringBuilder sql = new StringBuilder("created_at >= ? AND created_at < ?");
        w.args.add(Timestamp.valueOf(f.start()));
        w.args.add(Timestamp.valueOf(f.end()));
        for (Long p : partners) {
            sql.append(" AND partner_id = ?");
            w.args.add(p);
        }
        if (f.ward() != null) {
            sql.append(" AND ward_code = ?");
            w.args.add(f.ward());
        }
        if (f.authority() != null) {
            sql.append(" AND authority_code = ?");
            w.args.add(f.authority());
        }
        if (f.category() != null) {
            sql.append(" AND category_code = ?");
            w.args.add(f.category());
        }
        w.sql = sql.toString();
        return w;
    }

    static final class Where {
        final String index;
        final List<Object> args = new ArrayList<>();
        String sql = "";

        Where(String index) {
            this.index = index;
        }

        PreparedStatement prepare(Connection c, String statement) throws SQLException {
            PreparedStatement s = c.prepareStatement(statement);
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            return s;
        }
    }
}
