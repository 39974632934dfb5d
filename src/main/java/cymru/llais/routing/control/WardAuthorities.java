package cymru.llais.routing.control;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which local authority a ward belongs to, decided by geometry, because ONS ward files do not say:
 * the authority whose boundary covers the ward's interior point (a point JTS guarantees to lie
 * inside the ward, unlike its centroid). Where authority boundaries overlap, the lowest code wins,
 * so the answer never depends on the order of the files.
 */
public final class WardAuthorities {

    private record Entry(String code, PreparedGeometry shape) {
    }

    private final STRtree index = new STRtree();
    private final int size;

    /** @param authorities each authority's code and boundary */
    public WardAuthorities(Map<String, Geometry> authorities) {
        for (Map.Entry<String, Geometry> a : new TreeMap<>(authorities).entrySet()) {
            index.insert(a.getValue().getEnvelopeInternal(), new Entry(a.getKey(), PreparedGeometryFactory.prepare(a.getValue())));
        }
        index.build();
        size = authorities.size();
    }

    /** The code of the authority the ward lies in, or empty when it lies in none of them. */
    public Optional<String> authorityOf(Geometry ward) {
        if (size == 0 || ward == null || ward.isEmpty()) {
            return Optional.empty();
        }
        Point inside;
        try {
            inside = ward.getInteriorPoint();
        } catch (RuntimeException e) {
            // a boundary JTS cannot find a point inside (badly self-intersecting) lies in no authority we can name
            return Optional.empty();
        }
        if (inside == null || inside.isEmpty()) {
            return Optional.empty();
        }
        String found = null;
        for (Object o : index.query(inside.getEnvelopeInternal())) {
            Entry e = (Entry) o;
            if (e.shape().covers(inside) && (found == null || e.code().compareTo(found) < 0)) {
                found = e.code();
            }
        }
        return Optional.ofNullable(found);
    }
}
