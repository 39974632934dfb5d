package cymru.llais.routing.boundary;

import cymru.llais.platform.rest.Problem;
import cymru.llais.shared.GeoPoint;
import cymru.llais.shared.Language;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/** Which ward and local authority a point lies in. */
@Path("areas")
@Produces(MediaType.APPLICATION_JSON)
public class AreasResource {

    @Inject
    Areas areas;

    @Context
    HttpHeaders headers;

    @GET
    public Response at(@QueryParam("lat") String lat, @QueryParam("lon") String lon) {
        Language language = Problem.language(headers);
        Optional<GeoPoint> point = GeoPoint.parse(lat, lon);
        if (point.isEmpty()) {
            return Problem.of(400, "bad-point", language);
        }
        if (!areas.inWales(point.get())) {
            return Problem.of(404, "outside-wales", language);
        }
        Optional<WardInfo> ward = areas.wardAt(point.get());
        if (ward.isEmpty()) {
            return Problem.of(404, "no-ward", language);
        }
        WardInfo w = ward.get();
        JsonObjectBuilder reply = Json.createObjectBuilder()
                .add("ward", named(w.code(), w.name().en(), w.name().cy()))
                .add("localAuthority", named(w.authorityCode(), w.authorityName().en(), w.authorityName().cy()));
        return Response.ok(reply.build().toString()).build();
    }

    private static JsonObjectBuilder named(String code, String en, String cy) {
        return Json.createObjectBuilder().add("code", code)
                .add("name", Json.createObjectBuilder().add("en", en).add("cy", cy));
    }
}
