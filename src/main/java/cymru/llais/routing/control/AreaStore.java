package cymru.llais.routing.control;

import org.locationtech.jts.geom.Geometry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of the area import, on a connection whose transaction the caller owns (the container's
 * JTA transaction, or the command's own): nothing here commits or rolls back. Writes are batched.
 */
final class AreaStore {

    private static final int BATCH = 100;

    /** An area as the database has it; its boundary as an MD5 of the GeoJSON text, to tell a change without reading it. */
    record Row(String code, String nameEn, String nameCy, String authority, String boundaryMd5) {
    }

    private AreaStore() {
    }

    /** Takes the import lock: a second import waits here until the first one's transaction ends. */
    static long lock(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM area_version WHERE id = 1 FOR UPDATE")) {
            if (!rs.next()) {
                throw new SQLException("area_version has no row: is the schema migrated?");
            }
            return rs.getLong(1);
        }
    }

    static Map<String, Row> authorities(Connection c) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, name_en, name_cy, MD5(boundary) FROM local_authority")) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3), null, rs.getString(4)));
            }
        }
        return rows;
    }

    static Map<String, Row> wards(Connection c) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, name_en, name_cy, local_authority_code, MD5(boundary) FROM ward")) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return rows;
    }

    /** The boundaries of the given authorities as they are in the database. */
    static Map<String, Geometry> authorityShapes(Connection c, Collection<String> codes) throws SQLException {
        Map<String, Geometry> shapes = new HashMap<>();
        if (codes.isEmpty()) {
            return shapes;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, boundary FROM local_authority")) {
            while (rs.next()) {
                if (codes.contains(rs.getString(1))) {
                    shapes.put(rs.getString(1), GeoJsonGeometry.parse(rs.getString(2)));
                }
            }
        }
        return shapes;
    }

    static void insertAuthorities(Connection c, List<AreaImport.Area> areas) throws SQLException {
        batch(c, "INSERT INTO local_authority (name_en, name_cy, boundary, code) VALUES (?, ?, ?, ?)", areas, null);
    }

    static void updateAuthorities(Connection c, List<AreaImport.Area> areas) throws SQLException {
        batch(c, "UPDATE local_authority SET name_en = ?, name_cy = ?, boundary = ? WHERE code = ?", areas, null);
    }

    static void insertWards(Connection c, List<AreaImport.Area> areas, Map<String, String> authorityOf) throws SQLException {
        batch(c, "INSERT INTO ward (name_en, name_cy, boundary, local_authority_code, code) VALUES (?, ?, ?, ?, ?)", areas, authorityOf);
    }

    static void updateWards(Connection c, List<AreaImport.Area> areas, Map<String, String> authorityOf) throws SQLException {
        batch(c, "UPDATE ward SET name_en = ?, name_cy = ?, boundary = ?, local_authority_code = ? WHERE code = ?", areas, authorityOf);
    }

    private static void batch(Connection c, String sql, List<AreaImport.Area> areas, Map<String, String> authorityOf) throws SQLException {
        if (areas.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (AreaImport.Area a : areas) {
                int i = 1;
                ps.setString(i++, a.nameEn());
                ps.setString(i++, a.nameCy());
                ps.setString(i++, a.boundary());
                if (authorityOf != null) {
                    ps.setString(i++, authorityOf.get(a.code()));
                }
                ps.setString(i, a.code());
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Tells every running portal that the areas have changed (they compare this version with their own). */
    static void bumpVersion(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE area_version SET version = version + 1, changed_at = ? WHERE id = 1")) {
            ps.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    static void record(Connection c, Instant now, String via, String by, String files, AreaImport.Counts authorities,
                       AreaImport.Counts wards, long readMillis, long writeMillis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO area_import (imported_at, via, imported_by, files,"
                + " authorities_added, authorities_updated, wards_added, wards_updated, read_ms, write_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setString(2, via);
            ps.setString(3, by == null ? null : truncate(by, 254));
            ps.setString(4, truncate(files, 2000));
            ps.setInt(5, authorities.added());
            ps.setInt(6, authorities.updated());
            ps.setInt(7, wards.added());
            ps.setInt(8, wards.updated());
            ps.setLong(9, readMillis);
            ps.setLong(10, writeMillis);
            ps.executeUpdate();
        }
    }

    /** The version the areas are at; a portal reloads its areas when it changes. */
    static long version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM area_version WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** How many authorities and wards there are, and the last import. */
    static AreaImport.Status status(Connection c) throws SQLException {
        int authorities;
        int wards;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM local_authority), (SELECT COUNT(*) FROM ward)")) {
            rs.next();
            authorities = rs.getInt(1);
            wards = rs.getInt(2);
        }
        Optional<AreaImport.LastImport> last = Optional.empty();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT imported_at, via, imported_by, authorities_added, authorities_updated,"
                     + " wards_added, wards_updated FROM area_import ORDER BY id DESC LIMIT 1")) {
            if (rs.next()) {
                last = Optional.of(new AreaImport.LastImport(rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
            }
        }
        return new AreaImport.Status(authorities, wards, last);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
