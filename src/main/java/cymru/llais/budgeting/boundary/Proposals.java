package cymru.llais.budgeting.boundary;

import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.budgeting.entity.AreaKind;
import cymru.llais.budgeting.entity.Feasibility;
import cymru.llais.budgeting.entity.Phase;
import cymru.llais.budgeting.entity.Problem;
import cymru.llais.budgeting.entity.Project;
import cymru.llais.budgeting.entity.ProjectPhoto;
import cymru.llais.budgeting.entity.ProposalDetails;
import cymru.llais.budgeting.entity.Round;
import cymru.llais.moderation.boundary.Moderation;
import cymru.llais.moderation.boundary.ModerationWords;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.PhotoSanitiser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Residents' proposals: made in a round's ideas phase by a verified resident (a few per round), always held for a
 * councillor of the round's area first, with what the free-text check found; approved (then public and reviewed by
 * staff for feasibility) or hidden with a public reason. The public never learns who proposed what.
 */
@ApplicationScoped
public class Proposals {

    /** How many proposals one resident may make in one round. */
    public static final int MAX_PER_RESIDENT = 5;

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Budgeting budgeting;

    @Inject
    ModerationWords words;

    @Inject
    Moderation moderation;

    @Inject
    Areas areas;

    @Inject
    Clock clock;

    /** A proposal as a moderator or staff see it, with its round. */
    public record Held(Project project, Budgeting.RoundView round, boolean hasPhoto) {
    }

    /** A photo to serve. */
    public record Image(String contentType, byte[] data) {
    }

    /**
     * Stores a resident's proposal, held for moderation; refused with the problems, and nothing stored: not the
     * ideas phase, bad details, a photo that is not a JPEG or PNG, or too many proposals in this round already.
     */
    @Transactional
    public Budgeting.SaveResult propose(Long residentId, Long roundId, ProposalDetails details, byte[] photo) {
        if (residentId == null) {
            return refused(null, "budgeting.proposal.error.signIn");
        }
        Round round = roundId == null ? null : em.find(Round.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            return refused(null, "budgeting.error.notFound");
        }
        if (round.phaseOn(budgeting.today()) != Phase.IDEAS) {
            return refused(null, "budgeting.proposal.error.notIdeas");
        }
        List<Problem> problems = new java.util.ArrayList<>(details.problems());
        PhotoSanitiser.Photo clean = null;
        if (photo != null) {
            try {
                clean = PhotoSanitiser.sanitise(photo);
            } catch (PhotoSanitiser.Rejected e) {
                problems.add(new Problem("photo", e.key()));
            }
        }
        if (!problems.isEmpty()) {
            return new Budgeting.SaveResult(null, problems);
        }
        // the round's row is locked above, so two proposals at once cannot both be the fifth
        long already = em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.roundId = :r AND p.proposerId = :a", Long.class)
                .setParameter("r", roundId).setParameter("a", residentId).getSingleResult();
        if (already >= MAX_PER_RESIDENT) {
            return refused(null, "budgeting.proposal.error.tooMany");
        }
        Project p = Project.proposal(roundId, details, residentId, words.findings(details.freeText()), clock.instant());
        em.persist(p);
        em.flush();
        if (clean != null) {
            em.persist(new ProjectPhoto(p.getId(), clean.contentType(), clean.width(), clean.height(), clean.data(), details.photoAlt()));
        }
        return new Budgeting.SaveResult(p.getId(), List.of());
    }

    private static Budgeting.SaveResult refused(String field, String key) {
        return new Budgeting.SaveResult(null, List.of(new Problem(field, key)));
    }

    /** A resident's own proposals in a round, newest first. */
    public List<Project> mine(Long residentId, Long roundId) {
        if (residentId == null || roundId == null) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Project p WHERE p.roundId = :r AND p.proposerId = :a ORDER BY p.id DESC", Project.class)
                .setParameter("r", roundId).setParameter("a", residentId).getResultList();
    }

    /** Approved proposals still awaiting staff's review: public, without their proposer. */
    public List<Project> underReview(Long roundId) {
        return budgeting.publicProjects(roundId, Feasibility.PROPOSED);
    }

    /** Proposals hidden by a moderator: only their public reasons are shown. */
    public List<Project> hidden(Long roundId) {
        return budgeting.publicProjects(roundId, Feasibility.HIDDEN);
    }

    /** The photos' descriptions of these projects, by project id (projects without a photo are absent). */
    public Map<Long, String> photoAlts(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT ph FROM ProjectPhoto ph WHERE ph.projectId IN :ids", ProjectPhoto.class)
                .setParameter("ids", projectIds).getResultList().stream()
                .collect(Collectors.toMap(ProjectPhoto::getProjectId, ProjectPhoto::getAlt));
    }

    /** A public project's photo; nothing for a held or hidden one. */
    public Optional<Image> publicPhoto(Long projectId) {
        return budgeting.project(projectId).filter(p -> p.getStatus().isPublic()).flatMap(p -> image(p.getId()));
    }

    /** Any proposal's photo, for a moderator of its round's area. */
    public Optional<Image> moderatorPhoto(StaffMember member, Long projectId) {
        return held(member, projectId).flatMap(h -> image(h.project().getId()));
    }

    private Optional<Image> image(Long projectId) {
        ProjectPhoto photo = em.find(ProjectPhoto.class, projectId);
        return photo == null ? Optional.empty() : Optional.of(new Image(photo.getContentType(), photo.getData()));
    }

    // ---- moderation

    /** Whether the member moderates this round's area: a ward round its ward's councillors, an authority's round
     * the councillors of any of its wards; the administrator every round. */
    public boolean mayModerate(StaffMember member, Round round) {
        Set<String> wards = moderation.wardsOf(member);
        if (wards == null) {
            return true;
        }
        if (round.getAreaKind() == AreaKind.WARD) {
            return wards.contains(round.getAreaCode());
        }
        return wards.stream().map(areas::ward).flatMap(Optional::stream).map(WardInfo::authorityCode)
                .anyMatch(round.getAreaCode()::equals);
    }

    /** The proposals waiting for this member: held ones in rounds of their areas, oldest first. */
    public List<Held> awaiting(StaffMember member) {
        List<Project> held = em.createQuery("SELECT p FROM Project p WHERE p.status = :s ORDER BY p.id", Project.class)
                .setParameter("s", Feasibility.HELD).getResultList();
        Map<Long, Budgeting.RoundView> rounds = held.stream().map(Project::getRoundId).distinct()
                .map(budgeting::round).flatMap(Optional::stream)
                .filter(r -> mayModerate(member, r.round()))
                .collect(Collectors.toMap(Budgeting.RoundView::id, Function.identity()));
        Map<Long, String> photos = photoAlts(held.stream().map(Project::getId).toList());
        return held.stream().filter(p -> rounds.containsKey(p.getRoundId()))
                .map(p -> new Held(p, rounds.get(p.getRoundId()), photos.containsKey(p.getId()))).toList();
    }

    /** One proposal, when the member moderates its round's area. */
    public Optional<Held> held(StaffMember member, Long projectId) {
        Optional<Project> p = budgeting.project(projectId).filter(x -> x.proposedIn().isPresent());
        if (p.isEmpty()) {
            return Optional.empty();
        }
        return budgeting.round(p.get().getRoundId()).filter(r -> mayModerate(member, r.round()))
                .map(r -> new Held(p.get(), r, em.find(ProjectPhoto.class, p.get().getId()) != null));
    }

    /** Approves a held (or hidden) proposal; the key of a refusal, or null. */
    @Transactional
    public String approve(StaffMember member, Long projectId) {
        return moderate(member, projectId, Project::approve);
    }

    /** Hides a proposal with a public reason in both languages; the key of a refusal, or null. */
    @Transactional
    public String hide(StaffMember member, Long projectId, String reasonEn, String reasonCy) {
        return moderate(member, projectId, p -> p.hide(reasonEn, reasonCy));
    }

    private String moderate(StaffMember member, Long projectId, Function<Project, String> action) {
        Optional<Held> h = held(member, projectId);
        if (h.isEmpty()) {
            return "budgeting.proposal.error.notYours";
        }
        if (h.get().round().phase().compareTo(Phase.VOTING) >= 0) {
            return "budgeting.project.error.locked";
        }
        Project p = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        return action.apply(p);
    }

    // ---- demo

    /**
     * A second demo round, in Plasnewydd, collecting ideas now, with two proposals of the demo resident (written in
     * Welsh): one approved and awaiting staff's review (and translation), one waiting for the councillor.
     */
    @Transactional
    public Long loadDemo(String residentEmail) {
        java.time.LocalDate t = budgeting.today();
        Round round = new Round(new cymru.llais.budgeting.entity.RoundDetails("WARD:W05000873", "Brighter evenings in Plasnewydd",
                "Nosweithiau goleuach ym Mhlasnewydd",
                "£8,000 for ideas from residents that make Plasnewydd safer after dark. Propose a project while the round collects ideas.",
                "£8,000 ar gyfer syniadau gan breswylwyr sy'n gwneud Plasnewydd yn fwy diogel ar ôl iddi dywyllu. "
                        + "Cynigiwch brosiect tra bo'r cylch yn casglu syniadau.",
                "8000", "KNAPSACK", null, null, "GREEDY", t.minusDays(7).toString(), t.plusDays(21).toString(),
                t.plusDays(42).toString(), t.plusDays(63).toString(), t.plusDays(90).toString()), clock.instant());
        em.persist(round);
        em.flush();
        List<?> ids = em.createNativeQuery("SELECT id FROM resident_account WHERE email = ?1").setParameter(1, residentEmail).getResultList();
        if (ids.isEmpty()) {
            return round.getId();
        }
        Long resident = ((Number) ids.get(0)).longValue();
        Project approved = Project.proposal(round.getId(), new ProposalDetails(cymru.llais.shared.Language.CY,
                "Mainc a golau yng ngardd gymunedol Heol Richmond",
                "Mainc newydd a golau solar wrth y fynedfa, fel bod pobl yn teimlo'n ddiogel yn yr ardd gyda'r nos.",
                "2200", "Gardd gymunedol Heol Richmond", null, false), resident, List.of(), clock.instant());
        em.persist(approved);
        approved.approve();
        Project held = Project.proposal(round.getId(), new ProposalDetails(cymru.llais.shared.Language.CY,
                "Marciau ffordd lliwgar ger yr ysgol gynradd",
                "Paentio croesfannau lliwgar ar y ffordd y tu allan i'r ysgol, i arafu gyrwyr yn y bore.",
                "3500", "Heol Albany", null, false), resident, words.findings(), clock.instant());
        em.persist(held);
        return round.getId();
    }
}
