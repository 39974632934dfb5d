package cymru.llais.routing.boundary.open311;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The Open311 GeoReport v2 API lives under /open311/v2, with its own error format. With two
 * applications in the WAR, each names its classes: otherwise every resource would answer under both.
 */
@ApplicationPath("open311/v2")
public class Open311Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Open311Resource.class, Open311Errors.WebErrors.class, Open311Errors.Unexpected.class, Open311Errors.Transactions.class);
    }
}
