package cymru.llais.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for the integration tests: one cookie jar per instance, like one browser. */
public final class Http {

    private final HttpClient client;
    private final String base;
    private final java.util.List<String> always = new java.util.ArrayList<>();

    public Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1 as browsers speak it over http://: the client's default (HTTP/2) asks for an h2c upgrade on
                // each new connection, and a POST on such a connection failed now and then with "EOF reached while reading"
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * In the integration tests (failsafe allows the header) every request has a connection of its own: a POST sent on a
     * kept-alive connection that the server was closing at that moment failed with "EOF reached while reading" (the
     * client retries only GETs), on a loaded machine, in a different test each time. Benchmarks keep their connections.
     */
    private static final boolean CLOSE = System.getProperty("jdk.httpclient.allowRestrictedHeaders", "")
            .toLowerCase(java.util.Locale.ROOT).contains("connection");

    private static HttpRequest.Builder closing(HttpRequest.Builder b) {
        return CLOSE ? b.setHeader("Connection", "close") : b;
    }

    /** Sends this header with every request, e.g. X-Forwarded-For to act as another client. */
    public Http always(String name, String value) {
        always.add(name);
        always.add(value);
        return this;
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (!always.isEmpty()) {
            b.headers(always.toArray(String[]::new));
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(closing(b).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!always.isEmpty()) {
            b.headers(always.toArray(String[]::new));
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(closing(b).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) throws IOException, InterruptedException {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Posts form fields as multipart/form-data, as a browser posts a form with a file input. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, byte[] file,
                                              String... headers) throws IOException, InterruptedException {
        String boundary = "----llais" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileField != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + (file == null ? "" : "photo.jpg") + "\"\r\nContent-Type: "
                    + (file == null ? "application/octet-stream" : "image/jpeg") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            if (file != null) {
                out.writeBytes(file);
            }
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), headers);
    }

    /** A file of a multipart form: the input's name, the file's name and its bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    /** Posts form fields and any number of files (several with the same field for {@code <input type="file" multiple>}). */
    public HttpResponse<String> postFiles(String path, Map<String, String> fields, java.util.List<FilePart> files,
                                          String... headers) throws IOException, InterruptedException {
        String boundary = "----llais" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (FilePart file : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), headers);
    }

    public String url(String path) {
        return path.startsWith("http") ? path : base + (path.startsWith("/") ? path : "/" + path);
    }

    /** The Faces view state of a page. */
    public static String viewState(String html) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no view state in page");
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    /** The value of a hidden input of a page, by its id. */
    public static String hidden(String html, String id) {
        Matcher m = Pattern.compile("<input id=\"" + Pattern.quote(id) + "\" type=\"hidden\" name=\"[^\"]+\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no hidden input " + id + " in page");
        }
        return m.group(1);
    }

    public static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
