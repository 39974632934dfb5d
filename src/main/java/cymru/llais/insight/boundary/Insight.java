package cymru.llais.insight.boundary;

import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.insight.control.InsightQueries;
import cymru.llais.insight.control.Percentiles;
import cymru.llais.insight.entity.InsightFilter;
import cymru.llais.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The dashboards' figures for one viewer: a member of staff sees the concerns their own partner holds (as in the
 * inbox), the partnership administrator all of them. Budgeting turnout and story volumes belong to the partnership,
 * not to a partner, and every viewer sees them. Every figure is grouped in the database ({@link InsightQueries}).
 */
@ApplicationScoped
public class Insight {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Median and 90th percentile (minutes) of one set of durations; empty when nothing was measured. */
    public record Durations(Long partnerId, String partnerEn, String partnerCy, long count, OptionalLong median, OptionalLong p90) {
    }

    /** Everything the dashboard shows. */
    public record Dashboard(List<InsightQueries.Count> byCategory, List<InsightQueries.Count> byWard,
                            List<InsightQueries.Count> byPartner, List<InsightQueries.Count> byMonth,
                            long total, List<Durations> acknowledge, List<Durations> resolve,
                            List<InsightQueries.Count> overdue, long overdueTotal,
                            List<InsightQueries.RatingCount> ratings, long ratingsTotal,
                            List<InsightQueries.Turnout> turnout, List<InsightQueries.StoryVolume> stories) {
    }

    /** The viewer's scope: null for all partners (an administrator), else their own partner. */
    public static Long scope(StaffMember member) {
        return member.isAdmin() ? null : member.partnerId();
    }

    public Dashboard dashboard(StaffMember member, InsightFilter filter) {
        Long scope = scope(member);
        try (Connection c = dataSource.getConnection()) {
            List<InsightQueries.Count> byPartner = InsightQueries.volumes(c, scope, filter, InsightQueries.Dimension.PARTNER);
            Map<Long, String[]> names = new HashMap<>();
            byPartner.forEach(p -> {
                if (p.key() != null) {
                    names.put(Long.valueOf(p.key()), new String[] {p.nameEn(), p.nameCy()});
                }
            });
            List<InsightQueries.Count> overdue = InsightQueries.overdue(c, scope, filter,
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            List<InsightQueries.RatingCount> ratings = InsightQueries.ratings(c, scope, filter);
            return new Dashboard(
                    InsightQueries.volumes(c, scope, filter, InsightQueries.Dimension.CATEGORY),
                    InsightQueries.volumes(c, scope, filter, InsightQueries.Dimension.WARD),
                    byPartner,
                    InsightQueries.volumes(c, scope, filter, InsightQueries.Dimension.MONTH),
                    byPartner.stream().mapToLong(InsightQueries.Count::count).sum(),
                    durations(InsightQueries.acknowledgeTimes(c, scope, filter), names),
                    durations(InsightQueries.resolveTimes(c, scope, filter), names),
                    overdue, overdue.stream().mapToLong(InsightQueries.Count::count).sum(),
                    ratings, ratings.stream().mapToLong(InsightQueries.RatingCount::count).sum(),
                    InsightQueries.turnout(c, filter),
                    InsightQueries.stories(c, filter));
        } catch (SQLException e) {
            throw new UncheckedIOException(new java.io.IOException("the dashboard's figures could not be read", e));
        }
    }

    /** Concerns per ward in scope and filter, for the map. */
    public List<InsightQueries.Count> wardVolumes(StaffMember member, InsightFilter filter) {
        try (Connection c = dataSource.getConnection()) {
            return InsightQueries.volumes(c, scope(member), filter, InsightQueries.Dimension.WARD);
        } catch (SQLException e) {
            throw new UncheckedIOException(new java.io.IOException("the ward figures could not be read", e));
        }
    }

    /** The boundaries (GeoJSON geometries) of these wards, by code. */
    public Map<String, String> boundaries(List<String> wardCodes) {
        Map<String, String> out = new LinkedHashMap<>();
        if (wardCodes.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(wardCodes.size(), "?"));
        try (Connection c = dataSource.getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT code, boundary FROM ward WHERE code IN (" + marks + ")")) {
            for (int i = 0; i < wardCodes.size(); i++) {
                s.setString(i + 1, wardCodes.get(i));
            }
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new UncheckedIOException(new java.io.IOException("the ward boundaries could not be read", e));
        }
    }

    /** The whole scope first (partnerId null), then each partner, from one histogram per partner. */
    static List<Durations> durations(List<InsightQueries.DurationBin> bins, Map<Long, String[]> names) {
        Map<Long, List<Percentiles.Bin>> byPartner = new LinkedHashMap<>();
        List<Percentiles.Bin> all = new ArrayList<>();
        for (InsightQueries.DurationBin b : bins) {
            Percentiles.Bin bin = new Percentiles.Bin(b.minutes(), b.count());
            all.add(bin);
            if (b.partnerId() != null) {
                byPartner.computeIfAbsent(b.partnerId(), k -> new ArrayList<>()).add(bin);
            }
        }
        List<Durations> out = new ArrayList<>();
        Percentiles whole = Percentiles.of(all);
        out.add(new Durations(null, null, null, whole.count(), whole.median(), whole.percentile(90)));
        byPartner.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    Percentiles p = Percentiles.of(e.getValue());
                    String[] n = names.getOrDefault(e.getKey(), new String[] {null, null});
                    out.add(new Durations(e.getKey(), n[0], n[1], p.count(), p.median(), p.percentile(90)));
                });
        return out;
    }
}
