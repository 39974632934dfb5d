package cymru.llais.insight.boundary;

import cymru.llais.budgeting.boundary.Delivery;
import cymru.llais.insight.control.OpenDataPeriod;
import cymru.llais.insight.control.OpenDataRows;
import cymru.llais.insight.control.OpenDataSchema;
import cymru.llais.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the open data of a period with one set-based query per file, streamed row by row from the database (the
 * driver fetches a few hundred rows at a time), so a month of a million concerns is never held in memory.
 * Statuses, dates and the responsible partner of a concern are those at the end of the period, so a closed month's
 * file stays the same as concerns move on; it changes only when a concern leaves the public record (hidden, merged).
 */
@ApplicationScoped
public class OpenData {

    private static final int FETCH = 500;

    private static final String CONCERNS = """
            SELECT c.reference, c.created_at, c.category_code, cat.name_en, cat.name_cy, c.ward_code, w.name_en, w.name_cy,
                   w.local_authority_code, c.latitude, c.longitude,
                   (SELECT h.status FROM concern_status_change h WHERE h.concern_id = c.id AND h.changed_at < ?
                     ORDER BY h.changed_at DESC, h.id DESC LIMIT 1),
                   (SELECT MIN(h.changed_at) FROM concern_status_change h WHERE h.concern_id = c.id AND h.status <> 'RECEIVED'
                     AND h.changed_at < ?),
                   (SELECT MAX(h.changed_at) FROM concern_status_change h WHERE h.concern_id = c.id AND h.status = 'CLOSED'
                     AND h.changed_at < ?),
                   COALESCE((SELECT a.to_value FROM audit_event a WHERE a.concern_id = c.id AND a.action IN ('ROUTED', 'REFERRED')
                     AND a.happened_at < ? ORDER BY a.happened_at DESC, a.id DESC LIMIT 1),
                     (SELECT t.code FROM concern_assignment ca JOIN team t ON t.id = ca.team_id WHERE ca.concern_id = c.id)),
                   c.is_sensitive, c.publication, c.status
            FROM concern c
            JOIN category cat ON cat.code = c.category_code
            JOIN ward w ON w.code = c.ward_code
            WHERE c.is_sensitive = FALSE AND c.created_at >= ? AND c.created_at < ? AND c.publication = 'PUBLISHED'
            ORDER BY c.created_at, c.id""";

    private static final String SENSITIVE_COUNTS = """
            SELECT c.ward_code, w.name_en, w.name_cy, w.local_authority_code, COUNT(*)
            FROM concern c JOIN ward w ON w.code = c.ward_code
            WHERE c.is_sensitive = TRUE AND c.created_at >= ? AND c.created_at < ? AND c.publication <> 'MERGED'
            GROUP BY c.ward_code, w.name_en, w.name_cy, w.local_authority_code
            ORDER BY c.ward_code""";

    private static final String OUTCOMES = """
            SELECT o.id, o.published_at, o.done_on, o.kind, p.code, p.name_en, p.name_cy, o.response_en, o.response_cy,
                   o.outcome_en, o.outcome_cy, o.reason_en, o.reason_cy,
                   (SELECT GROUP_CONCAT(DISTINCT oc.ward_code SEPARATOR ';') FROM outcome_concern oc
                     WHERE oc.outcome_id = o.id AND oc.is_sensitive = FALSE),
                   (SELECT GROUP_CONCAT(ow.ward_code SEPARATOR ';') FROM outcome_ward ow WHERE ow.outcome_id = o.id),
                   (SELECT COUNT(*) FROM outcome_concern oc WHERE oc.outcome_id = o.id AND oc.is_sensitive = FALSE),
                   (SELECT COUNT(*) FROM outcome_concern oc WHERE oc.outcome_id = o.id AND oc.is_sensitive = TRUE),
                   o.pb_project_id
            FROM outcome o JOIN partner p ON p.id = o.partner_id
            WHERE o.status = 'PUBLISHED' AND o.published_at >= ? AND o.published_at < ?
            ORDER BY o.published_at, o.id""";

    private static final String BUDGETING = """
            SELECT r.id, r.title_en, r.title_cy, r.area_kind, r.area_code, COALESCE(w.name_en, la.name_en),
                   COALESCE(w.name_cy, la.name_cy), r.budget, r.ballot_type, r.counting_rule, r.voting_from, r.results_from,
                   (SELECT COUNT(*) FROM pb_ballot b WHERE b.round_id = r.id),
                   pr.id, pr.title_en, pr.title_cy, pr.cost,
                   (SELECT COUNT(*) FROM pb_ballot_choice ch WHERE ch.project_id = pr.id),
                   (SELECT COALESCE(SUM(ch.points), 0) FROM pb_ballot_choice ch WHERE ch.project_id = pr.id),
                   pr.selected
            FROM pb_round r
            JOIN pb_round_delivery d ON d.round_id = r.id
            JOIN pb_project pr ON pr.round_id = r.id AND pr.status = 'FEASIBLE'
            LEFT JOIN ward w ON r.area_kind = 'WARD' AND w.code = r.area_code
            LEFT JOIN local_authority la ON r.area_kind = 'AUTHORITY' AND la.code = r.area_code
            WHERE r.results_from >= ? AND r.results_from < ?
            ORDER BY r.id, pr.id""";

    private static final String TEAMS = "SELECT t.code, p.code, p.name_en, p.name_cy FROM team t JOIN partner p ON p.id = t.partner_id";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Delivery delivery;

    /** Hands each row of the file for the period, in column order, to {@code rows}. */
    public void rows(OpenDataSchema file, OpenDataPeriod period, Consumer<List<Object>> rows) {
        if (file == OpenDataSchema.BUDGETING) {
            // winners are recorded when a round's results phase begins, at the first look at it
            delivery.recordDue();
        }
        try (Connection c = dataSource.getConnection()) {
            switch (file) {
                case CONCERNS -> concerns(c, period, rows);
                case SENSITIVE_COUNTS -> sensitiveCounts(c, period, rows);
                case OUTCOMES -> outcomes(c, period, rows);
                case BUDGETING -> budgeting(c, period, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("open data " + file.file() + " " + period, e);
        }
    }

    private void concerns(Connection c, OpenDataPeriod period, Consumer<List<Object>> rows) throws SQLException {
        Map<String, String[]> partners = partnersOfTeams(c);
        LocalDateTime end = utc(period.end());
        try (PreparedStatement s = streaming(c, CONCERNS)) {
            s.setObject(1, end);
            s.setObject(2, end);
            s.setObject(3, end);
            s.setObject(4, end);
            s.setObject(5, utc(period.start()));
            s.setObject(6, end);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String[] partner = partners.getOrDefault(r.getString(15), new String[3]);
                    String status = r.getString(12) == null ? r.getString(18) : r.getString(12);
                    OpenDataRows.concern(new OpenDataRows.ConcernFacts(r.getString(1), instant(r, 2), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            r.getBigDecimal(10), r.getBigDecimal(11), status, instant(r, 13), instant(r, 14), partner[0],
                            partner[1], partner[2], r.getBoolean(16), r.getString(17))).ifPresent(rows);
                }
            }
        }
    }

    private void sensitiveCounts(Connection c, OpenDataPeriod period, Consumer<List<Object>> rows) throws SQLException {
        try (PreparedStatement s = streaming(c, SENSITIVE_COUNTS)) {
            s.setObject(1, utc(period.start()));
            s.setObject(2, utc(period.end()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.accept(OpenDataRows.sensitiveCount(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getLong(5)));
                }
            }
        }
    }

    private void outcomes(Connection c, OpenDataPeriod period, Consumer<List<Object>> rows) throws SQLException {
        try (PreparedStatement s = streaming(c, OUTCOMES)) {
            s.setObject(1, utc(period.start()));
            s.setObject(2, utc(period.end()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.accept(Arrays.asList(r.getLong(1), OpenDataRows.day(instant(r, 2)), r.getObject(3, LocalDate.class),
                            OpenDataRows.code(r.getString(4)), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                            r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13),
                            OpenDataRows.wards(r.getString(14), r.getString(15)), r.getLong(16), r.getLong(17),
                            (Long) r.getObject(18, Long.class)));
                }
            }
        }
    }

    private void budgeting(Connection c, OpenDataPeriod period, Consumer<List<Object>> rows) throws SQLException {
        try (PreparedStatement s = streaming(c, BUDGETING)) {
            s.setObject(1, period.firstDay());
            s.setObject(2, period.endDay());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.accept(Arrays.asList(r.getLong(1), r.getString(2), r.getString(3), OpenDataRows.code(r.getString(4)),
                            r.getString(5), r.getString(6), r.getString(7), r.getLong(8), OpenDataRows.code(r.getString(9)),
                            OpenDataRows.code(r.getString(10)), r.getObject(11, LocalDate.class), r.getObject(12, LocalDate.class),
                            r.getLong(13), r.getLong(14), r.getString(15), r.getString(16), r.getLong(17), r.getLong(18),
                            r.getLong(19), r.getBoolean(20)));
                }
            }
        }
    }

    /**
     * When the content with this digest was first served under this name; a new digest (the content changed) starts
     * a new date. Kept in the database, so every instance of the portal answers with the same Last-Modified.
     */
    public Instant firstServed(String period, String name, String digest, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO open_data_file (period, name, digest, since) VALUES (?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE since = IF(digest = VALUES(digest), since, VALUES(since)), digest = VALUES(digest)""")) {
                s.setString(1, period);
                s.setString(2, name);
                s.setString(3, digest);
                s.setObject(4, utc(now));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT since FROM open_data_file WHERE period = ? AND name = ?")) {
                s.setString(1, period);
                s.setString(2, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? instant(r, 1) : now;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("open data file " + period + "/" + name, e);
        }
    }

    private static Map<String, String[]> partnersOfTeams(Connection c) throws SQLException {
        Map<String, String[]> partners = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(TEAMS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                partners.put(r.getString(1), new String[] {r.getString(2), r.getString(3), r.getString(4)});
            }
        }
        return partners;
    }

    private static PreparedStatement streaming(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(FETCH);
        return s;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        LocalDateTime t = r.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
