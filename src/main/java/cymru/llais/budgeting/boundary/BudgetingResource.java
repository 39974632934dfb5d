package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.budgeting.entity.BallotType;
import cymru.llais.budgeting.entity.Feasibility;
import cymru.llais.budgeting.entity.Project;
import cymru.llais.platform.PortalSettings;
import cymru.llais.platform.RateLimits;
import cymru.llais.platform.rest.Problem;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Participatory budgeting as JSON: a round as the public sees it, and casting a ballot with a household's voting
 * code. The ballot goes through {@link Budgeting#voteWithCode}, the same rules and the same ballot box as the ballot
 * page; 201 comes only after the commit, and every refusal is a problem body with nothing stored.
 * <p>
 * One instance for the application: made per request, the resource and the injection of its fields cost about a
 * tenth of a ballot's time in the portal. The headers in the field are Jersey's per-request proxy, so every
 * request still reads its own; the ballot takes its servlet request as a parameter, without a proxy's cost.
 */
@ApplicationScoped
@Path("budgeting/rounds")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetingResource {

    /** A ballot is a code and a few project ids: far below this. */
    static final int MAX_BODY = 16 * 1024;
    private static final long DRAIN_LIMIT = 1024L * 1024;
    /** A choice the rules refuse whatever the round: not a project id, or not a whole number of points. */
    private static final long NOT_A_PROJECT = -1;
    private static final int NOT_POINTS = -1;
    /**
     * Looked up once: {@code Json.createReader} and its kind look the provider up with a ServiceLoader on every
     * call, a scan of the class path that serialised the requests on a jar's lock under load.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    Budgeting budgeting;

    @Inject
    RateLimits limits;

    @Inject
    PortalSettings settings;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}")
    public Response round(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Language language = language(lang);
        Optional<Budgeting.RoundView> found = budgeting.round(Ids.parse(id));
        if (found.isEmpty()) {
            return Problem.of(404, "round-not-found", language);
        }
        Budgeting.RoundView r = found.get();
        JsonArrayBuilder projects = JSON.createArrayBuilder();
        for (Project p : budgeting.publicProjects(r.id(), Feasibility.FEASIBLE)) {
            projects.add(JSON.createObjectBuilder().add("id", p.getId()).add("cost", p.getCost())
                    .add("title", JSON.createObjectBuilder().add("en", p.title(Language.EN)).add("cy", p.title(Language.CY))));
        }
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("id", r.id())
                .add("title", JSON.createObjectBuilder().add("en", r.title(Language.EN)).add("cy", r.title(Language.CY)))
                .add("area", JSON.createObjectBuilder().add("code", r.round().getAreaCode())
                        .add("name", JSON.createObjectBuilder().add("en", r.areaName().en()).add("cy", r.areaName().cy())))
                .add("phase", r.phase().name().toLowerCase(Locale.ROOT))
                .add("budget", r.round().getBudget())
                .add("ballotType", r.round().getBallotType().name().toLowerCase(Locale.ROOT))
                .add("projects", projects);
        if (r.round().getBallotType() == BallotType.APPROVAL) {
            o.add("maxProjects", r.round().getMaxProjects());
        }
        if (r.round().getBallotType() == BallotType.CUMULATIVE) {
            o.add("points", r.round().getPoints());
        }
        return Response.ok(o.build().toString()).build();
    }

    @POST
    @Path("{id}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cast(@PathParam("id") String id, @QueryParam("lang") String lang, @Context HttpServletRequest request,
                         InputStream body) throws IOException {
        Long roundId = Ids.parse(id);
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            body.skip(DRAIN_LIMIT);
            return Problem.of(413, "too-large", language(lang));
        }
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return Problem.of(400, "malformed-json", language(lang));
            }
            json = value.asJsonObject();
        } catch (RuntimeException e) {
            // JsonException, IllegalStateException, and the plain RuntimeException of JSON nested too deeply
            return Problem.of(400, "malformed-json", language(lang));
        }
        JsonValue code = json.get("code");
        if (code != null && code.getValueType() != JsonValue.ValueType.STRING && code.getValueType() != JsonValue.ValueType.NULL) {
            return invalid(language(lang), "code", "budgeting.api.error.codeType");
        }
        Map<Long, Integer> choices = choices(json.get("choices"));
        if (choices == null) {
            return invalid(language(lang), "choices", "budgeting.api.error.choicesType");
        }
        String typed = code == null || code.getValueType() == JsonValue.ValueType.NULL ? null : json.getString("code");
        Budgeting.VoteResult result = budgeting.voteWithCode(roundId, typed, choices, limits.client(request));
        if (result.cast()) {
            JsonObject reply = JSON.createObjectBuilder().add("receipt", result.receipt()).add("round", roundId).build();
            return Response.created(URI.create(settings.getBaseUrl() + "/budgeting/voted.xhtml?receipt=" + result.receipt()))
                    .entity(reply.toString()).build();
        }
        return refusal(result.refusal(), language(lang));
    }

    /**
     * The ballot's choices: an object of project ids to points, or (approval, knapsack) an array of project ids, each
     * one point. Ids that are not numbers and points that are not whole numbers become choices the rules refuse;
     * null when {@code choices} is neither an object nor an array.
     */
    static Map<Long, Integer> choices(JsonValue value) {
        Map<Long, Integer> choices = new LinkedHashMap<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return choices;
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : value.asJsonArray()) {
                choices.merge(id(v), 1, (a, b) -> NOT_POINTS);
            }
            return choices;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
            Long projectId = Ids.parse(e.getKey());
            choices.merge(projectId == null ? NOT_A_PROJECT : projectId, points(e.getValue()), (a, b) -> NOT_POINTS);
        }
        return choices;
    }

    private static long id(JsonValue v) {
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                return NOT_A_PROJECT;
            }
        }
        if (v.getValueType() == JsonValue.ValueType.STRING) {
            Long parsed = Ids.parse(((jakarta.json.JsonString) v).getString());
            return parsed == null ? NOT_A_PROJECT : parsed;
        }
        return NOT_A_PROJECT;
    }

    private static int points(JsonValue v) {
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                return NOT_POINTS;
            }
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return 1;
        }
        if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return 0;
        }
        return NOT_POINTS;
    }

    /** The status and problem for each refusal of {@link Budgeting#voteWithCode}. */
    private Response refusal(String key, Language language) {
        return switch (key) {
            case "budgeting.error.notFound" -> Problem.of(404, "round-not-found", language);
            case "budgeting.vote.error.notVoting" -> problem(409, "not-voting", language, null, key);
            case "budgeting.vote.error.unknownCode" -> problem(403, "unknown-voting-code", language, "code", key);
            case "budgeting.vote.error.alreadyVoted" -> problem(409, "already-voted", language, "code", key);
            case "budgeting.vote.error.tooManyCodes" -> Response.fromResponse(problem(429, "too-many-voting-codes", language, "code", key))
                    .header("Retry-After", limits.retryAfterSeconds(RateLimits.Kind.UNKNOWN_VOTING_CODE)).build();
            case "budgeting.vote.error.codeRequired" -> invalid(language, "code", key);
            default -> invalid(language, "choices", key);
        };
    }

    private static Response invalid(Language language, String field, String key) {
        return problem(422, "invalid-ballot", language, field, key);
    }

    private static Response problem(int status, String slug, Language language, String field, String key) {
        return Problem.of(status, slug, language, List.of(new Problem.FieldError(field == null ? "round" : field, key, List.of())));
    }

    /** The caller's language: {@code ?lang=}, else Accept-Language; worked out only for an answer that has words. */
    private Language language(String lang) {
        return Language.fromCode(lang == null ? null : lang.strip().toLowerCase(Locale.ROOT))
                .orElseGet(() -> Problem.language(headers));
    }
}
