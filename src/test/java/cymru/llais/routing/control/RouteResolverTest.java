package cymru.llais.routing.control;

import cymru.llais.routing.entity.Partner;
import cymru.llais.routing.entity.RoutingRule;
import cymru.llais.routing.entity.RoutingRule.AreaType;
import cymru.llais.routing.entity.Team;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteResolverTest {

    private static final Partner COUNCIL = new Partner("council", Partner.Kind.COUNCIL, new BilingualText("Council", "Cyngor"));
    private static final Team DEFAULT = team("default");
    private static final Team LA_SPEEDING = team("la-speeding");
    private static final Team WARD_ANY = team("ward-any");
    private static final Team WARD_SPEEDING = team("ward-speeding");

    private static Team team(String code) {
        return new Team(COUNCIL, code, new BilingualText(code, code), code + "@example.org", Language.EN);
    }

    private static final List<RoutingRule> ALL = List.of(
            new RoutingRule(null, AreaType.AUTHORITY, "LA1", DEFAULT),
            new RoutingRule("speeding", AreaType.AUTHORITY, "LA1", LA_SPEEDING),
            new RoutingRule(null, AreaType.WARD, "W1", WARD_ANY),
            new RoutingRule("speeding", AreaType.WARD, "W1", WARD_SPEEDING));

    private static String route(List<RoutingRule> rules, String category, String ward) {
        return RouteResolver.resolve(rules, category, ward, "LA1").map(r -> r.getTeam().getCode()).orElse("none");
    }

    @Test
    void theCategoryInTheWardWinsOverEverything() {
        assertEquals("ward-speeding", route(ALL, "speeding", "W1"));
    }

    @Test
    void anyCategoryInTheWardWinsOverTheAuthoritysRules() {
        assertEquals("ward-any", route(ALL, "fly-tipping", "W1"));
    }

    @Test
    void theCategoryInTheAuthorityWinsOverItsDefault() {
        assertEquals("la-speeding", route(ALL, "speeding", "W2"));
    }

    @Test
    void theAuthoritysDefaultTakesTheRest() {
        assertEquals("default", route(ALL, "fly-tipping", "W2"));
    }

    @Test
    void rulesOfOtherAreasAndCategoriesNeverApply() {
        List<RoutingRule> elsewhere = List.of(new RoutingRule("speeding", AreaType.WARD, "W9", WARD_SPEEDING),
                new RoutingRule(null, AreaType.AUTHORITY, "LA9", DEFAULT),
                new RoutingRule("drugs", AreaType.WARD, "W1", WARD_ANY));
        assertEquals("none", route(elsewhere, "speeding", "W1"));
    }

    @Test
    void noRulesRouteNowhere() {
        Optional<RoutingRule> r = RouteResolver.resolve(List.of(), "speeding", "W1", "LA1");
        assertTrue(r.isEmpty());
    }
}
