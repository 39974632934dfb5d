package cymru.llais.accounts.boundary;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this session, and in which groups (roles): kept as a session attribute, so that it travels with the
 * session through Payara's data grid to any instance of a cluster. The container's own record of a session's caller
 * does not: its principal is copied without its groups, and the caller would lose every role on another instance.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = "cymru.llais.caller";

    SessionCaller {
        groups = Set.copyOf(groups);
    }
}
