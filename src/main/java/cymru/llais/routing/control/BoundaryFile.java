package cymru.llais.routing.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An ONS-style GeoJSON FeatureCollection of areas: each feature has a code, an English and a
 * Welsh name (for example WD13CD, WD13NM, WD13NMW) and a Polygon or MultiPolygon. A malformed
 * feature makes the whole file fail, naming the feature.
 */
public final class BoundaryFile {

    /** One area read from the file; {@code geometry} is the GeoJSON text, validated. */
    public record Feature(String code, String nameEn, String nameCy, String geometry) {
    }

    private BoundaryFile() {
    }

    public static List<Feature> read(Reader source, String codeProperty, String nameProperty, String welshNameProperty) {
        JsonObject collection;
        try (JsonReader reader = Json.createReader(source)) {
            collection = reader.readObject();
        } catch (JsonParsingException | ClassCastException e) {
            throw new IllegalArgumentException("the file is not GeoJSON: " + e.getMessage(), e);
        }
        if (!"FeatureCollection".equals(collection.getString("type", ""))) {
            throw new IllegalArgumentException("the file is not a GeoJSON FeatureCollection");
        }
        JsonValue list = collection.get("features");
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY || list.asJsonArray().isEmpty()) {
            throw new IllegalArgumentException("the file has no features");
        }
        JsonArray features = list.asJsonArray();
        List<Feature> result = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            try {
                JsonObject feature = features.getJsonObject(i);
                JsonObject properties = feature.getJsonObject("properties");
                String code = text(properties, codeProperty);
                String en = text(properties, nameProperty);
                String cy = properties.containsKey(welshNameProperty) && properties.get(welshNameProperty).getValueType() == JsonValue.ValueType.STRING
                        && !properties.getString(welshNameProperty).isBlank() ? properties.getString(welshNameProperty) : en;
                JsonObject geometry = feature.getJsonObject("geometry");
                if (geometry == null) {
                    throw new IllegalArgumentException("no geometry");
                }
                GeoJsonGeometry.read(geometry);
                result.add(new Feature(code.strip(), en.strip(), cy.strip(), geometry.toString()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("feature " + (i + 1) + " is not valid: " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static String text(JsonObject properties, String name) {
        if (properties == null || !properties.containsKey(name) || properties.get(name).getValueType() != JsonValue.ValueType.STRING
                || properties.getString(name).isBlank()) {
            throw new IllegalArgumentException("property " + name + " is missing");
        }
        return properties.getString(name);
    }
}
