package cymru.llais.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error of the API as a problem body; never a stack trace, never an HTML page. */
public final class ProblemMappers {

    /**
     * The client's fault, not ours: a body that ends before its Content-Length (an IOException while reading it), or a
     * header Jersey cannot parse (its HeaderValueException). A 400, not a 500.
     */
    public static boolean isClientFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException || t.getClass().getName().endsWith(".HeaderValueException")) {
                return true;
            }
        }
        return false;
    }

    private static final Map<Integer, String> SLUGS = Map.of(
            400, "bad-request", 401, "unauthorised", 403, "forbidden", 404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 413, "too-large", 415, "unsupported-media-type",
            429, "too-many-requests", 503, "unavailable");

    private ProblemMappers() {
    }

    /** Errors that JAX-RS itself raises (unknown path, wrong method, wrong content type...). */
    @Provider
    public static class WebErrors implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original != null && original.hasEntity() && Problem.MEDIA_TYPE.equals(String.valueOf(original.getMediaType()))) {
                return original;
            }
            int status = original == null ? 500 : original.getStatus();
            if (status >= 500) {
                Logger.getLogger(ProblemMappers.class.getName()).log(Level.WARNING, "API error", e);
                return Problem.of(500, "internal", Problem.language(headers));
            }
            return Problem.of(status, SLUGS.getOrDefault(status, "bad-request"), Problem.language(headers));
        }
    }

    /** Anything else: logged for us, a plain 500 problem for the client. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e, headers);
        }
    }

    /**
     * A transaction that failed at its commit (often: the database went away). Jersey's own mapper for these, which
     * would win over {@link Unexpected} as the closer type, throws them on to the container (an HTML 500 page): this one
     * takes precedence by its priority.
     */
    @Provider
    @jakarta.annotation.Priority(1)
    public static class Transactions implements ExceptionMapper<jakarta.transaction.TransactionalException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.transaction.TransactionalException e) {
            return unexpected(e, headers);
        }
    }

    static Response unexpected(Throwable e, HttpHeaders headers) {
        if (cymru.llais.platform.Outages.isTemporary(e)) {
            return Response.fromResponse(Problem.of(503, "unavailable", Problem.language(headers)))
                    .header("Retry-After", "30").build();
        }
        if (isClientFault(e)) {
            return Problem.of(400, "bad-request", Problem.language(headers));
        }
        Logger.getLogger(ProblemMappers.class.getName()).log(Level.SEVERE, "Unexpected API error", e);
        return Problem.of(500, "internal", Problem.language(headers));
    }
}
