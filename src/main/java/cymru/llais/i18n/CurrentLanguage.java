package cymru.llais.i18n;

import cymru.llais.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The language of the current request, as the {@link LanguageFilter} chose it. */
@Named("language")
@RequestScoped
public class CurrentLanguage {

    @Inject
    HttpServletRequest request;

    public Language get() {
        Object chosen = request.getAttribute(LanguageFilter.ATTRIBUTE);
        return chosen instanceof Language l ? l : Language.EN;
    }

    /** For {@code <html lang="...">}. */
    public String getCode() {
        return get().code();
    }

    public boolean isWelsh() {
        return get() == Language.CY;
    }
}
