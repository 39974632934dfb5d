package cymru.llais.platform;

import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.NewConcern;
import cymru.llais.concerns.boundary.ReportResult;
import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.moderation.boundary.FlaggerIdentity;
import cymru.llais.moderation.boundary.Moderation;
import cymru.llais.moderation.boundary.ModerationWords;
import cymru.llais.outcomes.boundary.Outcomes;
import cymru.llais.outcomes.entity.OutcomeKind;
import cymru.llais.outcomes.entity.OutcomeText;
import cymru.llais.routing.boundary.ApiClients;
import cymru.llais.routing.boundary.AreaImports;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.accounts.boundary.Resident;
import cymru.llais.accounts.boundary.ResidentAccounts;
import cymru.llais.accounts.boundary.StaffAccounts;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.routing.boundary.Inbox;
import cymru.llais.routing.boundary.Partners;
import cymru.llais.routing.boundary.RoutingRules;
import cymru.llais.routing.boundary.TeamInfo;
import cymru.llais.routing.boundary.Teams;
import cymru.llais.routing.control.AreaImport;
import cymru.llais.routing.entity.Partner;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo data for a first local run (llais.demo.enabled=true): the 22 Welsh local authorities and
 * Cardiff's 29 wards (ONS/OS boundaries, CC BY 4.0, see demo/LICENCE-ONS.md), the partners of a
 * community safety partnership, and concerns in Welsh and English. Loaded once, into an empty database.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String DEMO_AUTHORITY = "W06000015";
    /** The demo resident, who reported two concerns before signing up (their account claimed them) and follows one. */
    public static final String DEMO_RESIDENT_EMAIL = "preswylydd@llais.example";
    /** The demo Open311 client's key, printed in the README: a demo database only, never a real partnership. */
    public static final String DEMO_OPEN311_KEY = "llais_demo_open311_key_not_for_production";

    @Inject
    Areas areas;

    @Inject
    AreaImports areaImports;

    @Inject
    Partners partners;

    @Inject
    Concerns concerns;

    @Inject
    Teams teams;

    @Inject
    RoutingRules rules;

    @Inject
    StaffAccounts accounts;

    @Inject
    Inbox inbox;

    @Inject
    DemoTeams demoTeams;

    @Inject
    ApiClients apiClients;

    @Inject
    ResidentAccounts residents;

    @Inject
    ModerationWords words;

    @Inject
    Moderation moderation;

    @Inject
    Outcomes outcomes;

    @Inject
    cymru.llais.budgeting.boundary.Budgeting budgeting;

    @Inject
    cymru.llais.budgeting.boundary.Delivery delivery;

    @Inject
    cymru.llais.budgeting.boundary.Proposals proposals;

    @Inject
    cymru.llais.accounts.boundary.ResidentAddresses addresses;

    @Inject
    cymru.llais.stories.boundary.StoriesDemo storiesDemo;

    private record DemoConcern(String category, double lat, double lon, String place, String language,
                               String text, List<ConcernStatus> progress) {
    }

    private static final List<DemoConcern> CONCERNS = List.of(
            new DemoConcern("fly-tipping", 51.4905, -3.1745, "Lôn gefn Heol Crwys", "cy",
                    "Mae bagiau sbwriel a hen fatres wedi cael eu gadael yn y lôn gefn y tu ôl i Heol Crwys ers dros wythnos. Mae llygod mawr o gwmpas erbyn hyn.",
                    List.of(ConcernStatus.ACKNOWLEDGED, ConcernStatus.IN_PROGRESS)),
            new DemoConcern("street-lighting", 51.4930, -3.1790, "Woodville Road", "en",
                    "The street light on the corner of Woodville Road has been out for two weeks. It is very dark walking home in the evening.",
                    List.of(ConcernStatus.ACKNOWLEDGED)),
            new DemoConcern("speeding", 51.4830, -3.1560, "Splott Road", "en",
                    "Cars race along Splott Road late at night, well over the limit. Children cross here to get to the park.",
                    List.of()),
            new DemoConcern("anti-social-behaviour", 51.4700, -3.1830, "Heol Clare", "cy",
                    "Mae criw yn ymgasglu wrth y siopau ar Heol Clare bob nos Wener, yn gweiddi ac yn taflu poteli tan yn hwyr.",
                    List.of(ConcernStatus.ACKNOWLEDGED, ConcernStatus.IN_PROGRESS, ConcernStatus.CLOSED)),
            new DemoConcern("vandalism-graffiti", 51.4810, -3.2050, "Cowbridge Road East", "en",
                    "Fresh graffiti on the wall of the community centre on Cowbridge Road East, some of it offensive.",
                    List.of(ConcernStatus.ACKNOWLEDGED)),
            new DemoConcern("drug-dealing", 51.4830, -3.1930, null, "en",
                    "Drug dealing in the alley off Lower Cathedral Road most afternoons: cars stop for a minute and drive off.",
                    List.of(ConcernStatus.REFERRED)),
            new DemoConcern("youth-nuisance", 51.4660, -3.1680, "Llwybr y bae", "cy",
                    "Mae pobl ifanc yn reidio beiciau modur oddi ar y ffordd ar hyd y llwybr wrth y bae, gan godi ofn ar bobl sy'n mynd â'u cŵn am dro.",
                    List.of()),
            new DemoConcern("fly-tipping", 51.4830, -3.1620, "Heol Clifton", "cy",
                    "Mae rhywun wedi gadael oergell a dodrefn wedi torri ar y palmant ar Heol Clifton ers dydd Llun.",
                    List.of(ConcernStatus.ACKNOWLEDGED, ConcernStatus.CLOSED)),
            new DemoConcern("street-lighting", 51.4930, -3.1640, "Albany Road", "en",
                    "Three street lights in a row are out on Albany Road near the post office, and the pavement is very dark.",
                    List.of()),
            new DemoConcern("anti-social-behaviour", 51.4800, -3.2470, "Grand Avenue", "en",
                    "Fireworks are being thrown at people and cars on Grand Avenue most evenings this week.",
                    List.of(ConcernStatus.ACKNOWLEDGED)),
            new DemoConcern("speeding", 51.5350, -3.2450, null, "cy",
                    "Mae ceir yn gyrru'n rhy gyflym drwy Dongwynlais, yn enwedig heibio'r ysgol gynradd yn y bore.",
                    List.of()),
            new DemoConcern("vandalism-graffiti", 51.5150, -3.1280, "Maes chwarae Llanrhymni", "cy",
                    "Mae'r siglenni yn y maes chwarae wedi cael eu torri eto ac mae gwydr ar lawr ym mhobman.",
                    List.of(ConcernStatus.ACKNOWLEDGED, ConcernStatus.IN_PROGRESS)),
            new DemoConcern("domestic-abuse", 51.4850, -3.1960, null, "en",
                    "I often hear shouting and things breaking in the flat next door late at night, and I am worried about the woman who lives there.",
                    List.of(ConcernStatus.ACKNOWLEDGED)),
            new DemoConcern("hate-incident", 51.4905, -3.1745, null, "cy",
                    "Mae rhywun wedi peintio negeseuon hiliol ar ddrws siop ar Heol Crwys dros nos.",
                    List.of()),
            // for the councillor's queue: a suspected duplicate of the first, one held for a phone number, one for a listed word
            new DemoConcern("fly-tipping", 51.4912, -3.1740, "Back lane off Crwys Road", "en",
                    "Rubbish bags and an old mattress dumped in the back lane behind Crwys Road, still there after a week.",
                    List.of()),
            new DemoConcern("street-lighting", 51.4925, -3.1660, "Heol Albany", "en",
                    "The lamp outside the flats on Albany Road flickers all night. Ring me on 07700 900123 if you need to get in to the car park.",
                    List.of()),
            new DemoConcern("anti-social-behaviour", 51.4880, -3.1790, "Heol Salisbury", "cy",
                    "Mae rhyw dwpsyn yn parcio ar draws y palmant ar Heol Salisbury bob bore, felly mae rhaid i bobl gyda chadeiriau olwyn fynd i’r ffordd.",
                    List.of()));

    /** Demo words that hold a concern for moderation: one Welsh (matched with its mutations), one English. */
    private static final List<String[]> WORDS = List.of(new String[] {"twpsyn", "cy"}, new String[] {"scumbag", "en"});

    public void loadIfEmpty() {
        if (!areas.hasWards()) {
            AreaImport.Result imported = areaImports.importFiles(
                    List.of(resource("demo/local_authorities.json")), List.of(resource("demo/wards_" + DEMO_AUTHORITY + ".json")),
                    "demo", null);
            if (!imported.ok()) {
                throw new IllegalStateException("demo areas refused: " + imported.problems());
            }
            LOG.info(() -> "Llais demo: imported " + imported.authorities().added() + " local authorities and "
                    + imported.wards().added() + " wards");
        }
        if (partners.all().isEmpty()) {
            partners.add("cardiff-council", Partner.Kind.COUNCIL, new BilingualText("Cardiff Council", "Cyngor Caerdydd"));
            partners.add("south-wales-police", Partner.Kind.POLICE, new BilingualText("South Wales Police", "Heddlu De Cymru"));
            partners.add("cardiff-vale-uhb", Partner.Kind.HEALTH_BOARD,
                    new BilingualText("Cardiff and Vale University Health Board", "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro"));
            partners.add("south-wales-fire", Partner.Kind.FIRE_AND_RESCUE,
                    new BilingualText("South Wales Fire and Rescue Service", "Gwasanaeth Tân ac Achub De Cymru"));
            partners.add("cardiff-youth-justice", Partner.Kind.YOUTH_JUSTICE,
                    new BilingualText("Cardiff Youth Justice Service", "Gwasanaeth Cyfiawnder Ieuenctid Caerdydd"));
            partners.add("cadwyn-housing", Partner.Kind.HOUSING_ASSOCIATION,
                    new BilingualText("Cadwyn Housing Association", "Cymdeithas Tai Cadwyn"));
            partners.add("victim-support", Partner.Kind.THIRD_SECTOR,
                    new BilingualText("Victim Support Cymru", "Cymorth i Ddioddefwyr Cymru"));
        }
        if (rules.all().isEmpty()) {
            demoTeams.load();
        }
        if (apiClients.isEmpty()) {
            apiClients.createDemo("Llais demo app", DEMO_OPEN311_KEY);
            LOG.info("Llais demo: an Open311 client with the demo key");
        }
        if (concerns.isEmpty() && words.all().isEmpty()) {
            WORDS.forEach(w -> words.add(w[0], w[1], null));
        }
        if (concerns.isEmpty()) {
            StaffMember admin = accounts.find(DemoTeams.ADMIN_EMAIL).orElseThrow();
            TeamInfo police = teams.byCode("police-cardiff").orElseThrow();
            List<String> references = new java.util.ArrayList<>();
            for (DemoConcern d : CONCERNS) {
                ReportResult r = concerns.report(new NewConcern(d.category(), Double.toString(d.lat()), Double.toString(d.lon()),
                        null, d.place(), d.text(), d.language(), null, null, null, null));
                if (!r.accepted()) {
                    throw new IllegalStateException("demo concern refused: " + r.violations());
                }
                references.add(r.reference());
                Long id = concerns.idOf(r.reference()).orElseThrow();
                for (ConcernStatus s : d.progress()) {
                    switch (s) {
                        case ACKNOWLEDGED -> inbox.acknowledge(admin, id);
                        case IN_PROGRESS -> inbox.accept(admin, id);
                        case REFERRED -> inbox.refer(admin, id, police.id(),
                                "Mae hwn yn fater i'r heddlu / This is one for the police");
                        default -> inbox.changeStatus(admin, id, s);
                    }
                }
            }
            concerns.list("W05000857", "street-lighting", null, 1).items().stream().findFirst().ifPresent(c ->
                    moderation.flag(c.reference(), FlaggerIdentity.keyOf("demo-resident"), null, "OTHER",
                            "Cafodd y golau ei drwsio ddoe. / The light was mended yesterday."));
            LOG.info(() -> "Llais demo: reported " + CONCERNS.size() + " concerns");
            publishDemoOutcomes(admin, references);
        }
        if (residents.isEmpty()) {
            loadResident();
        }
        if (budgeting.isEmpty()) {
            budgeting.loadDemo();
            LOG.info("Llais demo: a participatory budgeting round in Cathays, voting now, with the demo voting codes");
            delivery.loadDemo(accounts.find(DemoTeams.ADMIN_EMAIL).orElseThrow(), partners.all().stream()
                    .filter(p -> "cardiff-council".equals(p.getCode())).findFirst().orElseThrow().getId());
            LOG.info("Llais demo: a past round in Plasnewydd, its winners in delivery, with one progress update");
            proposals.loadDemo(DEMO_RESIDENT_EMAIL);
            LOG.info("Llais demo: a round in Plasnewydd collecting ideas, with two proposals of the demo resident");
        }
        if (addresses.isEmpty() && addresses.verifiedForDemo(DEMO_RESIDENT_EMAIL, "12 Heol Enghraifft", "Caerdydd", "CF24 4AA", "W05000857")) {
            LOG.info("Llais demo: the demo resident has a verified address in Cathays and can vote there with her account");
        }
        if (storiesDemo.isEmpty()) {
            storiesDemo.load();
            LOG.info("Llais demo: a story collection in Cathays with thirty published stories");
        }
    }

    /** "You said, we did": the council cleared the fly-tipping in Crwys Road lane (two reports), the police took Splott Road's speeding into a wider plan. */
    private void publishDemoOutcomes(StaffMember admin, List<String> references) {
        String ago = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(3).toString();
        List<Outcomes.SaveResult> done = List.of(
                outcomes.save(admin, null, new OutcomeText(OutcomeKind.ACTION_TAKEN,
                        "Thank you for telling us about the rubbish dumped in the back lane behind Crwys Road.",
                        "Diolch am roi gwybod i ni am y sbwriel a adawyd yn y lôn gefn y tu ôl i Heol Crwys.",
                        "Our street cleansing team cleared the bags and the mattress, and we have put up signs warning that the lane is watched for fly-tipping.",
                        "Cliriodd ein tîm glanhau strydoedd y bagiau a’r fatres, ac rydym wedi gosod arwyddion yn rhybuddio bod y lôn yn cael ei gwylio am dipio anghyfreithlon.",
                        null, null, ago), references.get(0) + " " + references.get(14), true),
                outcomes.save(admin, null, new OutcomeText(OutcomeKind.WIDER_PLAN,
                        "Thank you for reporting speeding on Splott Road. We share your worry about children crossing to the park.",
                        "Diolch am roi gwybod am oryrru ar Heol Splott. Rydym yn rhannu eich pryder am blant sy’n croesi i’r parc.",
                        "Officers have carried out speed checks on Splott Road at night, and the road is now part of the partnership’s road safety plan for the area, which will look at traffic calming.",
                        "Mae swyddogion wedi cynnal gwiriadau cyflymder ar Heol Splott gyda’r nos, ac mae’r ffordd bellach yn rhan o gynllun diogelwch ar y ffyrdd y bartneriaeth ar gyfer yr ardal, a fydd yn ystyried mesurau arafu traffig.",
                        null, null, ago), references.get(2), true));
        for (Outcomes.SaveResult r : done) {
            if (!r.ok()) {
                throw new IllegalStateException("demo outcome refused: " + r.problems());
            }
        }
        LOG.info(() -> "Llais demo: published " + done.size() + " outcomes");
    }

    private static final List<DemoConcern> RESIDENT_CONCERNS = List.of(
            new DemoConcern("street-lighting", 51.4905, -3.1745, "Heol Cathays", "cy",
                    "Mae'r golau stryd ar gornel Heol Cathays wedi diffodd ers wythnos, ac mae'n dywyll iawn wrth gerdded adref o'r orsaf.",
                    List.of()),
            new DemoConcern("domestic-abuse", 51.4905, -3.1745, null, "cy",
                    "Rwy'n clywed gweiddi a phethau'n torri yn y fflat drws nesaf bron bob nos, ac rwy'n poeni am y plant sy'n byw yno.",
                    List.of()));

    /** The demo resident: reports made with their address before the account existed, claimed when it is verified. */
    private void loadResident() {
        for (DemoConcern d : RESIDENT_CONCERNS) {
            ReportResult r = concerns.report(new NewConcern(d.category(), Double.toString(d.lat()), Double.toString(d.lon()),
                    null, d.place(), d.text(), d.language(), DEMO_RESIDENT_EMAIL, null, null, Language.CY));
            if (!r.accepted()) {
                throw new IllegalStateException("demo concern refused: " + r.violations());
            }
        }
        Resident resident = residents.createVerified(DEMO_RESIDENT_EMAIL, DemoTeams.DEMO_PASSWORD, Language.CY, "Siân");
        concerns.list(null, "fly-tipping", null, 1).items().stream().findFirst()
                .ifPresent(c -> residents.follow(resident.id(), c.reference()));
        LOG.info("Llais demo: a resident's account with two claimed concerns");
    }

    private static AreaImport.Source resource(String name) {
        return new AreaImport.Source(name, () -> {
            InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("missing demo resource " + name);
            }
            return in;
        });
    }
}
