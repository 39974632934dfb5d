package cymru.llais.budgeting.boundary;

import cymru.llais.accounts.boundary.ResidentAddresses;
import cymru.llais.budgeting.control.BallotBox;
import cymru.llais.budgeting.control.VoterKeys;
import cymru.llais.budgeting.control.VotingCodes;
import cymru.llais.budgeting.entity.AreaKind;
import cymru.llais.budgeting.entity.Feasibility;
import cymru.llais.budgeting.entity.Phase;
import cymru.llais.budgeting.entity.Problem;
import cymru.llais.budgeting.entity.Project;
import cymru.llais.budgeting.entity.ProjectDetails;
import cymru.llais.budgeting.entity.Round;
import cymru.llais.budgeting.entity.RoundDetails;
import cymru.llais.budgeting.entity.VotingMethods;
import cymru.llais.platform.RateLimits;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.AuthorityInfo;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Participatory budgeting: the administrator's rounds, projects, feasibility decisions and voting codes; the
 * public's view of rounds and feasible projects; and the ballot, stored once per voter.
 */
@ApplicationScoped
public class Budgeting {

    public static final int MAX_CODES = 10_000;
    private static final ZoneId WALES = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Areas areas;

    @Inject
    BallotBox box;

    @Inject
    RateLimits limits;

    @Inject
    Clock clock;

    @Inject
    ResidentAddresses addresses;

    @Inject
    @ConfigProperty(name = "llais.budgeting.voter-key-secret")
    Optional<String> configuredVoterSecret;

    private volatile VoterKeys voterKeys;

    /**
     * What a ballot is checked against: the round and the costs of the projects on its ballot, read at most once
     * a second per round instead of twice per ballot. The projects cannot change while a round is voting (see
     * {@link #saveProject}); a change of the round (its dates, who may vote) made on this instance drops the entry
     * at once, one made on another instance is seen here within the second.
     */
    private record VotingRound(Round round, Map<Long, Long> costs, long readAt) {
    }

    private static final long VOTING_ROUND_NANOS = 1_000_000_000L;
    private static final int VOTING_ROUNDS_KEPT = 256;
    private final Map<Long, VotingRound> votingRounds = new ConcurrentHashMap<>();

    /** A round as pages show it, with its phase today and the name of its area. */
    public record RoundView(Round round, Phase phase, BilingualText areaName) {
        public Long id() {
            return round.getId();
        }

        public String title(Language language) {
            return round.title(language);
        }

        public String description(Language language) {
            return round.description(language);
        }

        public boolean voting() {
            return phase == Phase.VOTING;
        }

        /** Midday on a phase's first day, so that the day shows as that day in Wales. */
        public Instant start(Phase p) {
            LocalDate d = switch (p) {
                case IDEAS, UPCOMING -> round.getIdeasFrom();
                case REVIEW -> round.getReviewFrom();
                case VOTING -> round.getVotingFrom();
                case RESULTS -> round.getResultsFrom();
                case DELIVERY -> round.getDeliveryFrom();
            };
            return d.atTime(12, 0).toInstant(ZoneOffset.UTC);
        }

        public List<Phase> phases() {
            return List.of(Phase.IDEAS, Phase.REVIEW, Phase.VOTING, Phase.RESULTS, Phase.DELIVERY);
        }
    }

    /** The answer to a save: the id when saved, or the problems, and then nothing changed. */
    public record SaveResult(Long id, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** How many codes a round has, and how many were used. */
    public record CodeCount(long total, long used) {
    }

    /** The answer to a ballot: the receipt when stored (and committed), or the key of the refusal. */
    public record VoteResult(String receipt, String refusal) {
        public boolean cast() {
            return receipt != null;
        }
    }

    /** What the confirmation page shows: the round and when; never the choices. */
    public record Receipt(String code, RoundView round, Instant castAt) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WALES));
    }

    // ---- rounds

    public List<RoundView> rounds() {
        LocalDate today = today();
        return em.createQuery("SELECT r FROM Round r ORDER BY r.votingFrom DESC, r.id DESC", Round.class).getResultList()
                .stream().map(r -> view(r, today)).toList();
    }

    public Optional<RoundView> round(Long id) {
        Round r = id == null ? null : em.find(Round.class, id);
        return r == null ? Optional.empty() : Optional.of(view(r, today()));
    }

    private RoundView view(Round r, LocalDate today) {
        return new RoundView(r, r.phaseOn(today), areaName(r.getAreaKind(), r.getAreaCode()));
    }

    private BilingualText areaName(AreaKind kind, String code) {
        Optional<BilingualText> name = kind == AreaKind.WARD ? areas.ward(code).map(WardInfo::name)
                : areas.authority(code).map(AuthorityInfo::name);
        return name.orElse(new BilingualText(code, code));
    }

    @Transactional
    public SaveResult saveRound(Long id, RoundDetails details) {
        List<Problem> problems = new ArrayList<>(details.problems());
        if (problems.isEmpty()) {
            boolean known = details.areaKind() == AreaKind.WARD ? areas.ward(details.areaCode()).isPresent()
                    : areas.authority(details.areaCode()).isPresent();
            if (!known) {
                problems.add(new Problem("area", "budgeting.error.area"));
            }
        }
        if (!problems.isEmpty()) {
            return new SaveResult(null, problems);
        }
        if (id == null) {
            Round r = new Round(details, clock.instant());
            em.persist(r);
            em.flush();
            return new SaveResult(r.getId(), List.of());
        }
        Round r = em.find(Round.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            return new SaveResult(null, List.of(new Problem(null, "budgeting.error.notFound")));
        }
        votingRounds.remove(id);
        Optional<String> refused = r.change(details, today());
        return refused.map(k -> new SaveResult(null, List.of(new Problem(null, k)))).orElse(new SaveResult(id, List.of()));
    }

    // ---- projects

    /** All projects of a round, for staff. */
    public List<Project> projects(Long roundId) {
        return em.createQuery("SELECT p FROM Project p WHERE p.roundId = :r ORDER BY p.id", Project.class)
                .setParameter("r", roundId).getResultList();
    }

    /** The projects the public sees: feasible ones (on the ballot) and, with the reason, those not feasible. */
    public List<Project> publicProjects(Long roundId, Feasibility status) {
        return em.createQuery("SELECT p FROM Project p WHERE p.roundId = :r AND p.status = :s ORDER BY p.id", Project.class)
                .setParameter("r", roundId).setParameter("s", status).getResultList();
    }

    public Optional<Project> project(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Project.class, id));
    }

    /** Adds a project to a round, or rewrites one; refused once voting has begun (ballots name its cost). */
    @Transactional
    public SaveResult saveProject(Long roundId, Long projectId, ProjectDetails details) {
        Round round = roundId == null ? null : em.find(Round.class, roundId);
        if (round == null) {
            return new SaveResult(null, List.of(new Problem(null, "budgeting.error.notFound")));
        }
        if (round.phaseOn(today()).compareTo(Phase.VOTING) >= 0) {
            return new SaveResult(null, List.of(new Problem(null, "budgeting.project.error.locked")));
        }
        List<Problem> problems = details.problems();
        if (!problems.isEmpty()) {
            return new SaveResult(null, problems);
        }
        if (projectId == null) {
            Project p = new Project(roundId, details, null, clock.instant());
            em.persist(p);
            em.flush();
            return new SaveResult(p.getId(), List.of());
        }
        votingRounds.remove(roundId);
        Project p = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !p.getRoundId().equals(roundId)) {
            return new SaveResult(null, List.of(new Problem(null, "budgeting.error.notFound")));
        }
        p.write(details);
        return new SaveResult(p.getId(), List.of());
    }

    /** Staff's feasibility decision; the key of the refusal, or null when decided. */
    @Transactional
    public String decide(Long projectId, Feasibility decision, String reasonEn, String reasonCy) {
        Project p = projectId == null ? null : em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            return "budgeting.error.notFound";
        }
        Round round = em.find(Round.class, p.getRoundId());
        if (round.phaseOn(today()).compareTo(Phase.VOTING) >= 0) {
            return "budgeting.project.error.locked";
        }
        votingRounds.remove(p.getRoundId());
        return p.decide(decision, reasonEn, reasonCy);
    }

    // ---- voting codes

    /** Makes {@code count} new codes for a round and returns them in plain text: the only time they exist so. */
    @Transactional
    public List<String> generateCodes(Long roundId, int count) {
        if (roundId == null || em.find(Round.class, roundId) == null || count < 1 || count > MAX_CODES) {
            throw new IllegalArgumentException("codes for a round, between 1 and " + MAX_CODES);
        }
        List<String> codes = new ArrayList<>(count);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int from = 0; from < count; from += 500) {
            int n = Math.min(500, count - from);
            StringBuilder sql = new StringBuilder("INSERT INTO pb_voting_code (round_id, code_hash, created_at) VALUES ");
            List<String> batch = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String code = VotingCodes.generate();
                batch.add(code);
                sql.append(i == 0 ? "" : ", ").append("(?1, '")
                        .append(VotingCodes.hash(roundId, VotingCodes.normalise(code))).append("', ?2)");
            }
            em.createNativeQuery(sql.toString()).setParameter(1, roundId).setParameter(2, now).executeUpdate();
            codes.addAll(batch);
        }
        return codes;
    }

    public CodeCount codeCount(Long roundId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(used), 0) FROM pb_voting_code WHERE round_id = ?1")
                .setParameter(1, roundId).getSingleResult();
        return new CodeCount(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public long ballotCount(Long roundId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pb_ballot WHERE round_id = ?1")
                .setParameter(1, roundId).getSingleResult()).longValue();
    }

    // ---- voting

    /**
     * Casts a ballot with a household's voting code. Refused with the key of the reason, and nothing stored: outside
     * the voting phase, a code that is not one of this round's (counted against the client, and once too many
     * refused without looking), a code already used (also when two ballots arrive at once), a ballot that is
     * empty, over the budget or over the maximum. When a receipt comes back, the ballot has been committed.
     */
    public VoteResult voteWithCode(Long roundId, String typedCode, Map<Long, Integer> choices, String client) {
        VotingRound voting = votingRound(roundId);
        if (voting == null) {
            return refused("budgeting.error.notFound");
        }
        Round round = voting.round();
        if (round.phaseOn(today()) != Phase.VOTING) {
            return refused("budgeting.vote.error.notVoting");
        }
        if (!round.getVotingMethods().codes()) {
            return refused("budgeting.vote.error.codesNotTaken");
        }
        if (typedCode == null || typedCode.isBlank()) {
            return refused("budgeting.vote.error.codeRequired");
        }
        if (limits.exhausted(RateLimits.Kind.UNKNOWN_VOTING_CODE, client)) {
            return refused("budgeting.vote.error.tooManyCodes");
        }
        Optional<String> invalid = round.check(choices, voting.costs());
        if (invalid.isPresent()) {
            return refused(invalid.get());
        }
        String code = VotingCodes.normalise(typedCode);
        BallotBox.Cast cast = code == null ? new BallotBox.Cast(BallotBox.Result.UNKNOWN_CODE, null)
                : castWithRetry(roundId, VotingCodes.hash(roundId, code), choices);
        return switch (cast.result()) {
            case CAST -> new VoteResult(cast.receipt(), null);
            case ALREADY_VOTED -> refused("budgeting.vote.error.alreadyVoted");
            case UNKNOWN_CODE -> refused(limits.allow(RateLimits.Kind.UNKNOWN_VOTING_CODE, client)
                    ? "budgeting.vote.error.unknownCode" : "budgeting.vote.error.tooManyCodes");
        };
    }

    /**
     * Casts in a transaction of its own; tried once more when the database chose this transaction as a deadlock's
     * victim (simultaneous ballots for one voter whose first was rolled back), which stored nothing.
     */
    private BallotBox.Cast castWithRetry(long roundId, String codeHash, Map<Long, Integer> choices) {
        try {
            return box.castWithCode(roundId, codeHash, choices, clock.instant());
        } catch (RuntimeException e) {
            return box.castWithCode(roundId, codeHash, choices, clock.instant());
        }
    }

    /** The round and its ballot's project costs, from {@link #votingRounds} when read within the last second. */
    private VotingRound votingRound(Long roundId) {
        if (roundId == null) {
            return null;
        }
        long now = System.nanoTime();
        VotingRound known = votingRounds.get(roundId);
        if (known != null && now - known.readAt() < VOTING_ROUND_NANOS) {
            return known;
        }
        Round round = em.find(Round.class, roundId);
        if (round == null) {
            votingRounds.remove(roundId);
            return null;
        }
        Map<Long, Long> costs = new LinkedHashMap<>();
        publicProjects(roundId, Feasibility.FEASIBLE).forEach(p -> costs.put(p.getId(), p.getCost()));
        VotingRound read = new VotingRound(round, java.util.Collections.unmodifiableMap(costs), now);
        if (votingRounds.size() >= VOTING_ROUNDS_KEPT) {
            votingRounds.clear();
        }
        votingRounds.put(roundId, read);
        return read;
    }

    /** Where a signed-in resident stands for voting with their account in a round; the key of each says why. */
    public enum AccountVoting {
        ELIGIBLE, NOT_SIGNED_IN, NOT_TAKEN, NOT_VOTING, NOT_VERIFIED, OUTSIDE_AREA, ALREADY_VOTED;

        public String key() {
            return switch (this) {
                case ELIGIBLE -> "budgeting.account.eligible";
                case NOT_SIGNED_IN -> "budgeting.account.error.notSignedIn";
                case NOT_TAKEN -> "budgeting.account.error.notTaken";
                case NOT_VOTING -> "budgeting.vote.error.notVoting";
                case NOT_VERIFIED -> "budgeting.account.error.notVerified";
                case OUTSIDE_AREA -> "budgeting.account.error.outsideArea";
                case ALREADY_VOTED -> "budgeting.account.error.alreadyVoted";
            };
        }
    }

    /**
     * Whether the resident may vote with their account in the round: the round takes accounts and is in its voting
     * phase, the resident's address is verified and lies in the round's area (its ward, or a ward of its local
     * authority), and the account has not voted in it.
     */
    public AccountVoting accountVoting(Long roundId, Long residentId) {
        Round round = roundId == null ? null : em.find(Round.class, roundId);
        if (residentId == null || round == null) {
            return AccountVoting.NOT_SIGNED_IN;
        }
        if (!round.getVotingMethods().accounts()) {
            return AccountVoting.NOT_TAKEN;
        }
        if (round.phaseOn(today()) != Phase.VOTING) {
            return AccountVoting.NOT_VOTING;
        }
        Optional<String> ward = addresses.verifiedWard(residentId);
        if (ward.isEmpty()) {
            return AccountVoting.NOT_VERIFIED;
        }
        String authority = areas.ward(ward.get()).map(WardInfo::authorityCode).orElse(null);
        if (!round.covers(ward.get(), authority)) {
            return AccountVoting.OUTSIDE_AREA;
        }
        if (box.hasVoted(roundId, voterKeys().account(roundId, residentId))) {
            return AccountVoting.ALREADY_VOTED;
        }
        return AccountVoting.ELIGIBLE;
    }

    /**
     * Casts a ballot with a signed-in resident's account. Refused with the key of the reason, and nothing stored:
     * the round does not take accounts or is not voting, the address is not verified or not in the area, the
     * account has voted (also when two ballots arrive at once: pb_voter's primary key holds one), or the ballot is
     * empty, over the budget or over the maximum. When a receipt comes back, the ballot has been committed.
     */
    public VoteResult voteWithAccount(Long roundId, Long residentId, Map<Long, Integer> choices) {
        AccountVoting eligible = accountVoting(roundId, residentId);
        if (eligible != AccountVoting.ELIGIBLE) {
            return refused(eligible.key());
        }
        VotingRound voting = votingRound(roundId);
        if (voting == null) {
            return refused("budgeting.error.notFound");
        }
        Optional<String> invalid = voting.round().check(choices, voting.costs());
        if (invalid.isPresent()) {
            return refused(invalid.get());
        }
        String key = voterKeys().account(roundId, residentId);
        BallotBox.Cast cast;
        try {
            cast = box.castWithAccount(roundId, key, choices, clock.instant());
        } catch (RuntimeException e) {
            cast = box.castWithAccount(roundId, key, choices, clock.instant());
        }
        return cast.result() == BallotBox.Result.CAST ? new VoteResult(cast.receipt(), null)
                : refused(AccountVoting.ALREADY_VOTED.key());
    }

    /** The voter key secret: configured, or made at first use and kept in the database for every instance. */
    VoterKeys voterKeys() {
        VoterKeys k = voterKeys;
        if (k == null) {
            String secret = configuredVoterSecret.map(String::strip).filter(c -> c.length() >= 16).orElseGet(box::storedSecret);
            k = new VoterKeys(secret.getBytes(StandardCharsets.UTF_8));
            voterKeys = k;
        }
        return k;
    }

    /** Sets who may vote in a round (codes, accounts or both); the key of the refusal, or null when set. */
    @Transactional
    public String setVotingMethods(Long roundId, VotingMethods methods) {
        Round r = roundId == null ? null : em.find(Round.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            return "budgeting.error.notFound";
        }
        votingRounds.remove(roundId);
        return r.changeVotingMethods(methods, today()).orElse(null);
    }

    private static VoteResult refused(String key) {
        return new VoteResult(null, key);
    }

    /** The stored ballot with this receipt code, for its confirmation page. */
    public Optional<Receipt> receipt(String code) {
        if (code == null || !code.matches("[A-Z0-9-]{1,20}")) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT round_id, cast_at FROM pb_ballot WHERE receipt = ?1")
                .setParameter(1, code).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Instant castAt = toInstant(row[1]);
        return round(((Number) row[0]).longValue()).map(r -> new Receipt(code, r, castAt));
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    // ---- demo

    /** The demo's voting codes, printed in the README: fixed, so that anyone trying the demo can vote. */
    public static final List<String> DEMO_CODES = List.of("DEMA-PBCD-2345", "DEMA-PBCD-2346", "DEMA-PBCD-2347",
            "DEMA-PBCD-2348", "DEMA-PBCD-2349");

    /** Whether there is no round yet (the demo loads one then). */
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(r) FROM Round r", Long.class).getSingleResult() == 0;
    }

    /**
     * The demo round: Cathays, voting now (it opened three days before the demo was loaded and runs for four
     * weeks), £10,000 within the budget, four feasible projects and one not feasible, and the fixed demo codes.
     */
    @Transactional
    public Long loadDemo() {
        LocalDate t = today();
        RoundDetails details = new RoundDetails("WARD:W05000857", "Safer streets in Cathays", "Strydoedd diogelach yng Nghathays",
                "£10,000 for projects that make Cathays feel safer. Choose the projects you want; together they must fit in the budget.",
                "£10,000 ar gyfer prosiectau sy'n gwneud i Gathays deimlo'n fwy diogel. Dewiswch y prosiectau rydych chi eu heisiau; "
                        + "gyda'i gilydd rhaid iddynt ffitio yn y gyllideb.",
                "10000", "KNAPSACK", null, null, "EQUAL_SHARES", t.minusDays(60).toString(), t.minusDays(30).toString(),
                t.minusDays(3).toString(), t.plusDays(25).toString(), t.plusDays(60).toString());
        Round round = new Round(details, clock.instant());
        em.persist(round);
        em.flush();
        String[][] projects = {
            {"Brighter lights in the lanes behind Cathays Terrace", "Goleuadau mwy llachar yn y lonydd y tu ôl i Deras Cathays",
                "LED lights in the four back lanes where residents report feeling unsafe after dark.",
                "Goleuadau LED yn y pedair lôn gefn lle mae preswylwyr yn teimlo'n anniogel ar ôl iddi dywyllu.", "4500"},
            {"Youth club evenings at the community centre", "Nosweithiau clwb ieuenctid yn y ganolfan gymunedol",
                "Two evenings a week for a year, with trained youth workers.",
                "Dwy noson yr wythnos am flwyddyn, gyda gweithwyr ieuenctid hyfforddedig.", "3800"},
            {"Alley gates for Woodville Road", "Gatiau lôn i Heol Woodville",
                "Lockable gates at both ends of the lane, keys for every house.",
                "Gatiau y gellir eu cloi ar ddau ben y lôn, ac allweddi i bob tŷ.", "2900"},
            {"Speed signs on Crwys Road", "Arwyddion cyflymder ar Heol Crwys",
                "Two signs that show drivers their speed.", "Dau arwydd sy'n dangos eu cyflymder i yrwyr.", "2400"},
        };
        for (String[] p : projects) {
            Project project = new Project(round.getId(), new ProjectDetails(p[0], p[1], p[2], p[3], p[4], null),
                    null, clock.instant());
            em.persist(project);
            project.decide(Feasibility.FEASIBLE, null, null);
        }
        Project cctv = new Project(round.getId(), new ProjectDetails("CCTV on every street", null,
                "Cameras covering every street in the ward.", null, "250000", null), null, clock.instant());
        em.persist(cctv);
        cctv.decide(Feasibility.NOT_FEASIBLE, "It costs far more than the whole budget.", "Mae'n costio llawer mwy na'r gyllideb gyfan.");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String code : DEMO_CODES) {
            em.createNativeQuery("INSERT INTO pb_voting_code (round_id, code_hash, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, round.getId()).setParameter(2, VotingCodes.hash(round.getId(), VotingCodes.normalise(code)))
                    .setParameter(3, now).executeUpdate();
        }
        return round.getId();
    }
}
