package cymru.llais.notify.boundary;

import cymru.llais.i18n.Messages;
import cymru.llais.platform.SecurityHeadersFilter;
import cymru.llais.shared.Language;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * RFC 8058 one-click unsubscribe: a mail provider posts {@code List-Unsubscribe=One-Click} to the link of an
 * e-mail's {@code List-Unsubscribe} header. Answered here, in both languages, before Faces (which would want a
 * view state); a bad link changes nothing. Every other request to the page goes on to Faces.
 */
@WebFilter(filterName = "oneClickUnsubscribe", urlPatterns = "/unsubscribe.xhtml", asyncSupported = true)
public class OneClickUnsubscribe extends HttpFilter {

    @Inject
    Notifications notifications;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SecurityHeadersFilter.isOneClickUnsubscribe(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean done;
        try {
            done = notifications.unsubscribe(request.getParameter("token"), false);
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        String key = done ? "notify.unsubscribe.done" : "notify.unsubscribe.invalid";
        Messages m = Messages.get();
        response.setStatus(done ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Language", "cy, en");
        response.getOutputStream().write((m.format(Language.CY, key) + "\n\n" + m.format(Language.EN, key) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
