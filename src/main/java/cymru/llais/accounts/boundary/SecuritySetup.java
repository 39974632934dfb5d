package cymru.llais.accounts.boundary;

import cymru.llais.accounts.entity.ResidentAccount;
import cymru.llais.accounts.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Staff, councillors, administrators and residents sign in with a form of our own (/signin.xhtml, through
 * {@link PortalAuthentication}); the pages under /staff, /councillor, /admin and /account are protected in web.xml.
 * Residents need no account to report.
 */
@DeclareRoles({Role.ADMIN_NAME, Role.STAFF_NAME, Role.COUNCILLOR_NAME, ResidentAccount.ROLE})
@ApplicationScoped
public class SecuritySetup {
}
