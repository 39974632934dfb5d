package cymru.llais.concerns.boundary;

import cymru.llais.concerns.entity.ConcernPhoto;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** Serves the re-encoded photo of a public concern at /photos/{reference}. */
@WebServlet(urlPatterns = "/photos/*")
public class PhotoServlet extends HttpServlet {

    @Inject
    Concerns concerns;

    @Inject
    ReportedInSession reported;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String reference = path == null ? "" : path.substring(1);
        Optional<ConcernPhoto> photo = concerns.publicPhoto(reference, reported.contains(reference));
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] data = photo.get().getData();
        response.setContentType(photo.get().getContentType());
        response.setContentLength(data.length);
        // a councillor may hide a concern later: shared caches keep it for a short while only
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getOutputStream().write(data);
    }
}
