package cymru.llais.budgeting.boundary;

import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.budgeting.control.RoundCount;
import cymru.llais.budgeting.entity.AreaKind;
import cymru.llais.budgeting.entity.DeliveryStatus;
import cymru.llais.budgeting.entity.Feasibility;
import cymru.llais.budgeting.entity.ProjectDetails;
import cymru.llais.budgeting.entity.RoundDetails;
import cymru.llais.budgeting.entity.Phase;
import cymru.llais.budgeting.entity.Problem;
import cymru.llais.budgeting.entity.Project;
import cymru.llais.budgeting.entity.Round;
import cymru.llais.i18n.Messages;
import cymru.llais.outcomes.boundary.Outcomes;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.Partners;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delivery of a round's winners. Once the results phase has begun, the winners counted by the round's rule are
 * recorded once: selected, and in delivery as planned. The administrator makes a partner responsible for each; that
 * partner's staff (or the administrator) post progress updates in English and Welsh, each published on the "you
 * said, we did" board as an outcome that names the project and concerns the wards of the round's area.
 */
@ApplicationScoped
public class Delivery {

    private static final ZoneId WALES = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    RoundCount counter;

    @Inject
    Outcomes outcomes;

    @Inject
    Partners partners;

    @Inject
    Areas areas;

    @Inject
    Clock clock;

    /** A winning project in delivery: its round, the responsible partner (or null) and its newest update (or null). */
    public record Item(Project project, Round round, Long partnerId, BilingualText partnerName, Outcomes.ProjectUpdate latest) {
        public String statusKey() {
            return project.getDeliveryStatus().key();
        }

        public String title(Language language) {
            return project.title(language);
        }

        public String roundTitle(Language language) {
            return round.title(language);
        }
    }

    /** A partner the administrator can make responsible. */
    public record PartnerOption(Long id, BilingualText name) {
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WALES));
    }

    /**
     * Records the winners of a round whose results phase has begun, if not done yet: counted by its rule, each is
     * selected and goes into delivery as planned. Whether it recorded them now.
     */
    @Transactional
    public boolean recordWinners(Long roundId) {
        if (roundId == null || recorded(roundId)) {
            return false;
        }
        Round round = em.find(Round.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        // read again under the round's lock, as a locking read: the first read's snapshot may be older than a commit
        if (round == null || round.phaseOn(today()).compareTo(Phase.RESULTS) < 0 || recordedLocking(roundId)) {
            return false;
        }
        RoundCount.Tally tally = counter.count(round, round.getAreaCode());
        for (String id : tally.result().selectedAscending()) {
            Project p = tally.projects().get(id);
            em.lock(p, LockModeType.PESSIMISTIC_WRITE);
            p.win();
        }
        em.createNativeQuery("INSERT INTO pb_round_delivery (round_id, recorded_at) VALUES (?1, ?2)").setParameter(1, roundId)
                .setParameter(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
        return true;
    }

    /** Records the winners of every round whose results phase has begun and whose winners are not recorded yet. */
    @Transactional
    public void recordDue() {
        LocalDate today = today();
        for (Round r : em.createQuery("SELECT r FROM Round r WHERE r.resultsFrom <= :t", Round.class).setParameter("t", today)
                .getResultList()) {
            if (!recorded(r.getId())) {
                recordWinners(r.getId());
            }
        }
    }

    private boolean recordedLocking(Long roundId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pb_round_delivery WHERE round_id = ?1 FOR UPDATE")
                .setParameter(1, roundId).getSingleResult()).longValue() > 0;
    }

    private boolean recorded(Long roundId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pb_round_delivery WHERE round_id = ?1").setParameter(1, roundId)
                .getSingleResult()).longValue() > 0;
    }

    /** The winners of a round in delivery, for its public pages. */
    @Transactional
    public List<Item> ofRound(Long roundId) {
        return items(em.createQuery("SELECT p FROM Project p WHERE p.roundId = :r AND p.deliveryStatus IS NOT NULL ORDER BY p.id",
                Project.class).setParameter("r", roundId).getResultList());
    }

    /** The projects in delivery this member works on: all for an administrator, else those of their partner. */
    @Transactional
    public List<Item> forStaff(StaffMember member) {
        if (!mayWork(member)) {
            return List.of();
        }
        List<Project> projects = member.isAdmin()
                ? em.createQuery("SELECT p FROM Project p WHERE p.deliveryStatus IS NOT NULL ORDER BY p.roundId DESC, p.id", Project.class)
                .setMaxResults(500).getResultList()
                : em.createQuery("SELECT p FROM Project p WHERE p.deliveryStatus IS NOT NULL AND p.deliveryPartnerId = :partner"
                + " ORDER BY p.roundId DESC, p.id", Project.class).setParameter("partner", member.partnerId()).setMaxResults(500).getResultList();
        return items(projects);
    }

    /** A project in delivery this member may post updates for: the responsible partner's staff, or an administrator. */
    @Transactional
    public Optional<Item> updatable(StaffMember member, Long projectId) {
        Project p = projectId == null ? null : em.find(Project.class, projectId);
        if (p == null || !p.isInDelivery() || !mayUpdate(member, p)) {
            return Optional.empty();
        }
        return Optional.of(items(List.of(p)).get(0));
    }

    public List<PartnerOption> partnerOptions() {
        return partners.all().stream().map(p -> new PartnerOption(p.getId(), p.getName())).toList();
    }

    /** The administrator makes a partner responsible for a project in delivery. */
    @Transactional
    public List<Problem> assign(StaffMember member, Long projectId, Long partnerId) {
        if (member == null || !member.isAdmin() || !member.active()) {
            return List.of(new Problem(null, "budgeting.delivery.error.notAllowed"));
        }
        Project p = projectId == null ? null : em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            return List.of(new Problem("assignProject", "budgeting.error.notFound"));
        }
        if (partnerId == null || partners.all().stream().noneMatch(x -> x.getId().equals(partnerId))) {
            return List.of(new Problem("assignPartner", "budgeting.delivery.error.partner"));
        }
        String refusal = p.assign(partnerId);
        return refusal == null ? List.of() : List.of(new Problem("assignProject", refusal));
    }

    /**
     * Posts a progress update: the new status and the update in English and Welsh (both required), published as an
     * outcome of the responsible partner. Refused with the problems, and nothing stored, when this member may not
     * speak for the project, the status is missing or goes back from done, or a language is missing or too long.
     */
    @Transactional
    public Budgeting.SaveResult postUpdate(StaffMember member, Long projectId, String status, String updateEn, String updateCy) {
        Project p = projectId == null ? null : em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !p.isInDelivery()) {
            return new Budgeting.SaveResult(null, List.of(new Problem(null, "budgeting.error.notFound")));
        }
        if (!mayUpdate(member, p)) {
            return new Budgeting.SaveResult(null, List.of(new Problem(null, "budgeting.delivery.error.notYours")));
        }
        DeliveryStatus next = DeliveryStatus.parse(status).orElse(null);
        String refusal = p.progressRefusal(next);
        if (refusal != null) {
            return new Budgeting.SaveResult(null, List.of(new Problem(next == null ? "status" : null, refusal)));
        }
        Round round = em.find(Round.class, p.getRoundId());
        Messages m = Messages.get();
        String responseEn = m.format(Language.EN, "budgeting.delivery.response", p.title(Language.EN), round.title(Language.EN));
        String responseCy = m.format(Language.CY, "budgeting.delivery.response", p.title(Language.CY), round.title(Language.CY));
        Outcomes.ProjectRef ref = new Outcomes.ProjectRef(round.getId(), p.getId(),
                new BilingualText(p.title(Language.EN), p.title(Language.CY)),
                new BilingualText(round.title(Language.EN), round.title(Language.CY)));
        Outcomes.SaveResult published = outcomes.publishProjectUpdate(member, p.getDeliveryPartnerId(), ref, wards(round),
                next == DeliveryStatus.DONE, responseEn, responseCy, updateEn, updateCy);
        if (!published.ok()) {
            List<Problem> problems = new ArrayList<>();
            for (var q : published.problems()) {
                String field = "outcomeEn".equals(q.field()) ? "updateEn" : "outcomeCy".equals(q.field()) ? "updateCy" : null;
                String key = switch (q.key()) {
                    case "outcomes.error.outcomeEn" -> "budgeting.delivery.error.updateEn";
                    case "outcomes.error.outcomeCy" -> "budgeting.delivery.error.updateCy";
                    default -> q.key();
                };
                problems.add(new Problem(field, key));
            }
            return new Budgeting.SaveResult(null, List.copyOf(problems));
        }
        p.progress(next);
        return new Budgeting.SaveResult(published.id(), List.of());
    }

    /** The wards of a round's area: its ward, or every ward of its local authority. */
    List<String> wards(Round round) {
        if (round.getAreaKind() == AreaKind.WARD) {
            return List.of(round.getAreaCode());
        }
        return areas.wards(Language.EN).stream().filter(w -> round.getAreaCode().equals(w.authorityCode())).map(WardInfo::code).toList();
    }

    private List<Item> items(List<Project> projects) {
        if (projects.isEmpty()) {
            return List.of();
        }
        Map<Long, Outcomes.ProjectUpdate> latest = outcomes.latestOfProjects(projects.stream().map(Project::getId).toList());
        Map<Long, BilingualText> names = new HashMap<>();
        partners.all().forEach(x -> names.put(x.getId(), x.getName()));
        Map<Long, Round> rounds = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (Project p : projects) {
            Round r = rounds.computeIfAbsent(p.getRoundId(), id -> em.find(Round.class, id));
            items.add(new Item(p, r, p.getDeliveryPartnerId(), p.getDeliveryPartnerId() == null ? null : names.get(p.getDeliveryPartnerId()),
                    latest.get(p.getId())));
        }
        return items;
    }

    private static boolean mayWork(StaffMember member) {
        return member != null && member.active() && !member.isCouncillor();
    }

    private static boolean mayUpdate(StaffMember member, Project p) {
        return mayWork(member) && (member.isAdmin() || p.isDeliveredBy(member.partnerId()));
    }

    // ---- demo

    /**
     * The demo's past round, in delivery: "Brighter Plasnewydd", voted a year ago (six households, greedy within
     * £8,000), its three winners made the council's, and one progress update published on the board.
     */
    @Transactional
    public Long loadDemo(StaffMember admin, Long councilPartnerId) {
        LocalDate t = today();
        Round round = new Round(new RoundDetails("WARD:W05000873", "Brighter Plasnewydd", "Plasnewydd mwy disglair",
                "£8,000 for projects that make Plasnewydd feel safer after dark.",
                "£8,000 ar gyfer prosiectau sy’n gwneud i Blasnewydd deimlo’n fwy diogel ar ôl iddi dywyllu.",
                "8000", "KNAPSACK", null, null, "GREEDY", t.minusDays(420).toString(), t.minusDays(390).toString(),
                t.minusDays(360).toString(), t.minusDays(330).toString(), t.minusDays(300).toString()), clock.instant());
        em.persist(round);
        em.flush();
        String[][] projects = {
            {"Street lights on Tewkesbury Street", "Goleuadau stryd ar Stryd Tewkesbury",
                "Six new lights along the dark stretch by the railway bridge.",
                "Chwe golau newydd ar hyd y darn tywyll ger pont y rheilffordd.", "3500"},
            {"Clean-up days for the community garden", "Diwrnodau glanhau i’r ardd gymunedol",
                "Four Saturdays of tools, skips and volunteers to clear the garden.",
                "Pedwar dydd Sadwrn o offer, sgipiau a gwirfoddolwyr i glirio’r ardd.", "2000"},
            {"Bike marking events", "Digwyddiadau marcio beiciau",
                "Police officers mark and register residents’ bikes at the library.",
                "Swyddogion yr heddlu yn marcio ac yn cofrestru beiciau preswylwyr yn y llyfrgell.", "1500"},
            {"A mural for the underpass", "Murlun i’r danffordd",
                "Local young people paint the underpass with an artist.",
                "Pobl ifanc leol yn paentio’r danffordd gydag artist.", "4000"},
        };
        List<Long> ids = new ArrayList<>();
        for (String[] p : projects) {
            Project project = new Project(round.getId(), new ProjectDetails(p[0], p[1], p[2], p[3], p[4], null),
                    null, clock.instant());
            em.persist(project);
            project.decide(Feasibility.FEASIBLE, null, null);
            em.flush();
            ids.add(project.getId());
        }
        int[][] ballots = {{0, 1}, {0, 1}, {0, 1}, {0, 2}, {0, 2}, {3}};
        LocalDateTime castAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(350);
        for (int b = 0; b < ballots.length; b++) {
            em.createNativeQuery("INSERT INTO pb_ballot (round_id, receipt, cast_at) VALUES (?1, ?2, ?3)").setParameter(1, round.getId())
                    .setParameter(2, "DEMO-" + round.getId() + "-" + (b + 1)).setParameter(3, castAt).executeUpdate();
            Long ballotId = ((Number) em.createNativeQuery("SELECT id FROM pb_ballot WHERE receipt = ?1")
                    .setParameter(1, "DEMO-" + round.getId() + "-" + (b + 1)).getSingleResult()).longValue();
            for (int p : ballots[b]) {
                em.createNativeQuery("INSERT INTO pb_ballot_choice (ballot_id, project_id, points) VALUES (?1, ?2, 1)")
                        .setParameter(1, ballotId).setParameter(2, ids.get(p)).executeUpdate();
            }
        }
        recordWinners(round.getId());
        for (Project p : em.createQuery("SELECT p FROM Project p WHERE p.roundId = :r AND p.deliveryStatus IS NOT NULL", Project.class)
                .setParameter("r", round.getId()).getResultList()) {
            p.assign(councilPartnerId);
        }
        Budgeting.SaveResult update = postUpdate(admin, ids.get(0), "IN_PROGRESS",
                "The new street lights on Tewkesbury Street are ordered; the council's lighting team will fit them next month.",
                "Mae’r goleuadau stryd newydd ar Stryd Tewkesbury wedi’u harchebu; bydd tîm goleuo’r cyngor yn eu gosod fis nesaf.");
        if (!update.ok()) {
            throw new IllegalStateException("demo update refused: " + update.problems());
        }
        return round.getId();
    }
}
