package cymru.llais.accounts.boundary;

import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.platform.RateLimits;
import cymru.llais.shared.EmailAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Asks for a new verification link. The answer is the same whether or not the address has an account waiting. */
@Named
@RequestScoped
public class ResendVerification {

    @Inject
    ResidentAccounts accounts;

    @Inject
    CurrentLanguage language;

    @Inject
    RateLimits rateLimits;

    private final FormFeedback feedback = new FormFeedback();
    private String email;
    private String sent;

    public String submit() {
        feedback.clear();
        if (!rateLimits.allow(RateLimits.Kind.SIGN_UP, (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())) {
            feedback.error(language.get(), null, "accounts.signup.tooMany");
            return null;
        }
        if (!EmailAddress.isValid(email)) {
            feedback.error(language.get(), "email", "accounts.error.email.invalid");
            return null;
        }
        accounts.resendVerification(email);
        return "/account/resend.xhtml?faces-redirect=true&sent=1";
    }

    public boolean invalid(String component) {
        return feedback.invalid(component);
    }

    public boolean isMailSent() {
        return "1".equals(sent);
    }

    public String getSent() {
        return sent;
    }

    public void setSent(String sent) {
        this.sent = sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
