package cymru.llais.outcomes.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.StaffMember;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** Downloads the XLIFF 1.2 file of the member's drafts awaiting translation (behind the staff sign-in). */
@WebServlet(urlPatterns = "/staff/outcome-translations.xlf")
public class TranslationExport extends HttpServlet {

    @Inject
    CurrentStaff current;

    @Inject
    OutcomeTranslations translations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StaffMember> member = current.get();
        Optional<byte[]> file = member.flatMap(translations::export);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/x-xliff+xml;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"llais-outcomes-translation.xlf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.get().length);
        response.getOutputStream().write(file.get());
    }
}
