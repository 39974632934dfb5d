package cymru.llais.accounts.boundary;

import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.platform.RateLimits;
import cymru.llais.shared.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

/** "My account": the language of the resident's e-mails (and of the portal for them), their name, their password. */
@Named
@RequestScoped
public class MyAccount {

    @Inject
    CurrentResident current;

    @Inject
    ResidentAccounts accounts;

    @Inject
    CurrentLanguage currentLanguage;

    @Inject
    RateLimits rateLimits;

    private final FormFeedback feedback = new FormFeedback();
    private Resident resident;
    private String language;
    private String displayName;
    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    @PostConstruct
    void init() {
        resident = current.require();
        language = resident.language().code();
        displayName = resident.displayName();
    }

    public String saveSettings() {
        feedback.clear();
        ResidentAccounts.Outcome outcome = accounts.changeSettings(resident.id(), language, displayName);
        if (!outcome.done()) {
            feedback.errors(currentLanguage.get(), outcome.errors(), Map.of("language", "languageCy"));
            return null;
        }
        Language chosen = Language.fromCode(language).orElseThrow();
        FormFeedback.noticeAfterRedirect(chosen, "accounts.account.saved");
        // the portal follows the account's language from now on, as its e-mails do
        return "/account/index.xhtml?faces-redirect=true&lang=" + chosen.code();
    }

    public String changePassword() {
        feedback.clear();
        String current = currentPassword;
        currentPassword = null;
        if (!rateLimits.allow(RateLimits.Kind.SIGN_IN, (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())) {
            forgetPasswords();
            feedback.error(currentLanguage.get(), null, "accounts.signin.tooMany");
            return null;
        }
        ResidentAccounts.Outcome outcome = accounts.changePassword(resident.id(), current, newPassword, newPasswordAgain);
        forgetPasswords();
        if (!outcome.done()) {
            feedback.errors(currentLanguage.get(), outcome.errors(),
                    Map.of("password", "newPassword", "passwordAgain", "newPasswordAgain"));
            return null;
        }
        FormFeedback.noticeAfterRedirect(currentLanguage.get(), "accounts.account.passwordChanged");
        return "/account/index.xhtml?faces-redirect=true";
    }

    private void forgetPasswords() {
        newPassword = null;
        newPasswordAgain = null;
    }

    public boolean invalid(String component) {
        return feedback.invalid(component);
    }

    public Resident getResident() {
        return resident;
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

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
