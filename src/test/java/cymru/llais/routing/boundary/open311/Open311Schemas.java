package cymru.llais.routing.boundary.open311;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Open311 GeoReport v2 JSON schemas in the shared data directory (surefire and failsafe set
 * {@code llais.shared.dir}). They declare no draft; they are read as draft 4, the draft of their day
 * (nothing in them reads differently in a later one). Their relative {@code $ref}s ({@code requests.json}
 * refers to {@code request.json}) resolve beside them, from the files. Formats (date-time, uri) are asserted.
 */
public final class Open311Schemas {

    public static final Path DIRECTORY = Path.of(System.getProperty("llais.shared.dir", "../shared"), "data", "open311")
            .toAbsolutePath().normalize();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .resourceLoaders(loaders -> loaders.add(Open311Schemas::file)));
    private static final ObjectMapper JSON = new ObjectMapper();

    private Open311Schemas() {
    }

    /** Schemas are read from the schema directory only: nothing is ever fetched from elsewhere. */
    private static InputStreamSource file(AbsoluteIri iri) {
        if (!"file".equals(iri.getScheme())) {
            return null;
        }
        Path file = Path.of(URI.create(iri.toString())).normalize();
        return file.startsWith(DIRECTORY) && Files.isRegularFile(file) ? () -> Files.newInputStream(file) : null;
    }

    /** What is wrong with a JSON text by one of the schema files (request.json, services.json, ...): empty when valid. */
    public static List<String> errors(String schemaFile, String json) {
        Path file = DIRECTORY.resolve(schemaFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing (is llais.shared.dir right?)");
        }
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(file.toUri().toString()));
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /**
     * What is wrong with the answer to a new service request. No schema file covers it; swagger.json's
     * RequestResponse does, except that the specification's own example answers {@code "account_id": null}
     * where that definition says string: null is allowed for it here, as request.json allows null for
     * every optional member.
     */
    public static List<String> postResponseErrors(String json) {
        try {
            JsonNode swagger = JSON.readTree(DIRECTORY.resolve("swagger.json").toFile());
            ObjectNode item = ((ObjectNode) swagger.get("definitions").get("RequestResponse")).deepCopy();
            ObjectNode accountId = JSON.createObjectNode();
            accountId.putArray("anyOf").add(JSON.createObjectNode().put("type", "string")).add(JSON.createObjectNode().put("type", "null"));
            ((ObjectNode) item.get("properties")).set("account_id", accountId);
            item.putArray("required").add("service_request_id");
            ObjectNode array = JSON.createObjectNode().put("type", "array");
            array.set("items", item);
            Schema schema = REGISTRY.getSchema(array);
            return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
        } catch (RuntimeException e) {
            throw new IllegalStateException("swagger.json could not be read", e);
        }
    }
}
