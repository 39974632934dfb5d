package cymru.llais.platform.rest;

import cymru.llais.concerns.boundary.ConcernsResource;
import cymru.llais.routing.boundary.AreasResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The JSON API lives under /api. The WAR has a second application (Open311, under /open311/v2), so
 * each names its own resources and providers: add a new /api resource here.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ConcernsResource.class, cymru.llais.budgeting.boundary.BudgetingResource.class, AreasResource.class, cymru.llais.insight.boundary.OpenDataResource.class, ProblemMappers.WebErrors.class, ProblemMappers.Unexpected.class, ProblemMappers.Transactions.class);
    }
}
