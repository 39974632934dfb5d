package cymru.llais.platform;

import cymru.llais.accounts.boundary.StaffAccounts;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.accounts.entity.Role;
import cymru.llais.routing.boundary.Partners;
import cymru.llais.routing.boundary.RoutingRules;
import cymru.llais.routing.boundary.TeamInfo;
import cymru.llais.routing.boundary.Teams;
import cymru.llais.routing.entity.RoutingRule;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/** The demo partnership's teams, staff accounts and routing rules (Cardiff). */
@ApplicationScoped
public class DemoTeams {

    private static final Logger LOG = Logger.getLogger(DemoTeams.class.getName());

    @Inject
    Partners partners;

    @Inject
    Teams teams;

    @Inject
    RoutingRules rules;

    @Inject
    StaffAccounts accounts;

    /** Demo sign-ins, printed in the README: an administrator and one member of staff each at the council and the police. */
    public static final String ADMIN_EMAIL = "gweinyddwr@llais.example";
    public static final String COUNCIL_EMAIL = "cyngor@llais.example";
    public static final String POLICE_EMAIL = "heddlu@llais.example";
    /** A ward councillor for Cathays and Plasnewydd, who moderates those wards' concerns. */
    public static final String COUNCILLOR_EMAIL = "cynghorydd@llais.example";
    public static final Set<String> COUNCILLOR_WARDS = Set.of("W05000857", "W05000873");
    public static final String DEMO_PASSWORD = "Llais-demo-2026!";

    /** All or nothing: the demo partnership's teams, staff and rules. */
    @Transactional
    public void load() {
        teams.add("cardiff-council", "council-community-safety",
                new BilingualText("Community Safety Team", "Tîm Diogelwch Cymunedol"), "diogelwch.cymunedol@caerdydd.example", Language.CY);
        teams.add("cardiff-council", "council-neighbourhood",
                new BilingualText("Neighbourhood Services", "Gwasanaethau Cymdogaeth"), "neighbourhood.services@cardiff.example", Language.EN);
        teams.add("south-wales-police", "police-cardiff",
                new BilingualText("Cardiff Neighbourhood Policing", "Plismona Bro Caerdydd"), "cardiff.neighbourhood@police.example", Language.EN);
        teams.add("cardiff-youth-justice", "yjs-cardiff",
                new BilingualText("Youth Justice Outreach", "Allgymorth Cyfiawnder Ieuenctid"), "yjs@caerdydd.example", Language.CY);
        teams.add("south-wales-fire", "fire-arson-reduction",
                new BilingualText("Arson Reduction Team", "Tîm Lleihau Llosgi Bwriadol"), "arson.reduction@fire.example", Language.EN);
        Long council = partnerId("cardiff-council");
        Long police = partnerId("south-wales-police");
        TeamInfo safety = teams.byCode("council-community-safety").orElseThrow();
        TeamInfo policing = teams.byCode("police-cardiff").orElseThrow();
        accounts.create(ADMIN_EMAIL, "Gwen Gweinyddwr", DEMO_PASSWORD, Role.ADMIN, council, Set.of(), Language.CY);
        StaffMember lead = accounts.create(COUNCIL_EMAIL, "Carys Cyngor", DEMO_PASSWORD, Role.STAFF, council,
                Set.of(safety.id(), teams.byCode("council-neighbourhood").orElseThrow().id()), Language.CY).member();
        StaffMember officer = accounts.create(POLICE_EMAIL, "Huw Heddlu", DEMO_PASSWORD, Role.STAFF, police,
                Set.of(policing.id()), Language.EN).member();
        accounts.create(COUNCILLOR_EMAIL, "Dafydd Cynghorydd", DEMO_PASSWORD, Role.COUNCILLOR, council, Set.of(), Language.CY,
                COUNCILLOR_WARDS);
        teams.setLead(safety.id(), lead.id());
        teams.setLead(policing.id(), officer.id());
        rules.add(null, RoutingRule.AreaType.AUTHORITY, DemoData.DEMO_AUTHORITY, safety.id());
        for (String c : List.of("fly-tipping", "street-lighting", "vandalism-graffiti")) {
            rules.add(c, RoutingRule.AreaType.AUTHORITY, DemoData.DEMO_AUTHORITY, teams.byCode("council-neighbourhood").orElseThrow().id());
        }
        for (String c : List.of("drug-dealing", "speeding", "hate-incident", "domestic-abuse")) {
            rules.add(c, RoutingRule.AreaType.AUTHORITY, DemoData.DEMO_AUTHORITY, policing.id());
        }
        rules.add("youth-nuisance", RoutingRule.AreaType.WARD, "W05000854", teams.byCode("yjs-cardiff").orElseThrow().id());
        LOG.info("Llais demo: teams, staff accounts and routing rules loaded");
    }

    private Long partnerId(String code) {
        return partners.all().stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

}
