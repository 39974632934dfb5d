package cymru.llais.routing.boundary.open311;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an {@code application/x-www-form-urlencoded} body (UTF-8), as Open311 clients send a new request. */
final class FormBody {

    private FormBody() {
    }

    /** The fields in the order sent, each with its values; IllegalArgumentException when the body is not form-encoded. */
    static Map<String, List<String>> parse(byte[] body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return fields;
        }
        for (String pair : text.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a field without a name");
            }
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }
}
