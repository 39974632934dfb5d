package cymru.llais.stories.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.shared.Csv;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A collection's published stories as CSV for staff ({@code /staff/stories.csv?collection=}, behind the staff
 * sign-in): signifier values, context answers and story text; no names, accounts or addresses. Unknown: 404.
 */
@WebServlet("/staff/stories.csv")
public class StoriesExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Stories stories;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Stories.CollectionView> c = stories.collection(Ids.parse(request.getParameter("collection")));
        if (c.isEmpty()) {
            response.sendError(404);
            return;
        }
        byte[] body = Csv.write(stories.export(c.get().id(), cymru.llais.stories.entity.StoryFilter.read(request.getParameter("ward"), request.getParameter("answer"), request.getParameter("from"), request.getParameter("to")).filter())).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"llais-stories-" + c.get().id() + ".csv\"");
        response.getOutputStream().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        response.getOutputStream().write(body);
    }
}
