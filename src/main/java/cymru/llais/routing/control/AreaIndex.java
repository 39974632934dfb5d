package cymru.llais.routing.control;

import cymru.llais.shared.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.List;
import java.util.Optional;

/**
 * Point-in-polygon lookups over ward and local authority boundaries, with an STR-tree spatial
 * index and prepared geometries. Immutable once built; the facade swaps in a new one after an import.
 */
public final class AreaIndex<W, A> {

    private record Entry<T>(T area, PreparedGeometry shape) {
    }

    private final STRtree wards = new STRtree();
    private final STRtree authorities = new STRtree();
    private final int wardCount;
    private final int authorityCount;

    public AreaIndex(List<Shape<W>> wardShapes, List<Shape<A>> authorityShapes) {
        for (Shape<W> s : wardShapes) {
            wards.insert(s.geometry().getEnvelopeInternal(), new Entry<>(s.area(), PreparedGeometryFactory.prepare(s.geometry())));
        }
        for (Shape<A> s : authorityShapes) {
            authorities.insert(s.geometry().getEnvelopeInternal(), new Entry<>(s.area(), PreparedGeometryFactory.prepare(s.geometry())));
        }
        wards.build();
        authorities.build();
        wardCount = wardShapes.size();
        authorityCount = authorityShapes.size();
    }

    /** An area and its boundary. */
    public record Shape<T>(T area, Geometry geometry) {
    }

    public Optional<W> wardAt(GeoPoint point) {
        return find(wards, point);
    }

    public Optional<A> authorityAt(GeoPoint point) {
        return find(authorities, point);
    }

    public int wardCount() {
        return wardCount;
    }

    public int authorityCount() {
        return authorityCount;
    }

    @SuppressWarnings("unchecked")
    private static <T> Optional<T> find(STRtree tree, GeoPoint point) {
        Coordinate c = new Coordinate(point.longitude(), point.latitude());
        Point p = GeoJsonGeometry.FACTORY.createPoint(c);
        for (Object o : tree.query(new Envelope(c))) {
            Entry<T> e = (Entry<T>) o;
            if (e.shape().covers(p)) {
                return Optional.of(e.area());
            }
        }
        return Optional.empty();
    }
}
