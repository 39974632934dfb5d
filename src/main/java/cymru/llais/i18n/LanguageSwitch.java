package cymru.llais.i18n;

import cymru.llais.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.StringJoiner;

/** The link on every page to the same page in the other language, its query parameters kept. */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentLanguage language;

    public Language getTarget() {
        return language.get().other();
    }

    public String getUrl() {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String query = null;
        if (uri == null) {
            uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        return link(uri, query, getTarget());
    }

    static String link(String uri, String query, Language target) {
        StringJoiner kept = new StringJoiner("&");
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals(LanguageFilter.PARAMETER)
                        && !pair.startsWith(LanguageFilter.PARAMETER + "=")) {
                    kept.add(pair);
                }
            }
        }
        kept.add(LanguageFilter.PARAMETER + "=" + target.code());
        return uri + "?" + kept;
    }
}
