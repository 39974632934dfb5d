package cymru.llais.accounts.boundary;

import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.platform.RateLimits;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.Serializable;

/**
 * The landing page of the verification link: the resident confirms with the password they chose, the
 * address is verified, earlier reports with it are claimed, and the resident is signed in.
 */
@Named
@ViewScoped
public class VerifyEmail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidentAccounts accounts;

    @Inject
    CurrentLanguage language;

    @Inject
    RateLimits rateLimits;

    @Inject
    SecurityContext security;

    private final FormFeedback feedback = new FormFeedback();
    private String token;
    private String password;
    private boolean linkWorks;

    public void load() {
        linkWorks = accounts.verificationLinkWorks(token);
    }

    public String submit() {
        feedback.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String typed = password;
        password = null;
        if (!rateLimits.allow(RateLimits.Kind.SIGN_IN, request)) {
            feedback.error(language.get(), null, "accounts.signin.tooMany");
            return null;
        }
        ResidentAccounts.Outcome outcome = accounts.verify(token, typed);
        switch (outcome.status()) {
            case INVALID_LINK -> {
                linkWorks = false;
                return null;
            }
            case DONE -> {
                return signIn(faces, request, outcome, typed);
            }
            default -> {
                feedback.error(language.get(), "password", "accounts.verify.wrongPassword");
                return null;
            }
        }
    }

    private String signIn(FacesContext faces, HttpServletRequest request, ResidentAccounts.Outcome outcome, String typed) {
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) faces.getExternalContext().getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(outcome.email(), new Password(typed)))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            FormFeedback.noticeAfterRedirect(language.get(), "accounts.verify.doneSignIn");
            return "/signin.xhtml?faces-redirect=true";
        }
        request.changeSessionId();
        FormFeedback.noticeAfterRedirect(language.get(), "accounts.verify.done");
        if (outcome.claimed() > 0) {
            FormFeedback.noticeAfterRedirect(language.get(), "accounts.verify.claimed", outcome.claimed());
        }
        return "/account/concerns.xhtml?faces-redirect=true";
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
}
