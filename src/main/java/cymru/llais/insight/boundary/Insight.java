package cymru.llais.insight.boundary;

import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.insight.control.InsightQueries;
import cymru.llais.insight.control.Percentiles;
import cymru.llais.insight.entity.InsightFilter;
import cymru.llais.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

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

    /** Runs the dashboard's queries side by side (the container's default executor). */
    @Resource
    ManagedExecutorService executor;

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

    /**
     * Every figure of the dashboard, its queries run side by side, each on a connection of its own (the page waits for
     * the slowest rather than for all of them in turn: a five-year view adds up hundreds of thousands of month cells).
     */
    public Dashboard dashboard(StaffMember member, InsightFilter filter) {
        Long scope = scope(member);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Future<?>> started = new ArrayList<>();
        try {
            // the slowest first
            Future<List<InsightQueries.Count>> byWard = query(started, c -> InsightQueries.volumes(c, scope, filter, InsightQueries.Dimension.WARD));
            Future<List<InsightQueries.DurationBin>> resolve = query(started, c -> InsightQueries.resolveTimes(c, scope, filter));
            Future<List<InsightQueries.DurationBin>> acknowledge = query(started, c -> InsightQueries.acknowledgeTimes(c, scope, filter));
            Future<List<InsightQueries.Count>> byCategory = query(started, c -> InsightQueries.volumes(c, scope, filter, InsightQueries.Dimension.CATEGORY));
            Future<List<InsightQueries.Count>> byPartnerF = query(started, c -> InsightQueries.volumes(c, scope, filter, InsightQueries.Dimension.PARTNER));
            Future<List<InsightQueries.Count>> byMonth = query(started, c -> InsightQueries.volumes(c, scope, filter, InsightQueries.Dimension.MONTH));
            Future<List<InsightQueries.RatingCount>> ratingsF = query(started, c -> InsightQueries.ratings(c, scope, filter));
            Future<List<InsightQueries.Turnout>> turnout = query(started, c -> InsightQueries.turnout(c, filter));
            Future<List<InsightQueries.Count>> overdueF = query(started, c -> InsightQueries.overdue(c, scope, filter, now));
            Future<List<InsightQueries.StoryVolume>> stories = query(started, c -> InsightQueries.stories(c, filter));
            List<InsightQueries.Count> byPartner = byPartnerF.get();
            Map<Long, String[]> names = new HashMap<>();
            byPartner.forEach(p -> {
                if (p.key() != null) {
                    names.put(Long.valueOf(p.key()), new String[] {p.nameEn(), p.nameCy()});
                }
            });
            List<InsightQueries.Count> overdue = overdueF.get();
            List<InsightQueries.RatingCount> ratings = ratingsF.get();
            return new Dashboard(byCategory.get(), byWard.get(), byPartner, byMonth.get(),
                    byPartner.stream().mapToLong(InsightQueries.Count::count).sum(),
                    durations(acknowledge.get(), names), durations(resolve.get(), names),
                    overdue, overdue.stream().mapToLong(InsightQueries.Count::count).sum(),
                    ratings, ratings.stream().mapToLong(InsightQueries.RatingCount::count).sum(),
                    turnout.get(), stories.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.IOException("the dashboard's figures were not all read", e));
        } catch (ExecutionException e) {
            throw new UncheckedIOException(new java.io.IOException("the dashboard's figures could not be read", e.getCause()));
        } finally {
            // a query that failed leaves the others nothing to do
            started.forEach(f -> f.cancel(true));
        }
    }

    /** One of the dashboard's queries. */
    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> Future<T> query(List<Future<?>> started, Query<T> query) {
        Future<T> f = executor.submit(() -> {
            try (Connection c = dataSource.getConnection()) {
                return query.run(c);
            }
        });
        started.add(f);
        return f;
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
