package cymru.llais.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.AbstractMap;
import java.util.Set;

/**
 * The bundle for views: {@code #{msg['concerns.report.title']}} for a text,
 * {@code #{msg.format('concerns.count', n)}} for an ICU pattern with arguments.
 */
@Named("msg")
@RequestScoped
public class Msg extends AbstractMap<String, String> {

    @Inject
    CurrentLanguage language;

    @Override
    public String get(Object key) {
        return Messages.get().format(language.get(), String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return Messages.get().has(String.valueOf(key));
    }

    public String format(String key, Object argument) {
        return Messages.get().format(language.get(), key, argument);
    }

    public String format2(String key, Object first, Object second) {
        return Messages.get().format(language.get(), key, first, second);
    }

    public String format3(String key, Object first, Object second, Object third) {
        return Messages.get().format(language.get(), key, first, second, third);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
