package cymru.llais.accounts.boundary;

import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.platform.RateLimits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Map;

/**
 * The sign-up form. Whether or not the address already has an account, the answer is the same page
 * ("we have sent you an e-mail"); only the e-mail differs.
 */
@Named
@RequestScoped
public class SignUp {

    @Inject
    ResidentAccounts accounts;

    @Inject
    CurrentLanguage currentLanguage;

    @Inject
    RateLimits rateLimits;

    private final FormFeedback feedback = new FormFeedback();
    private String email;
    private String password;
    private String passwordAgain;
    private String language;
    private String displayName;
    private String sent;

    @PostConstruct
    void init() {
        language = currentLanguage.get().code();
    }

    public String submit() {
        feedback.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!rateLimits.allow(RateLimits.Kind.SIGN_UP, (HttpServletRequest) faces.getExternalContext().getRequest())) {
            forgetPasswords();
            feedback.error(currentLanguage.get(), null, "accounts.signup.tooMany");
            return null;
        }
        ResidentAccounts.Outcome outcome;
        try {
            outcome = accounts.signUp(email, password, passwordAgain, language, displayName);
        } catch (TransactionalException | PersistenceException e) {
            if (!duplicate(e)) {
                throw e;
            }
            // two sign-ups with one new address at the same moment: the other one made the account and sent its e-mail
            outcome = ResidentAccounts.Outcome.of(ResidentAccounts.Status.DONE);
        }
        forgetPasswords();
        if (!outcome.done()) {
            feedback.errors(currentLanguage.get(), outcome.errors(), Map.of("language", "languageCy"));
            return null;
        }
        return "/account/signup.xhtml?faces-redirect=true&sent=1";
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private void forgetPasswords() {
        password = null;
        passwordAgain = null;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
