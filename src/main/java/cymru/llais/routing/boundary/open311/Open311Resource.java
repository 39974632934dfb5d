package cymru.llais.routing.boundary.open311;

import cymru.llais.platform.RateLimits;
import cymru.llais.concerns.boundary.CategoryView;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.NewConcern;
import cymru.llais.concerns.boundary.PublicConcern;
import cymru.llais.concerns.boundary.PublicQuery;
import cymru.llais.concerns.boundary.ReportResult;
import cymru.llais.concerns.control.Violation;
import cymru.llais.i18n.Messages;
import cymru.llais.platform.PortalSettings;
import cymru.llais.routing.boundary.ApiClients;
import cymru.llais.routing.boundary.Routing;
import cymru.llais.routing.boundary.TeamInfo;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Open311 GeoReport v2 API: discovery, services (our public categories), service definitions,
 * and service requests (our public concerns) to list, read and submit, each in JSON or XML as the
 * address's extension says. Reading is open; submitting needs an {@code api_key} that the partnership
 * administrator issued. Sensitive categories and their concerns never appear here, and cannot be
 * reported here: their reporters need the portal's safeguarding advice.
 * <p>
 * One instance for the application, not one per request; the request, headers and URI in its fields are Jersey's
 * per-request proxies, so each request reads its own.
 */
@ApplicationScoped
@Path("")
public class Open311Resource {

    /** Looked up once: {@code Json.createReader} and its kind look the provider up with a ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String JURISDICTION = "cymru.llais";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this API last changed, as discovery tells clients. */
    static final String CHANGESET = "2026-11-25T00:00:00Z";
    /** A form with a 4,000-character description, encoded, fits well within this. */
    static final int MAX_BODY = 64 * 1024;
    private static final long DRAIN_LIMIT = 8L * 1024 * 1024;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** The rules' messages that speak of the portal's form, said instead in the API's terms. */
    private static final Map<String, String> API_WORDING = Map.of(
            "concerns.error.category.required", "open311.error.service.required",
            "concerns.error.category.unknown", "open311.error.service.unknown",
            "concerns.error.place.required", "open311.error.place.required",
            "concerns.error.ward.unknown", "open311.error.place.required",
            "concerns.error.place.notNumber", "open311.error.place.notNumber",
            "concerns.error.place.outsideWales", "open311.error.place.outsideWales",
            "concerns.error.place.noWard", "open311.error.place.noWard",
            "concerns.error.locationText.tooLong", "open311.error.address.tooLong");

    @Inject
    Concerns concerns;

    @Inject
    ApiClients clients;

    @Inject
    Routing routing;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    @Inject
    RateLimits rateLimits;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("discovery.{format:json|xml}")
    public Response discovery(@PathParam("format") String extension, @QueryParam("locale") String locale) {
        Open311Format format = format(extension);
        Language language = language(headers, locale);
        Messages m = Messages.get();
        JsonObjectBuilder endpoint = JSON.createObjectBuilder()
                .add("specification", SPECIFICATION)
                .add("url", settings.getBaseUrl() + "/open311/v2")
                .add("changeset", CHANGESET)
                .add("type", "production")
                .add("formats", JSON.createArrayBuilder().add("application/json").add("text/xml"));
        JsonObjectBuilder discovery = JSON.createObjectBuilder()
                .add("changeset", CHANGESET)
                .add("contact", m.format(language, "open311.discovery.contact"))
                .add("key_service", m.format(language, "open311.discovery.keyService"))
                .add("endpoints", JSON.createArrayBuilder().add(endpoint));
        return answer(format, language, "discovery", discovery.build());
    }

    @GET
    @Path("services.{format:json|xml}")
    public Response services(@PathParam("format") String extension, @QueryParam("jurisdiction_id") String jurisdiction,
                             @QueryParam("locale") String locale) {
        Open311Format format = format(extension);
        Language language = language(headers, locale);
        Optional<Response> refused = jurisdiction(jurisdiction, format, language);
        if (refused.isPresent()) {
            return refused.get();
        }
        JsonArrayBuilder services = JSON.createArrayBuilder();
        concerns.publicCategories().forEach(c -> services.add(service(c, language)));
        return answer(format, language, "services", services.build());
    }

    @GET
    @Path("services/{code:[^/]+?}.{format:json|xml}")
    public Response definition(@PathParam("code") String code, @PathParam("format") String extension,
                               @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("locale") String locale) {
        Open311Format format = format(extension);
        Language language = language(headers, locale);
        Optional<Response> refused = jurisdiction(jurisdiction, format, language);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<CategoryView> service = concerns.publicCategories().stream().filter(c -> c.code().equals(code)).findFirst();
        if (service.isEmpty()) {
            return Open311Errors.of(404, format, language, "open311.error.service.unknown");
        }
        // our services ask for nothing beyond the standard fields
        JsonObjectBuilder definition = JSON.createObjectBuilder()
                .add("service_code", service.get().code())
                .add("attributes", JsonValue.EMPTY_JSON_ARRAY);
        return answer(format, language, "service_definition", definition.build());
    }

    @GET
    @Path("requests.{format:json|xml}")
    public Response requests(@PathParam("format") String extension,
                             @QueryParam("service_request_id") String ids,
                             @QueryParam("service_code") String serviceCodes,
                             @QueryParam("status") String status,
                             @QueryParam("start_date") String startDate,
                             @QueryParam("end_date") String endDate,
                             @QueryParam("jurisdiction_id") String jurisdiction,
                             @QueryParam("locale") String locale) {
        Open311Format format = format(extension);
        Language language = language(headers, locale);
        Optional<Response> refused = jurisdiction(jurisdiction, format, language);
        if (refused.isPresent()) {
            return refused.get();
        }
        Set<String> publicCodes = concerns.publicCategories().stream().map(CategoryView::code).collect(Collectors.toSet());
        RequestFilter.Parsed filter = RequestFilter.parse(ids, serviceCodes, status, startDate, endDate, publicCodes, clock.instant());
        if (!filter.ok()) {
            return Open311Errors.of(400, format, language, filter.errorKey(), filter.arguments().toArray());
        }
        return answer(format, language, "service_requests", requests(concerns.publicConcerns(filter.query()), language));
    }

    @GET
    @Path("requests/{id:[^/]+?}.{format:json|xml}")
    public Response request(@PathParam("id") String id, @PathParam("format") String extension,
                            @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("locale") String locale) {
        Open311Format format = format(extension);
        Language language = language(headers, locale);
        Optional<Response> refused = jurisdiction(jurisdiction, format, language);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<PublicConcern> found = concerns.publicConcerns(new PublicQuery(Set.of(id), Set.of(), null, null, null, 1));
        if (found.isEmpty()) {
            return Open311Errors.of(404, format, language, "open311.error.request.notFound");
        }
        return answer(format, language, "service_requests", requests(found, language));
    }

    /**
     * A new service request, form-encoded. Names (first_name, last_name), phone, device_id, account_id,
     * address_id, attributes and media_url are accepted and ignored: the portal stores no reporter's
     * name, and fetches no media from elsewhere.
     */
    @POST
    @Path("requests.{format:json|xml}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("format") String extension, InputStream body) throws IOException {
        Open311Format format = format(extension);
        if (!rateLimits.allow(RateLimits.Kind.REPORT, request)) {
            return Response.fromResponse(Open311Errors.of(429, format, language(headers, uri.getQueryParameters().getFirst("locale")),
                    "open311.error.tooMany")).header("Retry-After", rateLimits.retryAfterSeconds(RateLimits.Kind.REPORT)).build();
        }
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            // read (and drop) a bounded rest, so that the client gets our answer rather than a reset connection
            body.skip(DRAIN_LIMIT);
            return Open311Errors.of(413, format, language(headers, uri.getQueryParameters().getFirst("locale")),
                    "open311.error.tooLarge");
        }
        Map<String, List<String>> form;
        try {
            form = FormBody.parse(bytes);
        } catch (IllegalArgumentException e) {
            return Open311Errors.of(400, format, language(headers, uri.getQueryParameters().getFirst("locale")),
                    "open311.error.body.malformed");
        }
        Map<String, String> fields = fields(uri.getQueryParameters(), form);
        Language language = language(headers, fields.get("locale"));

        ApiClients.Check check;
        try {
            check = clients.check(fields.get("api_key"));
        } catch (jakarta.transaction.TransactionalException e) {
            // the key's last use could not be committed: the database went away in the middle; nothing is reported yet
            return jakarta.ws.rs.core.Response.fromResponse(Open311Errors.of(503, format, language, "open311.error.unavailable"))
                    .header("Retry-After", "30").build();
        }
        switch (check) {
            case MISSING -> {
                return Open311Errors.of(401, format, language, "open311.error.apiKey.missing");
            }
            case REFUSED -> {
                return Open311Errors.of(403, format, language, "open311.error.apiKey.invalid");
            }
            case ACCEPTED -> {
                // go on
            }
        }
        Optional<Response> refused = jurisdiction(fields.get("jurisdiction_id"), format, language);
        if (refused.isPresent()) {
            return refused.get();
        }
        String code = blankToNull(fields.get("service_code"));
        if (code == null) {
            return Open311Errors.of(400, format, language, "open311.error.service.required");
        }
        if (concerns.publicCategories().stream().noneMatch(c -> c.code().equals(code))) {
            // a sensitive service is refused exactly as an unknown one: its reporter must see the safeguarding advice
            return Open311Errors.of(400, format, language, "open311.error.service.unknown");
        }
        ReportResult result = concerns.report(new NewConcern(code, fields.get("lat"), fields.get("long"), null,
                fields.get("address_string"), fields.get("description"), language.code(), blankToNull(fields.get("email")),
                null, null, language));
        if (!result.accepted()) {
            List<Open311Errors.Error> errors = new ArrayList<>();
            for (Violation v : result.violations()) {
                errors.add(new Open311Errors.Error(API_WORDING.getOrDefault(v.key(), v.key()), v.arguments()));
            }
            return Open311Errors.of(400, format, language, errors);
        }
        JsonObjectBuilder created = JSON.createObjectBuilder()
                .add("service_request_id", result.reference())
                .add("service_notice", Messages.get().format(language, "open311.notice.received", result.reference()))
                .addNull("account_id");
        return answer(format, language, "service_requests", JSON.createArrayBuilder().add(created).build());
    }

    private JsonValue requests(List<PublicConcern> found, Language language) {
        Map<Long, TeamInfo> holders = routing.holders(found.stream().map(PublicConcern::id).toList());
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (PublicConcern c : found) {
            list.add(request(c, holders.get(c.id()), language));
        }
        return list.build();
    }

    private JsonObjectBuilder request(PublicConcern c, TeamInfo holder, Language language) {
        JsonObjectBuilder r = JSON.createObjectBuilder()
                .add("service_request_id", c.reference())
                .add("status", Open311Status.of(c.status()))
                // the status in the language the resident wrote in, beside their description
                .add("status_notes", Messages.get().format(c.language(), c.status().key()))
                .add("service_name", c.categoryName().in(language))
                .add("service_code", c.categoryCode())
                .add("description", c.description());
        if (holder != null) {
            r.add("agency_responsible", holder.partnerName().in(language));
        }
        r.add("requested_datetime", iso(c.createdAt()))
                .add("updated_datetime", iso(c.updatedAt()));
        if (c.locationText() != null) {
            r.add("address", c.locationText());
        }
        if (c.hasPin()) {
            r.add("lat", c.latitude()).add("long", c.longitude());
        }
        if (c.hasPhoto()) {
            r.add("media_url", settings.getBaseUrl() + "/photos/" + c.reference());
        }
        return r;
    }

    private static JsonObjectBuilder service(CategoryView c, Language language) {
        return JSON.createObjectBuilder()
                .add("service_code", c.code())
                .add("service_name", c.name().in(language))
                .add("metadata", false)
                .add("type", "realtime")
                .add("keywords", c.name().en() + ", " + c.name().cy())
                .add("group", Messages.get().format(language, "open311.service.group"));
    }

    private Open311Format format(String extension) {
        return Open311Format.of(extension).orElseThrow(NotFoundException::new);
    }

    private static Optional<Response> jurisdiction(String jurisdiction, Open311Format format, Language language) {
        if (jurisdiction == null || jurisdiction.isBlank() || JURISDICTION.equals(jurisdiction.strip())) {
            return Optional.empty();
        }
        return Optional.of(Open311Errors.of(404, format, language, "open311.error.jurisdiction.unknown", JURISDICTION));
    }

    private static Response answer(Open311Format format, Language language, String root, JsonValue value) {
        return Response.ok(format.render(root, value))
                .type(format.mediaType())
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    /** ISO 8601 in UTC to the second, as Open311's date-times are. */
    static String iso(Instant instant) {
        return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** The language of the answer: a {@code locale} parameter the portal speaks, else Accept-Language, else English. */
    static Language language(HttpHeaders headers, String locale) {
        List<Locale> preferred = new ArrayList<>();
        if (locale != null && !locale.isBlank()) {
            preferred.add(Locale.forLanguageTag(locale.strip().replace('_', '-')));
        }
        try {
            if (headers != null) {
                preferred.addAll(headers.getAcceptableLanguages());
            }
        } catch (RuntimeException malformed) {
            // an Accept-Language that cannot be read counts as none
        }
        return Language.preferred(preferred);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The first value of each field, from the query (as Open311's description has it) or the form body, which wins. */
    static Map<String, String> fields(MultivaluedMap<String, String> query, Map<String, List<String>> form) {
        Map<String, String> fields = new HashMap<>();
        query.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        form.forEach((name, values) -> fields.put(name, values.get(0)));
        return fields;
    }
}
