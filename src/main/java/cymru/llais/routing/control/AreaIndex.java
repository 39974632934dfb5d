package cymru.llais.routing.control;

import cymru.llais.shared.GeoPoint;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.List;
import java.util.Optional;

/**
 * Point-in-polygon lookups over ward and local authority boundaries: an STR-tree of the areas'
 * envelopes, then an indexed point-in-area test of each candidate (a point on a boundary counts as
 * inside). Each area's segment index is built here, up front, so lookups take no lock and threads
 * never wait for one another (JTS's prepared polygons synchronise every point test on a lock per
 * polygon, which made two threads slower than one). Immutable once built; the facade swaps in a
 * new one after an import.
 */
public final class AreaIndex<W, A> {

    private record Entry<T>(T area, Envelope envelope, IndexedPointInAreaLocator locator) {

        static <T> Entry<T> of(T area, Geometry geometry) {
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(geometry);
            // the first locate builds the segment index, once, while nobody else can see it
            locator.locate(geometry.getEnvelopeInternal().centre());
            return new Entry<>(area, geometry.getEnvelopeInternal(), locator);
        }

        boolean covers(Coordinate c) {
            return envelope.covers(c) && locator.locate(c) != Location.EXTERIOR;
        }
    }

    private final STRtree wards = new STRtree();
    private final STRtree authorities = new STRtree();
    private final int wardCount;
    private final int authorityCount;

    public AreaIndex(List<Shape<W>> wardShapes, List<Shape<A>> authorityShapes) {
        for (Shape<W> s : wardShapes) {
            wards.insert(s.geometry().getEnvelopeInternal(), Entry.of(s.area(), s.geometry()));
        }
        for (Shape<A> s : authorityShapes) {
            authorities.insert(s.geometry().getEnvelopeInternal(), Entry.of(s.area(), s.geometry()));
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
        for (Object o : tree.query(new Envelope(c))) {
            Entry<T> e = (Entry<T>) o;
            if (e.covers(c)) {
                return Optional.of(e.area());
            }
        }
        return Optional.empty();
    }
}
