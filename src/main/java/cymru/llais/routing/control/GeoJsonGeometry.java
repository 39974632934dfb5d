package cymru.llais.routing.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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

    public static Geometry read(JsonObject geometry) {
        String type = geometry.getString("type", "");
        JsonArray coordinates = geometry.getJsonArray("coordinates");
        if (coordinates == null) {
            throw new IllegalArgumentException("geometry has no coordinates");
        }
        Geometry result = switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonValue p : coordinates) {
                    polygons.add(polygon(p.asJsonArray()));
                }
                yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("geometry type must be Polygon or MultiPolygon, not '" + type + "'");
        };
        if (result.isEmpty()) {
            throw new IllegalArgumentException("geometry is empty");
        }
        return result;
    }

    private static Polygon polygon(JsonArray rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("polygon without rings");
        }
        LinearRing shell = ring(rings.getJsonArray(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.getJsonArray(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonArray positions) {
        if (positions.size() < 4) {
            // RFC 7946: a linear ring has four or more positions (JTS would take three, an area of nothing)
            throw new IllegalArgumentException("a ring needs at least four positions, not " + positions.size());
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonArray position = positions.getJsonArray(i);
            double lon = position.getJsonNumber(0).doubleValue();
            double lat = position.getJsonNumber(1).doubleValue();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new IllegalArgumentException("position out of range: " + lon + "," + lat);
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        return FACTORY.createLinearRing(coordinates);
    }
}
