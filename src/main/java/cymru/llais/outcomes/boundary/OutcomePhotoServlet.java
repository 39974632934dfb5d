package cymru.llais.outcomes.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Serves an outcome's photo: at /outcome-photos/{id} to anyone once the outcome is published; at
 * /staff/outcome-photos/{id} (behind the staff sign-in) also a draft's, to its partner's staff only.
 */
@WebServlet(urlPatterns = {"/outcome-photos/*", "/staff/outcome-photos/*"})
public class OutcomePhotoServlet extends HttpServlet {

    @Inject
    OutcomePhotos photos;

    @Inject
    CurrentStaff current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Long id = null;
        if (path != null && path.matches("/\\d{1,18}")) {
            id = Long.valueOf(path.substring(1));
        }
        Optional<OutcomePhotos.Image> photo = id == null ? Optional.empty() : photos.photo(id,
                request.getServletPath().startsWith("/staff/") ? current.get() : Optional.empty());
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] data = photo.get().data();
        response.setContentType(photo.get().contentType());
        response.setContentLength(data.length);
        // a draft's photo is for its partner's staff only: no shared cache keeps it
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getOutputStream().write(data);
    }
}
