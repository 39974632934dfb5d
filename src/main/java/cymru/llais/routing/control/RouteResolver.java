package cymru.llais.routing.control;

import cymru.llais.routing.entity.RoutingRule;
import cymru.llais.routing.entity.RoutingRule.AreaType;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the rule for a concern: the most specific area wins (ward before local authority), and within
 * an area a rule for the category wins over a rule for any category. So the order is: category in the
 * ward, any category in the ward, category in the local authority, the local authority's default.
 */
public final class RouteResolver {

    private RouteResolver() {
    }

    public static Optional<RoutingRule> resolve(List<RoutingRule> rules, String categoryCode, String wardCode, String authorityCode) {
        return rules.stream()
                .filter(r -> matchesArea(r, wardCode, authorityCode))
                .filter(r -> r.getCategoryCode() == null || r.getCategoryCode().equals(categoryCode))
                .min(Comparator.comparingInt(RouteResolver::rank));
    }

    private static boolean matchesArea(RoutingRule r, String wardCode, String authorityCode) {
        return (r.getAreaType() == AreaType.WARD && r.getAreaCode().equals(wardCode))
                || (r.getAreaType() == AreaType.AUTHORITY && r.getAreaCode().equals(authorityCode));
    }

    /** Lower is more specific. */
    static int rank(RoutingRule r) {
        int area = r.getAreaType() == AreaType.WARD ? 0 : 2;
        return area + (r.getCategoryCode() == null ? 1 : 0);
    }
}
