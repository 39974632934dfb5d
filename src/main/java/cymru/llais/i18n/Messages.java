package cymru.llais.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import cymru.llais.shared.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's texts, from {@code i18n/messages_en.properties} and {@code i18n/messages_cy.properties}
 * (UTF-8), formatted with ICU so that plurals follow CLDR (six forms in Welsh).
 */
public final class Messages {

    private static final Messages INSTANCE = load();

    private final Map<Language, Map<String, String>> texts;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    Messages(Map<Language, Map<String, String>> texts) {
        this.texts = texts;
    }

    public static Messages get() {
        return INSTANCE;
    }

    /** The text of a key as written in the bundle, without formatting. A missing key shows as itself, marked. */
    public String text(Language language, String key) {
        String value = texts.get(language).get(key);
        return value != null ? value : "???" + key + "???";
    }

    public boolean has(String key) {
        return texts.get(Language.EN).containsKey(key);
    }

    /** Formats a key's ICU pattern with positional arguments ({0}, {1}, ...). */
    public String format(Language language, String key, Object... args) {
        if (args == null || args.length == 0) {
            String text = text(language, key);
            return text.indexOf('\'') >= 0 || text.indexOf('{') >= 0 ? pattern(language, key).format(new Object[0]) : text;
        }
        return pattern(language, key).format(args);
    }

    /** Formats a key's ICU pattern with named arguments ({count}, {ward}, ...). */
    public String formatNamed(Language language, String key, Map<String, Object> args) {
        return pattern(language, key).format(args);
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(texts.get(Language.EN).keySet());
    }

    private MessageFormat pattern(Language language, String key) {
        return formats.computeIfAbsent(language.code() + ":" + key,
                k -> new MessageFormat(text(language, key), ULocale.forLocale(language.locale())));
    }

    static Messages load() {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, read("i18n/messages_" + language.code() + ".properties"));
        }
        return new Messages(texts);
    }

    private static Map<String, String> read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new ConcurrentHashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
