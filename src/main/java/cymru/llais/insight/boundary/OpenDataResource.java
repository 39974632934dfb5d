package cymru.llais.insight.boundary;

import cymru.llais.i18n.Messages;
import cymru.llais.insight.control.OpenDataPeriod;
import cymru.llais.insight.control.OpenDataSchema;
import cymru.llais.platform.PortalSettings;
import cymru.llais.platform.rest.Problem;
import cymru.llais.shared.Language;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The open data files at stable addresses: {@code /api/open-data/2026-10/concerns.csv} (and {@code .json};
 * {@code sensitive-counts}, {@code outcomes}, {@code budgeting}), the period's Frictionless data package
 * {@code /api/open-data/2026-10/datapackage.json} and the table schemas {@code /api/open-data/schema.json}. Each
 * answer carries an ETag (SHA-256 of its bytes) and a Last-Modified (when those bytes were first served), and
 * answers 304 to a matching If-None-Match or If-Modified-Since. A file is written once to a temporary file while its
 * digest is taken, so the ETag always names exactly the bytes sent, and then streamed from there.
 */
@Path("open-data")
public class OpenDataResource {

    private static final JsonProvider JSON = JsonProvider.provider();
    /** A closed month's files change only when a concern leaves the public record: a day is fresh enough. */
    private static final int CLOSED_MAX_AGE = 24 * 60 * 60;
    private static final int OPEN_MAX_AGE = 5 * 60;

    @Inject
    OpenData data;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Path("{period}/{file: [a-z-]+}.{format: csv|json}")
    public Response file(@PathParam("period") String period, @PathParam("file") String file, @PathParam("format") String format) {
        Language language = Problem.language(headers);
        Instant now = clock.instant();
        Optional<OpenDataPeriod> p = OpenDataPeriod.parse(period);
        if (p.isEmpty()) {
            return Problem.of(400, "open-data-period", language);
        }
        Optional<OpenDataSchema> schema = OpenDataSchema.ofFile(file);
        if (schema.isEmpty() || !p.get().begunAt(now)) {
            return Problem.of(404, "open-data-not-found", language);
        }
        OpenDataFormat f = OpenDataFormat.of(format);
        return serve(p.get(), schema.get().file() + "." + f.extension(), f.mediaType(), now,
                out -> f.write(schema.get(), p.get(), api() + "schema.json", sink -> data.rows(schema.get(), p.get(), sink), out));
    }

    @GET
    @Path("{period}/datapackage.json")
    public Response dataPackage(@PathParam("period") String period) {
        Language language = Problem.language(headers);
        Instant now = clock.instant();
        Optional<OpenDataPeriod> p = OpenDataPeriod.parse(period);
        if (p.isEmpty()) {
            return Problem.of(400, "open-data-period", language);
        }
        if (!p.get().begunAt(now)) {
            return Problem.of(404, "open-data-not-found", language);
        }
        JsonObjectBuilder pack = JSON.createObjectBuilder()
                .add("profile", "tabular-data-package")
                .add("name", "llais-" + p.get())
                .add("title", Messages.get().text(Language.EN, "opendata.package.title") + " " + p.get())
                .add("title_cy", Messages.get().text(Language.CY, "opendata.package.title") + " " + p.get())
                .add("homepage", settings.getBaseUrl() + "/open-data/index.xhtml")
                .add("licenses", JSON.createArrayBuilder().add(licence(Language.EN)).add(licence(Language.CY)));
        JsonArrayBuilder resources = JSON.createArrayBuilder();
        for (OpenDataSchema s : OpenDataSchema.values()) {
            resources.add(JSON.createObjectBuilder()
                    .add("name", s.file())
                    .add("path", api() + p.get() + "/" + s.file() + ".csv")
                    .add("profile", "tabular-data-resource")
                    .add("format", "csv")
                    .add("mediatype", "text/csv")
                    .add("encoding", "utf-8")
                    .add("description", Messages.get().text(Language.EN, s.descriptionKey()))
                    .add("description_cy", Messages.get().text(Language.CY, s.descriptionKey()))
                    .add("schema", tableSchema(s)));
        }
        byte[] body = pack.add("resources", resources).build().toString().getBytes(StandardCharsets.UTF_8);
        return serve(p.get(), "datapackage.json", "application/json; charset=UTF-8", now, out -> write(out, body));
    }

    @GET
    @Path("schema.json")
    public Response schemas() {
        JsonArrayBuilder tables = JSON.createArrayBuilder();
        for (OpenDataSchema s : OpenDataSchema.values()) {
            tables.add(JSON.createObjectBuilder().add("name", s.file())
                    .add("description", Messages.get().text(Language.EN, s.descriptionKey()))
                    .add("description_cy", Messages.get().text(Language.CY, s.descriptionKey()))
                    .add("schema", tableSchema(s)));
        }
        byte[] body = JSON.createObjectBuilder()
                .add("licenses", JSON.createArrayBuilder().add(licence(Language.EN)).add(licence(Language.CY)))
                .add("tables", tables).build().toString().getBytes(StandardCharsets.UTF_8);
        Instant now = clock.instant();
        // the schema belongs to no period; it is filed under the month of its first serving, like a file of that month
        return serve(null, "schema.json", "application/json; charset=UTF-8", now, out -> write(out, body));
    }

    private JsonObjectBuilder tableSchema(OpenDataSchema s) {
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        for (OpenDataSchema.Column c : s.columns()) {
            JsonObjectBuilder field = JSON.createObjectBuilder().add("name", c.name()).add("type", c.type())
                    .add("description", Messages.get().text(Language.EN, s.columnKey(c)))
                    .add("description_cy", Messages.get().text(Language.CY, s.columnKey(c)));
            if ("date".equals(c.type())) {
                field.add("format", "%Y-%m-%d");
            }
            fields.add(field);
        }
        JsonObjectBuilder schema = JSON.createObjectBuilder().add("fields", fields);
        if (s == OpenDataSchema.CONCERNS) {
            schema.add("primaryKey", "reference");
        }
        return schema;
    }

    private static JsonObjectBuilder licence(Language language) {
        return JSON.createObjectBuilder().add("name", OpenDataLicence.NAME)
                .add("path", language == Language.CY ? OpenDataLicence.URL_CY : OpenDataLicence.URL_EN)
                .add("title", Messages.get().text(language, "opendata.licence.name"));
    }

    private Response serve(OpenDataPeriod period, String name, String mediaType, Instant now, Consumer<OutputStream> writer) {
        java.nio.file.Path spool;
        String digest;
        try {
            spool = Files.createTempFile("llais-open-data-", ".tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 64 * 1024), sha)) {
                writer.accept(out);
            } catch (RuntimeException e) {
                Files.deleteIfExists(spool);
                throw e;
            }
            digest = HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String filedUnder = period == null ? "schema" : period.toString();
        Instant since = data.firstServed(filedUnder, name, digest, now);
        EntityTag tag = new EntityTag(digest);
        Date lastModified = Date.from(since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(period == null || !period.closedAt(now) ? OPEN_MAX_AGE : CLOSED_MAX_AGE);
        cache.setNoTransform(false);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, tag);
        if (notModified != null) {
            deleteQuietly(spool);
            return notModified.tag(tag).lastModified(lastModified).cacheControl(cache).build();
        }
        StreamingOutput body = out -> {
            try {
                Files.copy(spool, out);
            } finally {
                deleteQuietly(spool);
            }
        };
        return Response.ok(body, mediaType).tag(tag).lastModified(lastModified).cacheControl(cache)
                .header("Access-Control-Allow-Origin", "*")
                .header("Content-Disposition", "inline; filename=\"llais-" + filedUnder + "-" + name + "\"")
                .build();
    }

    private String api() {
        return settings.getBaseUrl() + "/api/open-data/";
    }

    private static void write(OutputStream out, byte[] body) {
        try {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(java.nio.file.Path spool) {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            spool.toFile().deleteOnExit();
        }
    }
}
