package cymru.llais.outcomes.boundary;

import cymru.llais.i18n.LanguageFilter;
import cymru.llais.outcomes.entity.Quarter;
import cymru.llais.platform.PortalSettings;
import cymru.llais.shared.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * A ward's quarterly summary as a PDF, {@code /outcomes/quarter.pdf?ward=W05000857&q=2026-Q3&lang=cy}, in the
 * request's language (as every page: {@code ?lang=}, the cookie, or the browser's). An unknown ward is not found
 * (404), a quarter that is not one a bad request (400): both answered with the portal's error page.
 */
@WebServlet("/outcomes/quarter.pdf")
public class QuarterPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    QuarterlySummaries summaries;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        Optional<Quarter> quarter = q == null || q.isBlank() ? Optional.of(summaries.current()) : Quarter.parse(q);
        if (quarter.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<QuarterlySummaries.Summary> summary = summaries.of(request.getParameter("ward"), quarter.get());
        if (summary.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = request.getAttribute(LanguageFilter.ATTRIBUTE) instanceof Language l ? l : Language.EN;
        String base = settings.getBaseUrl().replaceAll("/+$", "") + request.getContextPath();
        QuarterlySummaries.Summary s = summary.get();
        byte[] pdf = new QuarterPdf(language, settings.siteName(language), base + "/outcomes/view.xhtml?id=").write(s);
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        // ward codes and quarter codes are ASCII letters, digits and hyphens: nothing to escape in the name
        response.setHeader("Content-Disposition", "attachment; filename=\"llais-" + s.ward().code() + "-" + s.quarter().code()
                + "-" + language.code() + ".pdf\"");
        response.getOutputStream().write(pdf);
    }
}
