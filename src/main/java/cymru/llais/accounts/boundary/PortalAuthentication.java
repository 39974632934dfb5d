package cymru.llais.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Staff, councillors, administrators and residents sign in with the portal's own form (/signin.xhtml, {@link SignIn}),
 * which hands the credential to this mechanism; the identity stores check it. A protected page asked for without
 * signing in leads to the form and, after it, back to the page (Soteria's "login to continue"). Who signed in is kept
 * in the session ({@link SessionCaller}, restored on each request by {@link CallerFromSessionInterceptor}), so that a
 * session moved to another instance of a cluster keeps its caller and roles.
 */
@ApplicationScoped
@CallerFromSession
@LoginToContinue(loginPage = "/signin.xhtml", errorPage = "", useForwardToLogin = false)
public class PortalAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession().setAttribute(SessionCaller.ATTRIBUTE,
                    new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        }
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
