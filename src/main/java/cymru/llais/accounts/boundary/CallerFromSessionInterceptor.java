package cymru.llais.accounts.boundary;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

/**
 * Every request of a signed-in session: the caller and their roles come back from the session ({@link SessionCaller}),
 * on whichever instance of the cluster the request arrives. Runs before Soteria's "login to continue" (priority 220),
 * which would otherwise send a signed-in caller to the sign-in form; a new sign-in (a credential) goes on to the
 * mechanism itself.
 */
@CallerFromSession
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 190)
public class CallerFromSessionInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object restore(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if ("validateRequest".equals(invocation.getMethod().getName()) && parameters.length == 3
                && parameters[0] instanceof HttpServletRequest request && parameters[2] instanceof HttpMessageContext context
                && context.getAuthParameters().getCredential() == null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller caller) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
        }
        return invocation.proceed();
    }
}
