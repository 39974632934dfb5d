package cymru.llais.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page request the client got wrong in a way that only shows once Faces reads it: a multipart form without its
 * boundary or cut short, a character set that does not exist, a body that ends before its length. The bilingual
 * "bad request" page with 400, rendered as a plain GET (an error dispatch of the request itself would read the broken
 * body again), rather than a 500. A form whose view state has expired (or was forged) gets the bilingual "form expired"
 * page, also with 400.
 */
@WebFilter(filterName = "clientFault", urlPatterns = "*.xhtml", asyncSupported = true)
public class ClientFaultFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ClientFaultFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            boolean expired = isExpiredView(e);
            if (!expired && !isClientFault(e) || response.isCommitted() || Outages.isTemporary(e)) {
                throw e;
            }
            LOG.log(Level.FINE, "bad request", e);
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            if (!expired) {
                response.setHeader("Connection", "close");
            }
            request.getRequestDispatcher(expired ? "/error/expired.xhtml" : "/error/400.xhtml")
                    .forward(new UploadLimitFilter.WithoutBody(request), response);
        }
    }

    /** A form posted with a view state this portal does not hold (expired, forged, from another server's memory). */
    static boolean isExpiredView(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    static boolean isClientFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (t instanceof UnsupportedEncodingException || t instanceof java.nio.charset.UnsupportedCharsetException
                    || t instanceof java.nio.charset.IllegalCharsetNameException || t instanceof java.io.EOFException
                    || name.contains("FileUpload") || name.contains("InvalidContentType")
                    || t instanceof ServletException && message.contains("multipart")) {
                return true;
            }
        }
        return false;
    }
}
