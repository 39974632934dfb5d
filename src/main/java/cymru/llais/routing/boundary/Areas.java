package cymru.llais.routing.boundary;

import cymru.llais.platform.Database;
import cymru.llais.routing.control.AreaImport;
import cymru.llais.routing.control.AreaIndex;
import cymru.llais.routing.control.GeoJsonGeometry;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.GeoPoint;
import cymru.llais.shared.Language;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Local authorities and wards: which ward a point lies in, and the list of wards for pickers.
 * Lookups run in memory over a spatial index built from the database, and built again when an
 * import (on any instance, or by the import command) has changed the areas' version: each instance
 * asks for the version at most every {@code llais.areas.refresh-seconds} (10 by default).
 */
@ApplicationScoped
public class Areas {

    private static final Logger LOG = Logger.getLogger(Areas.class.getName());

    /** Wales' bounding box, used only to tell "outside Wales" from "in Wales, but no ward here" before boundaries are loaded. */
    private static final double SOUTH = 51.33, NORTH = 53.44, WEST = -5.35, EAST = -2.64;

    private record Snapshot(long version, AreaIndex<WardInfo, AuthorityInfo> index, Map<String, WardInfo> wards,
                            Map<Language, List<WardInfo>> sorted, Map<String, AuthorityInfo> authorities) {
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "llais.areas.refresh-seconds", defaultValue = "10")
    long refreshSeconds;

    private volatile Snapshot snapshot;
    private final AtomicLong nextCheck = new AtomicLong();

    public Optional<WardInfo> wardAt(GeoPoint point) {
        return snapshot().index().wardAt(point);
    }

    /** Whether the point lies in Wales: inside a local authority's boundary when they are loaded. */
    public boolean inWales(GeoPoint point) {
        Snapshot s = snapshot();
        if (s.index().authorityCount() > 0) {
            return s.index().authorityAt(point).isPresent();
        }
        return point.latitude() >= SOUTH && point.latitude() <= NORTH
                && point.longitude() >= WEST && point.longitude() <= EAST;
    }

    public Optional<AuthorityInfo> authorityAt(GeoPoint point) {
        return snapshot().index().authorityAt(point);
    }

    public Optional<AuthorityInfo> authority(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().authorities().get(code));
    }

    /** All local authorities, in alphabetical order of their names in the given language. */
    public List<AuthorityInfo> authorities(Language language) {
        com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLocale(language.locale()));
        return snapshot().authorities().values().stream()
                .sorted(Comparator.comparing((AuthorityInfo a) -> a.name().in(language), collator)).toList();
    }

    public Optional<WardInfo> ward(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().wards().get(code));
    }

    /** All wards, in alphabetical order of their names in the given language. */
    public List<WardInfo> wards(Language language) {
        return snapshot().sorted().get(language);
    }

    /** The wards of one local authority, for pickers grouped by authority. */
    public record WardGroup(AuthorityInfo authority, List<WardInfo> wards) {
    }

    /** Every authority that has wards, in alphabetical order, each with its wards in alphabetical order. */
    public List<WardGroup> wardsByAuthority(Language language) {
        Map<String, List<WardInfo>> byAuthority = new java.util.LinkedHashMap<>();
        for (WardInfo w : wards(language)) {
            byAuthority.computeIfAbsent(w.authorityCode(), k -> new ArrayList<>()).add(w);
        }
        return authorities(language).stream().filter(a -> byAuthority.containsKey(a.code()))
                .map(a -> new WardGroup(a, List.copyOf(byAuthority.get(a.code())))).toList();
    }

    public boolean hasWards() {
        return !snapshot().wards().isEmpty();
    }

    /**
     * Builds the areas again from the database now, for the instance that has just imported; the
     * others notice the new version within {@code llais.areas.refresh-seconds}.
     */
    public void refresh() {
        try {
            snapshot = load();
            nextCheck.set(System.nanoTime() + refreshNanos());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Llais: areas could not be reloaded, will try again: {0}", e.getMessage());
            nextCheck.set(System.nanoTime());
        }
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = load();
                    snapshot = s;
                    nextCheck.set(System.nanoTime() + refreshNanos());
                }
            }
            return s;
        }
        long due = nextCheck.get();
        // one request at a time asks the database for the version; the others go on with the areas they have
        if (System.nanoTime() - due >= 0 && nextCheck.compareAndSet(due, System.nanoTime() + refreshNanos())) {
            try {
                long version;
                try (Connection c = dataSource.getConnection()) {
                    version = AreaImport.version(c);
                }
                if (version != s.version()) {
                    s = load();
                    snapshot = s;
                    LOG.info(() -> "Llais: areas reloaded at version " + snapshot.version());
                }
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.FINE, "Llais: could not check the areas' version, keeping the ones loaded", e);
            }
        }
        return s;
    }

    private long refreshNanos() {
        return TimeUnit.SECONDS.toNanos(Math.max(1, refreshSeconds));
    }

    private Snapshot load() {
        try (Connection c = dataSource.getConnection()) {
            // the version first: an import that commits while the rows are read is picked up at the next check
            long version = AreaImport.version(c);
            Map<String, AuthorityInfo> authorities = new HashMap<>();
            List<AreaIndex.Shape<AuthorityInfo>> authorityShapes = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT code, name_en, name_cy, boundary FROM local_authority")) {
                while (rs.next()) {
                    AuthorityInfo a = new AuthorityInfo(rs.getString(1), new BilingualText(rs.getString(2), rs.getString(3)));
                    authorities.put(a.code(), a);
                    authorityShapes.add(new AreaIndex.Shape<>(a, GeoJsonGeometry.parse(rs.getString(4))));
                }
            }
            Map<String, WardInfo> wards = new HashMap<>();
            List<AreaIndex.Shape<WardInfo>> wardShapes = new ArrayList<>();
            // one statement, so each ward comes with its authority's names as they were at the same moment
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT w.code, w.name_en, w.name_cy, w.local_authority_code, a.name_en, a.name_cy,"
                         + " w.boundary FROM ward w JOIN local_authority a ON a.code = w.local_authority_code")) {
                while (rs.next()) {
                    WardInfo w = new WardInfo(rs.getString(1), new BilingualText(rs.getString(2), rs.getString(3)),
                            rs.getString(4), new BilingualText(rs.getString(5), rs.getString(6)));
                    wards.put(w.code(), w);
                    wardShapes.add(new AreaIndex.Shape<>(w, GeoJsonGeometry.parse(rs.getString(7))));
                }
            }
            Map<Language, List<WardInfo>> sorted = new HashMap<>();
            for (Language language : Language.values()) {
                com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLocale(language.locale()));
                sorted.put(language, wards.values().stream()
                        .sorted(Comparator.comparing((WardInfo w) -> w.nameIn(language), collator)).toList());
            }
            return new Snapshot(version, new AreaIndex<>(wardShapes, authorityShapes), Map.copyOf(wards), Map.copyOf(sorted),
                    Map.copyOf(authorities));
        } catch (SQLException e) {
            throw new IllegalStateException("the areas could not be read: " + e.getMessage(), e);
        }
    }
}
