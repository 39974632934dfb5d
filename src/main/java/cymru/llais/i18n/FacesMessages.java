package cymru.llais.i18n;

import cymru.llais.shared.Language;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/**
 * Faces' own messages (conversion and validation) in the portal's bundles, under the prefix
 * {@code faces.}: English here, Welsh in {@link FacesMessages_cy}.
 */
public class FacesMessages extends ResourceBundle {

    static final String PREFIX = "faces.";

    protected Language language() {
        return Language.EN;
    }

    @Override
    protected Object handleGetObject(String key) {
        String full = PREFIX + key;
        return Messages.get().has(full) ? Messages.get().text(language(), full) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(Messages.get().keys().stream()
                .filter(k -> k.startsWith(PREFIX)).map(k -> k.substring(PREFIX.length())).toList());
    }
}
