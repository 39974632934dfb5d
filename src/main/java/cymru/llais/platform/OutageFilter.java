package cymru.llais.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Logger;

/** While the database cannot be reached, pages answer 503 with the bilingual "try again shortly" page. */
@WebFilter(filterName = "outage", urlPatterns = "*.xhtml", asyncSupported = true)
public class OutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (Outages.isTemporary(e) && !response.isCommitted()) {
                LOG.warning("Llais: database unreachable, answering 503");
                response.resetBuffer();
                response.setHeader("Retry-After", "30");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            throw e;
        }
    }
}
