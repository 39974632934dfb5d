package cymru.llais.outcomes.boundary;

import cymru.llais.i18n.LanguageFilter;
import cymru.llais.platform.cache.PublicCache;
import cymru.llais.shared.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The public "you said, we did" board for anonymous visitors, rendered once and served from the
 * {@link PublicCache} until the data changes (or a few seconds pass), with an entity tag so that a browser that has
 * the page gets a 304. Only a plain GET with no cookie but the language's, no session and no {@code lang} switch
 * (which sets a cookie) is cached, and never a page with a Faces form (its view state belongs to one session); the
 * key holds the language and the query, so a Welsh visitor never gets the English page. Anyone signed in, or with a session, gets the page rendered for them as before.
 */
@WebFilter(filterName = "boardCache", urlPatterns = "/outcomes/index.xhtml", asyncSupported = true)
public class BoardCache extends HttpFilter {

    /** Longer queries (a long search) are rendered each time rather than crowd the cache. */
    private static final int MAX_QUERY = 300;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Language> language = anonymousLanguage(request);
        if (language.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(language.get(), request.getQueryString());
        PublicCache cache = PublicCache.shared();
        Optional<PublicCache.Entry> hit = cache.get(key);
        if (hit.isPresent()) {
            send(request, response, hit.get(), List.of());
            return;
        }
        PublicCache.Flight flight = cache.take(key);
        if (!flight.leader()) {
            Optional<PublicCache.Entry> rendered = flight.await(WAIT_FOR_RENDER_MILLIS);
            if (rendered.isPresent()) {
                send(request, response, rendered.get(), List.of());
                return;
            }
            // the page rendered could not be shared (or took too long): this request renders its own
        }
        PublicCache.Entry entry = null;
        try {
            long version = PublicCache.version();
            Capture capture = new Capture(response);
            chain.doFilter(request, capture);
            capture.finish();
            byte[] page = capture.bytes.toByteArray();
            boolean storable = capture.status == HttpServletResponse.SC_OK && !capture.cookieSet && !capture.errorSent
                    && language.get() == request.getAttribute(LanguageFilter.ATTRIBUTE) && !tiedToSession(page);
            if (!storable) {
                if (!capture.errorSent) {
                    response.getOutputStream().write(page);
                }
                return;
            }
            entry = cache.put(key, page, capture.getContentType(), version);
            send(request, response, entry, capture.headers);
        } finally {
            cache.land(key, flight, entry);
        }
    }

    /** How long a request waits for another that is rendering the same page before it renders its own. */
    private static final long WAIT_FOR_RENDER_MILLIS = 2_000;

    /**
     * Whether a page holds a Faces view state, which belongs to the session it was rendered in. The request came
     * without a session, so one made while rendering (the portal makes one on a visitor's first page) is new and
     * holds nothing of the visitor's yet; its cookie goes to this visitor only, never into the cache.
     */
    static boolean tiedToSession(byte[] page) {
        return new String(page, StandardCharsets.ISO_8859_1).contains("jakarta.faces.ViewState");
    }

    static String key(Language language, String query) {
        return "board|" + language.code() + "|" + (query == null ? "" : query);
    }

    /**
     * The language of a request that may be served from the cache, as the {@link LanguageFilter} chooses it (the
     * cookie, then Accept-Language, then English), or empty when the response could be personal or set a cookie.
     */
    static Optional<Language> anonymousLanguage(HttpServletRequest request) {
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null || request.getSession(false) != null
                || request.getHeader("Authorization") != null
                || (query != null && (query.length() > MAX_QUERY || hasLanguageSwitch(query)))) {
            return Optional.empty();
        }
        Language fromCookie = null;
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (!LanguageFilter.COOKIE.equals(c.getName())) {
                    return Optional.empty();
                }
                fromCookie = Language.fromCode(c.getValue()).orElse(fromCookie);
            }
        }
        if (fromCookie != null) {
            return Optional.of(fromCookie);
        }
        if (request.getHeader("Accept-Language") != null) {
            return Optional.of(Language.preferred(Collections.list(request.getLocales())));
        }
        return Optional.of(Language.EN);
    }

    private static boolean hasLanguageSwitch(String query) {
        for (String pair : query.split("&")) {
            if (pair.equals(LanguageFilter.PARAMETER) || pair.startsWith(LanguageFilter.PARAMETER + "=")) {
                return true;
            }
        }
        return false;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, PublicCache.Entry entry,
                             List<String[]> headers) throws IOException {
        for (String[] h : headers) {
            response.setHeader(h[0], h[1]);
        }
        response.setHeader("ETag", entry.etag());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Language, Cookie");
        if (entry.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    /** Keeps the rendered page in memory, and the headers set while rendering it, to be replayed from the cache. */
    private static final class Capture extends HttpServletResponseWrapper {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        final List<String[]> headers = new ArrayList<>();
        int status = SC_OK;
        boolean cookieSet;
        boolean errorSent;
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        void finish() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            errorSent = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            errorSent = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            errorSent = true;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookieSet = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            record(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            record(name, value);
            super.addHeader(name, value);
        }

        private void record(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                cookieSet = true;
            } else if (!"Content-Length".equalsIgnoreCase(name)) {
                headers.removeIf(h -> h[0].equalsIgnoreCase(name));
                headers.add(new String[] {name, value});
            }
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        @Override
        public void reset() {
            bytes.reset();
            headers.clear();
            super.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("not asynchronous");
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(bytes, charset));
            }
            return writer;
        }
    }
}
