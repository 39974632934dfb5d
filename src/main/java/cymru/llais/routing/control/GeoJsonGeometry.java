package cymru.llais.routing.control;

import cymru.llais.routing.control.BoundaryException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Reads GeoJSON Polygon and MultiPolygon geometries (CRS84: longitude, latitude) into JTS. */
public final class GeoJsonGeometry {

    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonGeometry() {
    }

    public static Geometry parse(String geoJson) {
        try (JsonReader reader = Json.createReader(new StringReader(geoJson))) {
            return read(reader.readObject());
        } catch (JsonParsingException | ClassCastException e) {
            throw new IllegalArgumentException("not a GeoJSON geometry: " + e.getMessage(), e);
        }
    }

    /** Reads a Polygon or MultiPolygon; anything else, or a malformed one, is a {@link BoundaryException} saying why. */
    public static Geometry read(JsonObject geometry) {
        JsonValue typeValue = geometry.get("type");
        String type = typeValue instanceof JsonString s ? s.getString() : String.valueOf(typeValue);
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            throw new BoundaryException(Reason.GEOMETRY_TYPE,
                    "geometry type must be Polygon or MultiPolygon, not '" + type + "'", type);
        }
        JsonArray coordinates = array(geometry.get("coordinates"), "geometry has no coordinates");
        Geometry result;
        if ("Polygon".equals(type)) {
            result = polygon(coordinates);
        } else {
            List<Polygon> polygons = new ArrayList<>();
            for (JsonValue p : coordinates) {
                polygons.add(polygon(array(p, "a polygon is not a list of rings")));
            }
            result = FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        }
        if (result.isEmpty()) {
            throw new BoundaryException(Reason.EMPTY_GEOMETRY, "geometry is empty");
        }
        return result;
    }

    private static Polygon polygon(JsonArray rings) {
        if (rings.isEmpty()) {
            throw new BoundaryException(Reason.EMPTY_GEOMETRY, "polygon without rings");
        }
        LinearRing shell = ring(array(rings.get(0), "a ring is not a list of positions"));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(array(rings.get(i), "a ring is not a list of positions"));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonArray positions) {
        if (positions.size() < 4) {
            // RFC 7946: a linear ring has four or more positions (JTS would take three, an area of nothing)
            throw new BoundaryException(Reason.RING_TOO_SHORT,
                    "a ring needs at least four positions, not " + positions.size(), positions.size());
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonArray position = array(positions.get(i), "a position is not a list of numbers");
            if (position.size() < 2 || !(position.get(0) instanceof JsonNumber x) || !(position.get(1) instanceof JsonNumber y)) {
                throw new BoundaryException(Reason.BAD_POSITION, "a position is not two numbers: " + position);
            }
            double lon = x.doubleValue();
            double lat = y.doubleValue();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new BoundaryException(Reason.POSITION_OUT_OF_RANGE, "position out of range: " + lon + "," + lat,
                        x.toString(), y.toString());
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new BoundaryException(Reason.RING_NOT_CLOSED, "a ring must end where it starts");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static JsonArray array(JsonValue value, String problem) {
        if (value instanceof JsonArray a) {
            return a;
        }
        throw new BoundaryException(Reason.BAD_POSITION, problem);
    }
}
