package cymru.llais.accounts.boundary;

import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.platform.RateLimits;
import cymru.llais.shared.EmailAddress;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form that e-mails a link to an address (a password reset, a new verification link): rate-limited per
 * client, and the same answer whether or not the address has an account.
 */
abstract class LinkRequestForm {

    @Inject
    ResidentAccounts accounts;

    @Inject
    CurrentLanguage language;

    @Inject
    RateLimits rateLimits;

    private final FormFeedback feedback = new FormFeedback();
    private String email;
    private String sent;

    /** The limit this form counts against, and the key of its refusal. */
    abstract RateLimits.Kind limit();

    abstract String tooManyKey();

    /** Sends the link, if the address has an account that may have one. */
    abstract void send(String address);

    /** The form's own page, shown again with "sent". */
    abstract String page();

    public String submit() {
        feedback.clear();
        if (!rateLimits.allow(limit(), (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())) {
            feedback.error(language.get(), null, tooManyKey());
            return null;
        }
        if (!EmailAddress.isValid(email)) {
            feedback.error(language.get(), "email", "accounts.error.email.invalid");
            return null;
        }
        send(email);
        return page() + "?faces-redirect=true&sent=1";
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
