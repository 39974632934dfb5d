package cymru.llais.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Security headers on every response, and the first line of CSRF defence: a state-changing
 * request that a browser marks as coming from another site is refused before it reaches the
 * application. (Faces forms carry a server-side view state token as the second line, and the
 * JSON API accepts only application/json, which a cross-site form cannot send.)
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", settings.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "geolocation=(self), camera=(), microphone=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request) && !isOneClickUnsubscribe(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * RFC 8058's one-click unsubscribe: a mail provider posts exactly {@code List-Unsubscribe=One-Click} to the
     * signed link of the {@code List-Unsubscribe} header, from its own site. Only that exact form is let through
     * without the cross-site check; the token in the link is what authorises it.
     */
    public static boolean isOneClickUnsubscribe(HttpServletRequest request) {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || !"/unsubscribe.xhtml".equals(request.getServletPath())
                || type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        String[] values = request.getParameterValues("List-Unsubscribe");
        String[] tokens = request.getParameterValues("token");
        return values != null && values.length == 1 && "One-Click".equals(values[0]) && tokens != null && tokens.length == 1
                && Set.of("List-Unsubscribe", "token", "lang").containsAll(request.getParameterMap().keySet());
    }

    private boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isEmpty()) {
            return false;
        }
        return !origin.equalsIgnoreCase(ownOrigin(request)) && !origin.equalsIgnoreCase(settings.publicOrigin());
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
