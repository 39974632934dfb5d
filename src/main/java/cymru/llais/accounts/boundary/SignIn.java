package cymru.llais.accounts.boundary;

import cymru.llais.accounts.entity.Role;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.platform.RateLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sign-in form of staff and residents. One message for every failure (wrong address, wrong password,
 * locked account, an address not verified yet), so that it reveals nothing; the session id is renewed on
 * success. Staff go to their inbox, residents to their concerns, in their account's language, unless the link
 * that led to the form named a page of this portal to come back to ({@code ?next=/outcomes/view.xhtml?id=5}).
 */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    CurrentLanguage language;

    @Inject
    RateLimits rateLimits;

    @Inject
    ResidentAccounts residents;

    @Inject
    StaffAccounts accounts;

    /** A page of this portal only: one path of plain characters ending in .xhtml, with a plain query string. */
    private static final Pattern RETURN_PAGE = Pattern.compile("/[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*\\.xhtml(?:\\?[A-Za-z0-9=&_.-]{0,200})?");

    private String email;
    private String password;

    public String submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (!rateLimits.allow(RateLimits.Kind.SIGN_IN, request)) {
            password = null;
            String text = Messages.get().format(language.get(), "accounts.signin.tooMany");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return null;
        }
        if (email == null || email.isBlank() || password == null || password.isEmpty() || password.length() > 200) {
            fail(faces);
            return null;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email.strip(), new Password(password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> {
                faces.responseComplete();
                return null;
            }
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(request.getContextPath() + returnPage(request.getParameter("next"))
                        .orElseGet(() -> landingPage(security, residents, accounts.find(email.strip()).map(StaffMember::role).orElse(null))));
                faces.responseComplete();
                return null;
            }
            default -> {
                fail(faces);
                return null;
            }
        }
    }

    /**
     * Where a caller goes after signing in: a resident to their concerns in their own language, a councillor
     * to their moderation queue, other staff to the inbox.
     */
    static String landingPage(SecurityContext security, ResidentAccounts residents, Role staffRole) {
        return Optional.ofNullable(security.getCallerPrincipal()).flatMap(p -> residents.ofCaller(p.getName()))
                .map(r -> "/account/concerns.xhtml?lang=" + r.language().code())
                .orElse(staffRole == Role.COUNCILLOR ? "/councillor/queue.xhtml" : "/staff/inbox.xhtml");
    }

    /**
     * The page to come back to after signing in, when {@code next} names one of this portal's pages; anything
     * else (another site, {@code //host}, a scheme, {@code ..}, an encoded character) is ignored, so the link
     * cannot send anyone elsewhere.
     */
    static Optional<String> returnPage(String next) {
        return next != null && RETURN_PAGE.matcher(next).matches() && !next.startsWith("/signin.xhtml") ? Optional.of(next) : Optional.empty();
    }

    /** The return page this form carries, as the link named it (empty when it names none we would follow). */
    public String getNext() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return returnPage(request.getParameter("next")).orElse("");
    }

    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/?lang=" + language.get().code());
        faces.responseComplete();
    }

    private void fail(FacesContext faces) {
        String text = Messages.get().format(language.get(), "accounts.signin.failedAny");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
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
}
