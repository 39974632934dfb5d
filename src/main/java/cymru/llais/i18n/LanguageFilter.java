package cymru.llais.i18n;

import cymru.llais.shared.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Chooses each request's language: an explicit {@code ?lang=cy|en} (the language switch) wins
 * and is remembered in a cookie; then the cookie; then the browser's Accept-Language; English last.
 * The request's locale is set to it, so Faces renders the view in that language.
 */
@WebFilter(filterName = "language", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR,
                jakarta.servlet.DispatcherType.FORWARD})
public class LanguageFilter extends HttpFilter {

    public static final String ATTRIBUTE = "llais.language";
    public static final String COOKIE = "llais_lang";
    public static final String PARAMETER = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Language language = choose(request, response);
        request.setAttribute(ATTRIBUTE, language);
        chain.doFilter(new LocalisedRequest(request, language.locale()), response);
    }

    private Language choose(HttpServletRequest request, HttpServletResponse response) {
        Object already = request.getAttribute(ATTRIBUTE);
        if (already instanceof Language l) {
            return l;
        }
        String explicit = request.getQueryString() == null ? null : firstParameter(request.getQueryString());
        var fromParameter = Language.fromCode(explicit);
        if (fromParameter.isPresent()) {
            remember(request, response, fromParameter.get());
            return fromParameter.get();
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    var fromCookie = Language.fromCode(c.getValue());
                    if (fromCookie.isPresent()) {
                        return fromCookie.get();
                    }
                }
            }
        }
        if (request.getHeader("Accept-Language") != null) {
            return Language.preferred(Collections.list(request.getLocales()));
        }
        return Language.EN;
    }

    /** Reads {@code lang} from the query string only, so that reading it never consumes a form body. */
    private static String firstParameter(String query) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && PARAMETER.equals(pair.substring(0, eq))) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    private static void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static final class LocalisedRequest extends HttpServletRequestWrapper {
        private final Locale locale;

        LocalisedRequest(HttpServletRequest request, Locale locale) {
            super(request);
            this.locale = locale;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(locale));
        }
    }
}
