package cymru.llais.privacy.boundary;

import cymru.llais.accounts.boundary.CurrentResident;
import cymru.llais.accounts.boundary.FormFeedback;
import cymru.llais.accounts.boundary.Resident;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.platform.RateLimits;
import cymru.llais.privacy.control.ErasureMode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * "My data": the resident downloads everything the portal holds about them, or erases their account,
 * choosing whether their concerns leave the public pages or stay there anonymised. Erasing asks for the
 * password again, and signs the resident out.
 */
@Named
@RequestScoped
public class MyData {

    @Inject
    CurrentResident current;

    @Inject
    PersonalData personalData;

    @Inject
    CurrentLanguage language;

    @Inject
    RateLimits rateLimits;

    private final FormFeedback feedback = new FormFeedback();
    private String mode;
    private String password;

    public String erase() throws ServletException {
        feedback.clear();
        Resident resident = current.require();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String typed = password;
        password = null;
        Optional<ErasureMode> chosen = ErasureMode.parse(mode);
        if (chosen.isEmpty()) {
            feedback.error(language.get(), "mode", "privacy.erase.error.mode");
        }
        if (!rateLimits.allow(RateLimits.Kind.SIGN_IN, request)) {
            feedback.error(language.get(), null, "accounts.signin.tooMany");
            return null;
        }
        if (!personalData.passwordMatches(resident.id(), typed)) {
            feedback.error(language.get(), "password", "privacy.erase.error.password");
        }
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return null;
        }
        personalData.eraseAccount(resident.id(), chosen.get());
        request.logout();
        external.invalidateSession();
        return "/erased.xhtml?faces-redirect=true&lang=" + language.get().code();
    }

    public boolean invalid(String component) {
        return feedback.invalid(component);
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
