package cymru.llais.concerns.boundary;

import cymru.llais.concerns.control.Violation;
import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.platform.PortalSettings;
import cymru.llais.platform.RateLimits;
import cymru.llais.platform.cache.PublicCache;
import cymru.llais.platform.rest.Problem;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The concerns JSON API: report a concern, read one, list a ward's. Sensitive concerns are never
 * returned; their reporter gets the reference and the safeguarding advice once, in the reply.
 * <p>
 * One instance for the application, not one per request (making and injecting it was a tenth of an API request's
 * time); the headers in its field are Jersey's per-request proxy, so each request reads its own.
 */
@ApplicationScoped
@Path("concerns")
@Produces(MediaType.APPLICATION_JSON)
public class ConcernsResource {

    /** Looked up once: {@code Json.createReader} and its kind look the provider up with a ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** A JSON report with a 5 MB photo in base64 fits well within this. */
    private static final int MAX_BODY = 7 * 1024 * 1024 + 64 * 1024;
    private static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    @Inject
    Concerns concerns;

    @Inject
    PortalSettings settings;

    @Inject
    cymru.llais.routing.boundary.Routing routing;

    @Context
    HttpHeaders headers;

    @Inject
    RateLimits rateLimits;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(InputStream body, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context jakarta.servlet.http.HttpServletRequest request) throws IOException {
        Language language = Problem.language(headers);
        if (!rateLimits.allow(RateLimits.Kind.REPORT, request)) {
            return Response.fromResponse(Problem.of(429, "too-many-requests", language))
                    .header("Retry-After", rateLimits.retryAfterSeconds(RateLimits.Kind.REPORT)).build();
        }
        String token = idempotencyKey == null || idempotencyKey.isBlank() ? null : "api:" + idempotencyKey.strip();
        if (token != null && !Concerns.TOKEN.matcher(token).matches()) {
            return Problem.of(400, "bad-idempotency-key", language);
        }
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            // read (and drop) a bounded rest, so that the client gets our answer rather than a reset connection
            body.skip(DRAIN_LIMIT);
            return Problem.of(413, "too-large", language);
        }
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return Problem.of(400, "malformed-json", language);
            }
            json = value.asJsonObject();
        } catch (RuntimeException e) {
            // JsonException, IllegalStateException, and the plain RuntimeException of JSON nested too deeply
            return Problem.of(400, "malformed-json", language);
        }
        List<Problem.FieldError> wrongTypes = java.util.stream.Stream.of("category", "lat", "lon", "ward", "locationText",
                        "description", "language", "email", "photo")
                .filter(f -> json.containsKey(f) && !isTextOrNumber(json.get(f)))
                .map(f -> new Problem.FieldError(f, "api.error.field.type", List.of())).toList();
        if (!wrongTypes.isEmpty()) {
            return Problem.of(422, "invalid-concern", language, wrongTypes);
        }
        byte[] photo = null;
        String photoText = text(json, "photo");
        if (photoText != null) {
            try {
                photo = Base64.getMimeDecoder().decode(photoText);
            } catch (IllegalArgumentException e) {
                return Problem.of(422, "invalid-concern", language,
                        List.of(new Problem.FieldError("photo", "concerns.error.photo.notImage", List.of())));
            }
        }
        String reportLanguage = Optional.ofNullable(text(json, "language")).orElse(language.code());
        ReportResult result = concerns.report(new NewConcern(text(json, "category"), text(json, "lat"), text(json, "lon"),
                text(json, "ward"), text(json, "locationText"), text(json, "description"), reportLanguage,
                text(json, "email"), photo, token, language));
        if (!result.accepted() && result.violations().stream().anyMatch(v -> v.key().equals("concerns.error.form.reused"))) {
            return Problem.of(409, "idempotency-conflict", language);
        }
        if (!result.accepted()) {
            List<Problem.FieldError> errors = result.violations().stream()
                    .map(v -> new Problem.FieldError(apiField(v), v.key(), v.arguments())).toList();
            return Problem.of(422, "invalid-concern", language, errors);
        }
        URI location = URI.create("concerns/" + result.reference());
        if (result.sensitive()) {
            JsonObjectBuilder reply = JSON.createObjectBuilder()
                    .add("reference", result.reference())
                    .add("sensitive", true)
                    .add("safeguarding", JSON.createObjectBuilder()
                            .add("en", safeguarding(Language.EN))
                            .add("cy", safeguarding(Language.CY)));
            return Response.created(location).entity(reply.build().toString()).build();
        }
        return Response.created(location)
                .entity(json(concerns.find(result.reference()).orElseThrow()).build().toString()).build();
    }

    @GET
    @Path("{reference}")
    public Response one(@PathParam("reference") String reference) {
        return cached("concern|" + reference, () -> uncachedOne(reference));
    }

    private Response uncachedOne(String reference) {
        Optional<ConcernView> concern = concerns.find(reference).filter(c -> !c.sensitive() && !c.isAwaitingModeration());
        if (concern.isEmpty()) {
            return Problem.of(404, "concern-not-found", Problem.language(headers));
        }
        ConcernView c = concern.get();
        if (c.isHidden() || c.isMerged()) {
            return Response.ok(withdrawn(c).build().toString()).build();
        }
        return Response.ok(json(c).build().toString()).build();
    }

    @GET
    public Response list(@QueryParam("ward") String ward, @QueryParam("category") String category,
                         @QueryParam("status") String status, @QueryParam("page") String page) {
        return cached(String.join("|", "concerns", String.valueOf(ward), String.valueOf(category), String.valueOf(status),
                String.valueOf(page)), () -> uncachedList(ward, category, status, page));
    }

    private Response uncachedList(String ward, String category, String status, String page) {
        Language language = Problem.language(headers);
        String wardCode = null;
        if (ward != null && !ward.isBlank()) {
            Optional<WardInfo> w = concerns.ward(ward.strip());
            if (w.isEmpty()) {
                return Problem.of(400, "unknown-ward", language);
            }
            wardCode = w.get().code();
        }
        String categoryCode = null;
        if (category != null && !category.isBlank()) {
            String c = category.strip();
            if (concerns.categories().stream().noneMatch(x -> x.code().equals(c) && !x.sensitive())) {
                return Problem.of(400, "unknown-category", language);
            }
            categoryCode = c;
        }
        ConcernStatus s = null;
        if (status != null && !status.isBlank()) {
            s = Arrays.stream(ConcernStatus.values()).filter(x -> x.name().equalsIgnoreCase(status.strip())).findFirst().orElse(null);
            if (s == null) {
                return Problem.of(400, "unknown-status", language);
            }
        }
        int p = 1;
        if (page != null && !page.isBlank()) {
            try {
                p = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                return Problem.of(400, "bad-page", language);
            }
            if (p < 1) {
                return Problem.of(400, "bad-page", language);
            }
        }
        ConcernPage result = concerns.list(wardCode, categoryCode, s, p);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (ConcernSummary c : result.items()) {
            JsonObjectBuilder item = JSON.createObjectBuilder()
                    .add("reference", c.reference())
                    .add("category", code(c.categoryCode(), c.categoryName()))
                    .add("ward", code(c.wardCode(), c.wardName()))
                    .add("status", c.status().name().toLowerCase(Locale.ROOT))
                    .add("excerpt", c.excerpt())
                    .add("language", c.language().code())
                    .add("createdAt", c.createdAt().toString());
            if (c.latitude() != null) {
                item.add("location", JSON.createObjectBuilder().add("lat", c.latitude()).add("lon", c.longitude()));
            }
            items.add(item);
        }
        JsonObjectBuilder reply = JSON.createObjectBuilder()
                .add("items", items)
                .add("page", result.page())
                .add("pageSize", result.pageSize())
                .add("total", result.total());
        if (wardCode != null) {
            reply.add("sensitiveCount", concerns.sensitiveCount(wardCode));
        }
        return Response.ok(reply.build().toString()).build();
    }

    /**
     * A public read from the {@link PublicCache} while nothing has changed, else rendered and kept (only a 200 is);
     * with its entity tag, and a 304 when the client already has it. The JSON holds both languages, so the
     * language of the request is not part of the key (problems, which are in its language, are never kept).
     */
    private Response cached(String key, Supplier<Response> render) {
        PublicCache cache = PublicCache.shared();
        Optional<PublicCache.Entry> hit = cache.get(key);
        if (hit.isPresent()) {
            return tagged(hit.get());
        }
        long version = PublicCache.version();
        Response rendered = render.get();
        if (rendered.getStatus() != 200 || !(rendered.getEntity() instanceof String body)) {
            return rendered;
        }
        return tagged(cache.put(key, body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON, version));
    }

    private Response tagged(PublicCache.Entry entry) {
        EntityTag tag = new EntityTag(entry.etag().substring(1, entry.etag().length() - 1));
        Response.ResponseBuilder r = entry.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))
                ? Response.notModified(tag) : Response.ok(entry.body(), MediaType.APPLICATION_JSON_TYPE).tag(tag);
        return r.header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** A hidden or merged concern: its reference, status and the public reason, or the concern it was merged into. */
    private JsonObjectBuilder withdrawn(ConcernView c) {
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("reference", c.reference())
                .add("status", c.status().name().toLowerCase(Locale.ROOT))
                .add("publication", c.publication().name().toLowerCase(Locale.ROOT))
                .add("url", settings.getBaseUrl() + "/concerns/view.xhtml?ref=" + c.reference());
        if (c.hiddenReason() != null) {
            o.add("hiddenReason", JSON.createObjectBuilder().add("en", c.hiddenReason().en()).add("cy", c.hiddenReason().cy()));
        }
        if (c.mergedInto() != null) {
            o.add("mergedInto", c.mergedInto());
        }
        return o;
    }

    private JsonObjectBuilder json(ConcernView c) {
        JsonArrayBuilder history = JSON.createArrayBuilder();
        c.history().forEach(h -> history.add(JSON.createObjectBuilder()
                .add("status", h.status().name().toLowerCase(Locale.ROOT))
                .add("at", h.at().toString())));
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("reference", c.reference())
                .add("category", code(c.categoryCode(), c.categoryName()))
                .add("ward", code(c.ward().code(), c.ward().name()))
                .add("localAuthority", code(c.ward().authorityCode(), c.ward().authorityName()))
                .add("status", c.status().name().toLowerCase(Locale.ROOT))
                .add("publication", c.publication().name().toLowerCase(Locale.ROOT))
                .add("description", c.description())
                .add("language", c.language().code())
                .add("createdAt", c.createdAt().toString())
                .add("history", history)
                .add("url", settings.getBaseUrl() + "/concerns/view.xhtml?ref=" + c.reference());
        if (c.locationText() != null) {
            o.add("locationText", c.locationText());
        }
        if (c.hasPin()) {
            o.add("location", JSON.createObjectBuilder().add("lat", c.latitude()).add("lon", c.longitude()));
        }
        if (c.hasPhoto()) {
            o.add("photo", settings.getBaseUrl() + "/photos/" + c.reference());
        }
        concerns.idOf(c.reference()).flatMap(routing::holder).ifPresent(t -> o.add("agency",
                JSON.createObjectBuilder().add("en", t.partnerName().en()).add("cy", t.partnerName().cy())));
        return o;
    }

    static JsonObjectBuilder code(String code, BilingualText name) {
        return JSON.createObjectBuilder().add("code", code)
                .add("name", JSON.createObjectBuilder().add("en", name.en()).add("cy", name.cy()));
    }

    private static String safeguarding(Language l) {
        cymru.llais.i18n.Messages m = cymru.llais.i18n.Messages.get();
        return String.join(" ", m.format(l, "safeguarding.emergency"), m.format(l, "safeguarding.nonEmergency"),
                m.format(l, "safeguarding.liveFearFree"));
    }

    private static String apiField(Violation v) {
        return switch (v.field()) {
            case "place" -> "lat";
            default -> v.field();
        };
    }

    /** A field as text, whether the client sent a string or a number; null when absent or null. */
    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> json.getString(name);
            case NUMBER -> json.getJsonNumber(name).toString();
            default -> throw new IllegalArgumentException(name + " is not text");
        };
    }

    private static boolean isTextOrNumber(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING, NUMBER, NULL -> true;
            default -> false;
        };
    }
}
