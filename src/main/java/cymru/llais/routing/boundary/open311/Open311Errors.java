package cymru.llais.routing.boundary.open311;

import cymru.llais.i18n.Messages;
import cymru.llais.platform.Outages;
import cymru.llais.shared.Language;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every refusal of the Open311 API in the specification's error format, with the HTTP status set:
 * {@code [{"code":400,"description":"..."}]} or {@code <errors><error><code>400</code><description>...}.
 * Descriptions are in the language the client asked for. Never a stack trace, never an HTML page.
 */
public final class Open311Errors {

    /** Looked up once: {@code Json.createReader} and its kind look the provider up with a ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(Open311Errors.class.getName());

    /** What JAX-RS itself refuses (unknown address, wrong method, wrong content type...), by status. */
    private static final Map<Integer, String> BY_STATUS = Map.of(
            400, "open311.error.badRequest",
            401, "open311.error.apiKey.missing",
            403, "open311.error.apiKey.invalid",
            404, "open311.error.notFound",
            405, "open311.error.method",
            406, "open311.error.notAcceptable",
            413, "open311.error.tooLarge",
            415, "open311.error.contentType",
            503, "open311.error.unavailable");
    private static final String INTERNAL = "open311.error.internal";

    /** One error: the bundle key of its description and the description's arguments. */
    record Error(String key, List<Object> arguments) {
        static Error of(String key, Object... arguments) {
            return new Error(key, List.of(arguments));
        }
    }

    private Open311Errors() {
    }

    static Response of(int status, Open311Format format, Language language, List<Error> errors) {
        Messages m = Messages.get();
        JsonArrayBuilder list = JSON.createArrayBuilder();
        List<String> seen = new ArrayList<>();
        for (Error e : errors) {
            String description = m.format(language, e.key(), e.arguments().toArray());
            if (!seen.contains(description)) {
                seen.add(description);
                list.add(JSON.createObjectBuilder().add("code", status).add("description", description));
            }
        }
        return Response.status(status)
                .type(format.mediaType())
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(format.render("errors", list.build()))
                .build();
    }

    static Response of(int status, Open311Format format, Language language, String key, Object... arguments) {
        return of(status, format, language, List.of(Error.of(key, arguments)));
    }

    private static Language language(HttpHeaders headers, UriInfo uri) {
        String locale = uri == null ? null : uri.getQueryParameters().getFirst("locale");
        return Open311Resource.language(headers, locale);
    }

    /** Errors that JAX-RS raises before or around our methods. */
    public static class WebErrors implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original == null ? 500 : original.getStatus();
            Open311Format format = Open311Format.ofPath(uri == null ? null : uri.getPath());
            if (status >= 500 && status != 503) {
                LOG.log(Level.WARNING, "Open311 API error", e);
                return of(500, format, language(headers, uri), INTERNAL);
            }
            Response.ResponseBuilder answer = Response.fromResponse(of(status, format, language(headers, uri),
                    BY_STATUS.getOrDefault(status, "open311.error.badRequest")));
            if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
                answer.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
            }
            return answer.build();
        }
    }

    /** Anything else: logged for us, a plain 500 (or 503 while the database is down) for the client. */
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e, headers, uri);
        }
    }

    /**
     * A transaction that failed at its commit (often: the database went away). Jersey's own mapper for these, which
     * would win over {@link Unexpected} as the closer type, throws them on to the container (an HTML 500 page): this one
     * takes precedence by its priority.
     */
    @jakarta.annotation.Priority(1)
    public static class Transactions implements ExceptionMapper<jakarta.transaction.TransactionalException> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(jakarta.transaction.TransactionalException e) {
            return unexpected(e, headers, uri);
        }
    }

    static Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Open311Format format = Open311Format.ofPath(uri == null ? null : uri.getPath());
        if (Outages.isTemporary(e)) {
            return Response.fromResponse(of(503, format, language(headers, uri), BY_STATUS.get(503)))
                    .header("Retry-After", "30").build();
        }
        if (cymru.llais.platform.rest.ProblemMappers.isClientFault(e)) {
            return of(400, format, language(headers, uri), BY_STATUS.get(400));
        }
        LOG.log(Level.SEVERE, "Unexpected Open311 API error", e);
        return of(500, format, language(headers, uri), INTERNAL);
    }
}
