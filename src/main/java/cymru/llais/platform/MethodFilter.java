package cymru.llais.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * A page asked for with a method no page answers (PATCH, PROPFIND, a made-up one): 405 with the bilingual "bad
 * request" page, rather than the container's 501. The APIs answer such methods themselves (405 problems).
 */
@WebFilter(filterName = "method", urlPatterns = "/*", asyncSupported = true)
public class MethodFilter extends HttpFilter {

    private static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (KNOWN.contains(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/open311/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", "GET, HEAD, POST");
        response.setHeader("Connection", "close");
        request.getRequestDispatcher("/error/400.xhtml").forward(new UploadLimitFilter.WithoutBody(request), response);
    }
}
