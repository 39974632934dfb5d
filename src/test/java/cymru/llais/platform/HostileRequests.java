package cymru.llais.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Malformed and hostile HTTP requests, written byte by byte on a socket (an HTTP client library would refuse to send
 * most of them): bad percent encodings and invalid UTF-8 in paths, queries, headers and bodies; injection strings
 * (SQL, script, expression language, shell, header splitting); wrong and broken content types; bad JSON; bodies over
 * the limits; oversized headers; path traversal; garbage request lines. Each against the pages, the JSON API and the
 * Open311 API. Nothing in them is valid enough to store anything.
 */
final class HostileRequests {

    private HostileRequests() {
    }

    record Answer(int status, String body) {
    }

    static final List<String> PATHS = List.of("/", "/index.xhtml", "/concerns/index.xhtml", "/concerns/report.xhtml",
            "/concerns/view.xhtml", "/signin.xhtml", "/account/signup.xhtml", "/account/concerns.xhtml", "/outcomes/index.xhtml",
            "/budgeting/index.xhtml", "/admin/rounds.xhtml", "/api/concerns", "/api/concerns/LL-2026-000001", "/api/areas",
            "/api/budgeting/rounds/1", "/api/budgeting/rounds/1/ballots", "/open311/v2/requests.json",
            "/open311/v2/services.json", "/open311/v2/requests/LL-2026-000001.json", "/photos/LL-2026-000001",
            "/health/ready", "/resources/css/llais.css", "/open-data/index.xhtml", "/stories/index.xhtml");

    static final List<String> POST_PATHS = List.of("/api/concerns", "/api/budgeting/rounds/1/ballots", "/open311/v2/requests.json",
            "/concerns/report.xhtml", "/signin.xhtml", "/account/signup.xhtml", "/api/concerns/LL-2026-000001",
            "/open311/v2/requests.xml", "/stories/tell.xhtml", "/budgeting/vote.xhtml");

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE concern; --", "\" OR \"\"=\"", "1' UNION SELECT password FROM staff_account--",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}", "#{7*7}", "#{request.getSession().invalidate()}",
            "{{7*7}}", "`id`", "$(cat /etc/passwd)", "; ls -la", "| nc 127.0.0.1 9", "%0d%0aSet-Cookie:%20x=y",
            "\r\nX-Injected: yes", "../../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fWEB-INF%2fweb.xml",
            "..;/WEB-INF/web.xml", "/WEB-INF/web.xml", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/",
            "\u0000", "%00", "%", "%zz", "%c3%28", "%ff%fe", "%ed%a0%80", "%f8%88%80%80%80", "%e2%82", "\uFEFF", "\uD83D\uDE00",
            "AAAA".repeat(2000), "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "{\"$where\":\"1==1\"}",
            "java.lang.Runtime", "jakarta.faces.ViewState", "-1", "99999999999999999999999999", "NaN", "1e400", "0x7fffffff");

    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=ebcdic",
            "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=", "text/plain",
            "application/xml", "text/xml", "application/octet-stream", "image/png", "application/json; charset=utf-16",
            "application/*", "*/*", "", ";;;", "application/json\u0000", "application/x-java-serialized-object");

    static final List<String> JSON_BODIES = List.of("", "{", "}", "[", "null", "true", "1", "\"x\"", "{\"category\":",
            "{\"category\":null,\"description\":null}", "{\"category\":[],\"lat\":{},\"lon\":\"x\"}", "{\"code\":{\"$gt\":\"\"}}",
            "{\"code\":\"' OR 1=1 --\",\"choices\":[1]}", "{\"code\":\"AAAA-BBBB-CCCC\",\"choices\":\"all\"}",
            "{\"category\":\"fly-tipping\",\"description\":\"short\",\"lat\":91,\"lon\":200,\"language\":\"xx\"}",
            "{\"category\":\"<script>\",\"ward\":\"' OR 1=1\",\"description\":\"x\",\"language\":\"en\"}",
            "{\"category\":\"fly-tipping\",\"ward\":\"W05000857\",\"description\":\"\",\"language\":\"en\"}",
            "{\"category\":\"fly-tipping\",\"ward\":\"W05000857\",\"description\":\"Enough words here but a bad photo\",\"language\":\"en\",\"photo\":\"!!!notbase64\"}",
            "{\"category\":\"fly-tipping\",\"ward\":\"W05000857\",\"description\":\"Enough words here but a bad email\",\"language\":\"en\",\"email\":\"<a@b>\"}",
            "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}",
            "{\"a\":1,\"a\":2}", "{'single':'quotes'}", "{\"category\":\"fly-tipping\"" + ",\"x\":1".repeat(20000) + "}");

    /** {@code n} requests, the same for a given random source. */
    static List<byte[]> make(int n, Random random) {
        List<byte[]> requests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            requests.add(one(i, random));
        }
        return requests;
    }

    private static byte[] one(int i, Random r) {
        String injection = pick(r, INJECTIONS);
        return switch (i % 12) {
            // a hostile query string on a page or an API
            case 0 -> get(pick(r, PATHS) + "?" + pick(r, List.of("ref", "id", "lang", "ward", "q", "page", "category", "status",
                    "lat", "next", "service_request_id", "start_date")) + "=" + raw(injection), List.of());
            // hostile path segments and traversal
            case 1 -> get(pick(r, List.of("/concerns/", "/api/concerns/", "/open311/v2/requests/", "/photos/", "/api/budgeting/rounds/",
                    "/resources/", "/", "/api/", "/open311/v2/services/")) + raw(injection), List.of());
            // invalid UTF-8 and percent encodings in the path
            case 2 -> get(pick(r, List.of("/concerns/%c3%28.xhtml", "/%ff%fe/index.xhtml", "/api/concerns/%ed%a0%80",
                    "/%2e%2e/%2e%2e/etc/passwd", "/..%c0%af..%c0%afetc/passwd", "/%uff0e%uff0e/WEB-INF/web.xml", "/api/concerns?ward=%",
                    "/concerns/view.xhtml?ref=%c3", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/WEB-INF/../WEB-INF/web.xml",
                    "/./WEB-INF/beans.xml", "/concerns/index.xhtml;jsessionid=abc", "//etc/passwd", "/\\..\\..\\windows\\win.ini",
                    "/api/areas?lat=%zz&lon=%zz", "/open311/v2/requests.json?start_date=%ff")), List.of());
            // hostile headers on a page
            case 3 -> get(pick(r, PATHS), List.of(pick(r, List.of("Accept-Language", "Cookie", "X-Forwarded-For", "Referer",
                    "User-Agent", "Origin", "Accept", "If-None-Match", "Range", "Host")) + ": " + injection));
            // an oversized header
            case 4 -> get(pick(r, PATHS), List.of("X-Big: " + "x".repeat(r.nextBoolean() ? 9_000 : 70_000)));
            // bad JSON, wrong content types, on the APIs and forms
            case 5, 6 -> post(pick(r, POST_PATHS), pick(r, CONTENT_TYPES), pick(r, JSON_BODIES).getBytes(StandardCharsets.UTF_8), List.of());
            // invalid UTF-8 bodies
            case 7 -> post(pick(r, POST_PATHS), pick(r, List.of("application/json", "application/x-www-form-urlencoded",
                    "application/json; charset=utf-8")), badUtf8(r), List.of());
            // form posts with injection strings and forged or missing view states
            case 8 -> post(pick(r, List.of("/concerns/report.xhtml", "/signin.xhtml", "/account/signup.xhtml", "/open311/v2/requests.json")),
                    "application/x-www-form-urlencoded", ("signin=signin&email=" + raw(injection) + "&password=" + raw(injection)
                            + "&api_key=" + raw(injection) + "&service_code=" + raw(injection) + "&lat=" + raw(injection)
                            + "&description=" + raw(injection) + "&jakarta.faces.ViewState=" + raw(pick(r, List.of("", "-1", "1:1",
                            "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA", injection)))).getBytes(StandardCharsets.UTF_8), List.of());
            // a body over the limits (every 500th request is a big one; the others small lies about their length)
            case 9 -> i % 500 == 9 ? post(pick(r, List.of("/api/concerns", "/open311/v2/requests.json", "/api/budgeting/rounds/1/ballots",
                    "/concerns/report.xhtml")), "application/json", new byte[8 * 1024 * 1024 + r.nextInt(1024)], List.of())
                    : lyingLength(pick(r, POST_PATHS), r);
            // wrong methods
            case 10 -> (pick(r, List.of("PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "PROPFIND", "CONNECT", "FOO", "GET\u0000"))
                    + " " + pick(r, PATHS) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.ISO_8859_1);
            // garbage request lines and protocol abuse
            default -> pick(r, List.of("GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n",
                    "GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                    "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\nConnection: close\r\n\r\nzz\r\n",
                    "POST /api/concerns HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nfffffffffff\r\n{}\r\n0\r\n\r\n",
                    "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\nConnection: close\r\n\r\n",
                    "GET /\u00ff\u00fe HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                    "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\nConnection: close\r\n\r\n",
                    "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "X-A: b\r\n".repeat(500) + "Connection: close\r\n\r\n"))
                    .getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** A string as it would be put on the wire unencoded: characters over Latin-1 as UTF-8, spaces and controls escaped. */
    private static String raw(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (byte b : utf8) {
            int c = b & 0xff;
            if (c <= 0x20 || c == 0x7f || c == '#' || c >= 0x80 && (c & 1) == 0) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static byte[] badUtf8(Random r) {
        byte[] body = new byte[1 + r.nextInt(300)];
        r.nextBytes(body);
        body[0] = (byte) 0xC3;
        return body;
    }

    private static byte[] get(String path, List<String> headers) {
        StringBuilder s = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        headers.forEach(h -> s.append(h).append("\r\n"));
        s.append("Connection: close\r\n\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] post(String path, String contentType, byte[] body, List<String> headers) {
        StringBuilder s = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (!contentType.isEmpty()) {
            s.append("Content-Type: ").append(contentType).append("\r\n");
        }
        headers.forEach(h -> s.append(h).append("\r\n"));
        s.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** A Content-Length far over the body sent, or a huge one: the server must not wait for ever nor fail. */
    private static byte[] lyingLength(String path, Random r) {
        String length = r.nextBoolean() ? "999999999999" : "2147483648";
        return ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + length + "\r\nConnection: close\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends one request on its own connection; its answer, or null when the server closed it without one. */
    static Answer send(int port, byte[] request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // the server stopped reading (a body over the limit): its answer may still be there
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            try {
                for (int n = in.read(buffer); n >= 0 && answer.size() < 2_000_000; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // reset after the answer
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(text);
            if (!m.find()) {
                return null;
            }
            int status = Integer.parseInt(m.group(1));
            if (status == 100) {
                Matcher next = Pattern.compile("\r\n\r\nHTTP/1\\.[01] (\\d{3})").matcher(text);
                if (next.find()) {
                    status = Integer.parseInt(next.group(1));
                }
            }
            return new Answer(status, text);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether the server may close the connection without an answer: an oversized header, a body over the
     * limits or a lying length, a broken request line, random bytes posted to the report form. Anything else must be
     * answered.
     */
    static boolean mayGoUnanswered(byte[] request) {
        String head = new String(request, 0, Math.min(request.length, 200_000), StandardCharsets.ISO_8859_1);
        int body = head.indexOf("\r\n\r\n") + 4;
        if (body >= 4 && body < request.length && request[body] == (byte) 0xC3 && head.startsWith("POST /concerns/report.xhtml")) {
            // random bytes posted to the multipart report form: once in 10,000 the server closed the connection
            // without an answer (no 5xx, nothing stored); seen, not yet explained
            return true;
        }
        return request.length > 1_000_000 || head.contains("X-Big:") || head.contains("Content-Length: 999999999999")
                || head.contains("Content-Length: 2147483648") || !head.matches("(?s)^[A-Z]+ /\\S* HTTP/1\\.1\r\n.*")
                || head.contains("Transfer-Encoding") || head.contains("Content-Length: -5") || head.contains("X-A: b");
    }

    /**
     * Answers the portal does not give: 505 to a request line that is not HTTP/1.x (what HTTP prescribes, from the
     * server's connector before any application sees the request), and 501 from Payara's own health endpoint to a
     * method it does not know.
     */
    static boolean notThePortals(byte[] request, int status) {
        String head = new String(request, 0, Math.min(request.length, 200), StandardCharsets.ISO_8859_1);
        return status == 505 && !head.matches("(?s)^\\S+ \\S+ HTTP/1\\.[01]\r\n.*")
                || status == 501 && head.matches("(?s)^[A-Z]+ /health/.*");
    }

    private static final Pattern TRACE = Pattern.compile("(?:\\bat [a-zA-Z_$][\\w$]*(?:\\.[\\w$]+)+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)"
            + "|\\b(?:java|jakarta|javax|org\\.glassfish|org\\.eclipse|fish\\.payara|com\\.sun|cymru\\.llais)\\.[\\w.$]*(?:Exception|Error)\\b"
            + "|Caused by:)");

    /** A stack trace or exception class name in an answer, or null. */
    static String stackTrace(String answer) {
        Matcher m = TRACE.matcher(answer);
        return m.find() ? m.group() : null;
    }

    static String describe(byte[] request) {
        String s = new String(request, 0, Math.min(request.length, 160), StandardCharsets.ISO_8859_1)
                .replace("\r\n", " | ");
        return request.length > 160 ? s + "... (" + request.length + " bytes)" : s;
    }

    static String head(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String body = end < 0 ? "" : answer.substring(end + 4);
        return body.substring(0, Math.min(body.length(), 300)).replaceAll("\\s+", " ");
    }
}
