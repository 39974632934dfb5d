package cymru.llais.routing.control;

import cymru.llais.routing.control.BoundaryException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import org.locationtech.jts.geom.Geometry;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ONS-style GeoJSON FeatureCollection of areas: each feature has a code, an English and a
 * Welsh name (for example WD13CD, WD13NM, WD13NMW) and a Polygon or MultiPolygon in CRS84. A
 * malformed feature makes the whole file fail with a {@link BoundaryException} naming the feature.
 */
public final class BoundaryFile {

    /** The two kinds of ONS file, told apart by their properties: WDyyCD for wards, LADyyCD for local authorities. */
    public enum Kind {
        WARDS("WD"), AUTHORITIES("LAD");

        private final Pattern codeProperty;

        Kind(String prefix) {
            this.codeProperty = Pattern.compile(prefix + "\\d{2}CD");
        }
    }

    /** One area read from the file: {@code geometry} is the GeoJSON text, {@code shape} the same boundary read. */
    public record Feature(String code, String nameEn, String nameCy, String geometry, Geometry shape) {
    }

    /** Coordinate reference systems that mean longitude and latitude on WGS 84, as GeoJSON requires. */
    private static final Set<String> LONGITUDE_LATITUDE = Set.of("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84",
            "CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326");

    private BoundaryFile() {
    }

    /** Reads a file of the given kind, whichever year's ONS properties it has (WD13CD, WD22CD, ...). */
    public static List<Feature> read(Reader source, Kind kind) {
        JsonArray features = features(source);
        String code = codeProperty(features, kind);
        String stem = code.substring(0, code.length() - 2);
        return read(features, code, stem + "NM", stem + "NMW");
    }

    public static List<Feature> read(Reader source, String codeProperty, String nameProperty, String welshNameProperty) {
        return read(features(source), codeProperty, nameProperty, welshNameProperty);
    }

    private static JsonArray features(Reader source) {
        JsonValue document;
        try (JsonReader reader = Json.createReader(source)) {
            document = reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? 1 : Math.max(1, at.getLineNumber());
            long column = at == null ? 1 : Math.max(1, at.getColumnNumber());
            throw new BoundaryException(Reason.NOT_JSON, "the file is not GeoJSON: " + e.getMessage(), line, column);
        } catch (JsonException | java.util.NoSuchElementException | IllegalStateException e) {
            throw new BoundaryException(Reason.NOT_JSON, "the file is not GeoJSON: " + e.getMessage(), 1L, 1L);
        }
        if (!(document instanceof JsonObject collection) || !"FeatureCollection".equals(collection.getString("type", ""))) {
            throw new BoundaryException(Reason.NOT_FEATURE_COLLECTION, "the file is not a GeoJSON FeatureCollection");
        }
        String crs = crsName(collection.get("crs"));
        if (crs != null && !LONGITUDE_LATITUDE.contains(crs)) {
            throw new BoundaryException(Reason.WRONG_CRS, "the file's coordinates are in " + crs + ", not longitude and latitude", crs);
        }
        JsonValue list = collection.get("features");
        if (!(list instanceof JsonArray features) || features.isEmpty()) {
            throw new BoundaryException(Reason.NO_FEATURES, "the file has no features");
        }
        return features;
    }

    /** The name of a GeoJSON 2008 "crs" member, if the file has one (RFC 7946 dropped it: CRS84 is implied). */
    private static String crsName(JsonValue crs) {
        if (crs instanceof JsonObject o && o.get("properties") instanceof JsonObject p && p.get("name") instanceof JsonString name) {
            return name.getString().strip();
        }
        return null;
    }

    private static String codeProperty(JsonArray features, Kind kind) {
        for (JsonValue f : features) {
            if (f instanceof JsonObject feature && feature.get("properties") instanceof JsonObject properties) {
                for (String name : properties.keySet()) {
                    if (kind.codeProperty.matcher(name).matches()) {
                        return name;
                    }
                }
            }
        }
        throw new BoundaryException(Reason.NO_CODE_PROPERTY, "no feature has a property like " + kind.codeProperty.pattern(), kind.name());
    }

    private static List<Feature> read(JsonArray features, String codeProperty, String nameProperty, String welshNameProperty) {
        List<Feature> result = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            String code = null;
            try {
                if (!(features.get(i) instanceof JsonObject feature)) {
                    throw new BoundaryException(Reason.NOT_A_FEATURE, "not a GeoJSON feature");
                }
                JsonObject properties = feature.get("properties") instanceof JsonObject p ? p : null;
                code = text(properties, codeProperty);
                if (code == null) {
                    throw new BoundaryException(Reason.MISSING_CODE, "property " + codeProperty + " is missing", codeProperty);
                }
                String en = text(properties, nameProperty);
                if (en == null) {
                    throw new BoundaryException(Reason.MISSING_NAME, "property " + nameProperty + " is missing", nameProperty);
                }
                String cy = text(properties, welshNameProperty);
                if (!(feature.get("geometry") instanceof JsonObject geometry)) {
                    throw new BoundaryException(Reason.NO_GEOMETRY, "no geometry");
                }
                Geometry shape = GeoJsonGeometry.read(geometry);
                result.add(new Feature(code, en, cy == null ? en : cy, geometry.toString(), shape));
            } catch (BoundaryException e) {
                throw e.at(i + 1, code);
            } catch (RuntimeException e) {
                // anything JSON-P or JTS refuse that the checks above did not foresee
                throw new BoundaryException(Reason.BAD_POSITION, e.getMessage()).at(i + 1, code);
            }
        }
        return result;
    }

    /** A property's text, trimmed; null when it is missing, blank or not text. */
    private static String text(JsonObject properties, String name) {
        if (properties != null && properties.get(name) instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().strip();
        }
        return null;
    }
}
