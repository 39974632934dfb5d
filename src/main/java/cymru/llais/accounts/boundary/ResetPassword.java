package cymru.llais.accounts.boundary;

import cymru.llais.i18n.CurrentLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The landing page of a reset link: choose a new password, once, within the hour. */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidentAccounts accounts;

    @Inject
    CurrentLanguage language;

    private final FormFeedback feedback = new FormFeedback();
    private String token;
    private String password;
    private String passwordAgain;
    private boolean linkWorks;

    public void load() {
        linkWorks = accounts.resetLinkWorks(token);
    }

    public String submit() {
        feedback.clear();
        ResidentAccounts.Outcome outcome = accounts.resetPassword(token, password, passwordAgain);
        password = null;
        passwordAgain = null;
        switch (outcome.status()) {
            case DONE -> {
                FormFeedback.noticeAfterRedirect(language.get(), "accounts.reset.done");
                return "/signin.xhtml?faces-redirect=true";
            }
            case INVALID_INPUT -> {
                feedback.errors(language.get(), outcome.errors());
                return null;
            }
            default -> {
                linkWorks = false;
                return null;
            }
        }
    }

    public boolean invalid(String component) {
        return feedback.invalid(component);
    }

    public boolean isLinkWorks() {
        return linkWorks;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
}
