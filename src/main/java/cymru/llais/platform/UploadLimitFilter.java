package cymru.llais.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A form post larger than any form of the portal accepts (the photo limit is 5 MB, checked with a
 * message beside the field) gets the bilingual "too large" page before anything reads it.
 */
@WebFilter(filterName = "uploadLimit", urlPatterns = "*.xhtml", asyncSupported = true)
public class UploadLimitFilter extends HttpFilter {

    /** The same as the Faces servlet's multipart max-request-size in web.xml. */
    static final long MAX_REQUEST = 22_020_096L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > MAX_REQUEST) {
            // rendered as a plain GET of the error page: an error dispatch of the POST itself would make
            // Faces read the oversized body
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            request.getRequestDispatcher("/error/413.xhtml").forward(new WithoutBody(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request as a GET without a body or parameters (also for {@link ClientFaultFilter}). */
    static final class WithoutBody extends jakarta.servlet.http.HttpServletRequestWrapper {
        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getCharacterEncoding() {
            return null;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public java.util.Collection<jakarta.servlet.http.Part> getParts() {
            return java.util.List.of();
        }

        @Override
        public jakarta.servlet.http.Part getPart(String name) {
            return null;
        }
    }
}
