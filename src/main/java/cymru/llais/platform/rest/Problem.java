package cymru.llais.platform.rest;

import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem body ({@code application/problem+json}) in the language the client asked for
 * with Accept-Language. {@code type} names the kind of problem; {@code title} and {@code detail} are
 * for people.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:llais:problem:";
    /** Looked up once: {@code Json.createObjectBuilder} runs a ServiceLoader lookup on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One broken rule on one field of the request. */
    public record FieldError(String field, String key, List<Object> arguments) {
    }

    private Problem() {
    }

    public static Language language(HttpHeaders headers) {
        List<Locale> accepted;
        try {
            accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException malformed) {
            // an Accept-Language that cannot be read (Jersey's HeaderValueException) counts as none
            accepted = List.of();
        }
        return Language.preferred(accepted);
    }

    public static Response of(int status, String slug, Language language, List<FieldError> errors) {
        Messages m = Messages.get();
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", TYPE_PREFIX + slug)
                .add("title", m.format(language, "api.problem." + slug + ".title"))
                .add("status", status)
                .add("detail", m.format(language, "api.problem." + slug + ".detail"));
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            for (FieldError e : errors) {
                list.add(JSON.createObjectBuilder()
                        .add("field", e.field())
                        .add("code", e.key())
                        .add("message", m.format(language, e.key(), e.arguments().toArray())));
            }
            body.add("errors", list);
        }
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(body.build().toString())
                .build();
    }

    public static Response of(int status, String slug, Language language) {
        return of(status, slug, language, List.of());
    }
}
