package cymru.llais.routing.boundary;

import cymru.llais.routing.control.AreaIndex;
import cymru.llais.routing.control.BoundaryFile;
import cymru.llais.routing.control.GeoJsonGeometry;
import cymru.llais.routing.entity.LocalAuthority;
import cymru.llais.routing.entity.Ward;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.GeoPoint;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Local authorities and wards: which ward a point lies in, the list of wards for pickers, and
 * the import of boundary files. Lookups run in memory over a spatial index built from the database.
 */
@ApplicationScoped
public class Areas {

    /** Wales' bounding box, used only to tell "outside Wales" from "in Wales, but no ward here" before boundaries are loaded. */
    private static final double SOUTH = 51.33, NORTH = 53.44, WEST = -5.35, EAST = -2.64;

    private record Snapshot(AreaIndex<WardInfo, AuthorityInfo> index, Map<String, WardInfo> wards,
                            Map<Language, List<WardInfo>> sorted, Map<String, AuthorityInfo> authorities) {
    }

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    private volatile Snapshot snapshot;

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

    /** Imports local authorities and wards in one transaction; existing ones are updated in place. */
    @Transactional
    public void importAreas(List<BoundaryFile.Feature> authorities, List<BoundaryFile.Feature> wards,
                            Map<String, String> wardToAuthority) {
        for (BoundaryFile.Feature f : authorities) {
            BilingualText name = new BilingualText(f.nameEn(), f.nameCy());
            LocalAuthority existing = em.find(LocalAuthority.class, f.code());
            if (existing == null) {
                em.persist(new LocalAuthority(f.code(), name, f.geometry()));
            } else {
                existing.update(name, f.geometry());
            }
        }
        em.flush();
        for (BoundaryFile.Feature f : wards) {
            String authority = wardToAuthority.get(f.code());
            if (authority == null || em.find(LocalAuthority.class, authority) == null) {
                throw new IllegalArgumentException("ward " + f.code() + " has no known local authority");
            }
            BilingualText name = new BilingualText(f.nameEn(), f.nameCy());
            Ward existing = em.find(Ward.class, f.code());
            if (existing == null) {
                em.persist(new Ward(f.code(), name, authority, f.geometry()));
            } else {
                existing.update(name, authority, f.geometry());
            }
        }
        em.flush();
        snapshot = null;
    }

    public boolean hasWards() {
        return !snapshot().wards().isEmpty();
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = load();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private Snapshot load() {
        Map<String, AuthorityInfo> authorities = new HashMap<>();
        List<AreaIndex.Shape<AuthorityInfo>> authorityShapes = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "SELECT code, name_en, name_cy, boundary FROM local_authority").getResultList()) {
            AuthorityInfo a = new AuthorityInfo((String) row[0], new BilingualText((String) row[1], (String) row[2]));
            authorities.put(a.code(), a);
            authorityShapes.add(new AreaIndex.Shape<>(a, GeoJsonGeometry.parse((String) row[3])));
        }
        Map<String, WardInfo> wards = new HashMap<>();
        List<AreaIndex.Shape<WardInfo>> wardShapes = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "SELECT code, name_en, name_cy, local_authority_code, boundary FROM ward").getResultList()) {
            AuthorityInfo a = authorities.get((String) row[3]);
            WardInfo w = new WardInfo((String) row[0], new BilingualText((String) row[1], (String) row[2]), a.code(), a.name());
            wards.put(w.code(), w);
            wardShapes.add(new AreaIndex.Shape<>(w, GeoJsonGeometry.parse((String) row[4])));
        }
        Map<Language, List<WardInfo>> sorted = new HashMap<>();
        for (Language language : Language.values()) {
            com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLocale(language.locale()));
            sorted.put(language, wards.values().stream()
                    .sorted(Comparator.comparing((WardInfo w) -> w.nameIn(language), collator)).toList());
        }
        return new Snapshot(new AreaIndex<>(wardShapes, authorityShapes), Map.copyOf(wards), Map.copyOf(sorted),
                Map.copyOf(authorities));
    }
}
