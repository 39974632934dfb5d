package cymru.llais.budgeting.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Serves a proposal's photo: at /budgeting/proposal-photos/{id} to anyone once the proposal is public; at
 * /councillor/proposal-photos/{id} (behind the councillors' sign-in) also a held one's, to the moderators of its area.
 */
@WebServlet(urlPatterns = {"/budgeting/proposal-photos/*", "/councillor/proposal-photos/*"})
public class ProposalPhotoServlet extends HttpServlet {

    @Inject
    Proposals proposals;

    @Inject
    CurrentStaff current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Long id = path != null && path.matches("/\\d{1,18}") ? Long.valueOf(path.substring(1)) : null;
        boolean moderator = request.getServletPath().startsWith("/councillor/");
        Optional<Proposals.Image> photo = id == null ? Optional.empty()
                : moderator ? current.get().flatMap(m -> proposals.moderatorPhoto(m, id)) : proposals.publicPhoto(id);
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] data = photo.get().data();
        response.setContentType(photo.get().contentType());
        response.setContentLength(data.length);
        response.setHeader("Cache-Control", moderator ? "private, no-store" : "public, max-age=300");
        response.getOutputStream().write(data);
    }
}
