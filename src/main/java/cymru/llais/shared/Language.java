package cymru.llais.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's two languages. Welsh comes first wherever both are offered. */
public enum Language {
    CY("cy", Locale.forLanguageTag("cy")),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == CY ? EN : CY;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? CY : EN;
    }

    /** The first of the given locales (in order of preference) that the portal speaks; English otherwise. */
    public static Language preferred(List<Locale> locales) {
        for (Locale l : locales) {
            if ("cy".equals(l.getLanguage())) {
                return CY;
            }
            if ("en".equals(l.getLanguage())) {
                return EN;
            }
        }
        return EN;
    }
}
