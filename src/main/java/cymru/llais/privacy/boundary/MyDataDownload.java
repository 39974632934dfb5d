package cymru.llais.privacy.boundary;

import cymru.llais.accounts.boundary.CurrentResident;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The download of "My data": every piece of personal data the portal holds about the signed-in resident,
 * as one JSON file. Only for the resident themselves (the /account/ area is for residents), never cached.
 */
@WebServlet("/account/my-data.json")
public class MyDataDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentResident current;

    @Inject
    PersonalData personalData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<JsonObject> data = current.get().flatMap(r -> personalData.export(r.id()));
        if (data.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"llais-my-data.json\"");
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            writer.writeObject(data.get());
        }
    }
}
