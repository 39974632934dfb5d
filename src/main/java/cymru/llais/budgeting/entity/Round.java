package cymru.llais.budgeting.entity;

import cymru.llais.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A participatory budgeting round for one area: its budget, its ballot and counting rule, and the days its
 * phases start. It knows its phase on a given day and whether a ballot is valid for it.
 */
@Entity
@Table(name = "pb_round")
public class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_kind", nullable = false)
    private AreaKind areaKind;

    @Column(name = "area_code", nullable = false)
    private String areaCode;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_cy", nullable = false)
    private String titleCy;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "description_cy", nullable = false)
    private String descriptionCy;

    @Column(nullable = false)
    private long budget;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_type", nullable = false)
    private BallotType ballotType;

    @Column(name = "max_projects")
    private Integer maxProjects;

    @Column(name = "points")
    private Integer points;

    @Enumerated(EnumType.STRING)
    @Column(name = "counting_rule", nullable = false)
    private CountingRule rule;

    @Column(name = "ideas_from", nullable = false)
    private LocalDate ideasFrom;

    @Column(name = "review_from", nullable = false)
    private LocalDate reviewFrom;

    @Column(name = "voting_from", nullable = false)
    private LocalDate votingFrom;

    @Column(name = "results_from", nullable = false)
    private LocalDate resultsFrom;

    @Column(name = "delivery_from", nullable = false)
    private LocalDate deliveryFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "voting_methods", nullable = false)
    private VotingMethods votingMethods = VotingMethods.BOTH;

    @Version
    private int version;

    protected Round() {
    }

    /** A new round; the caller has checked the details ({@link RoundDetails#problems()} is empty). */
    public Round(RoundDetails details, Instant now) {
        this.createdAt = now;
        apply(details);
    }

    /**
     * Changes the round. Once voting has begun, the budget and the ballot no longer change (ballots were cast
     * against them): the key of that refusal, or empty when changed.
     */
    public Optional<String> change(RoundDetails details, LocalDate today) {
        if (phaseOn(today).compareTo(Phase.VOTING) >= 0
                && (details.budgetPounds() != budget || details.type() != ballotType
                || !java.util.Objects.equals(details.maxProjectsNumber(), maxProjects)
                || !java.util.Objects.equals(details.pointsNumber(), points))) {
            return Optional.of("budgeting.error.ballotLocked");
        }
        apply(details);
        return Optional.empty();
    }

    private void apply(RoundDetails d) {
        if (!d.problems().isEmpty()) {
            throw new IllegalArgumentException("a round is saved complete and valid");
        }
        areaKind = d.areaKind();
        areaCode = d.areaCode();
        titleEn = d.titleEn();
        titleCy = d.titleCy();
        descriptionEn = d.descriptionEn();
        descriptionCy = d.descriptionCy();
        budget = d.budgetPounds();
        ballotType = d.type();
        maxProjects = d.maxProjectsNumber();
        points = d.pointsNumber();
        rule = d.countingRule();
        LocalDate[] dates = d.dates();
        ideasFrom = dates[0];
        reviewFrom = dates[1];
        votingFrom = dates[2];
        resultsFrom = dates[3];
        deliveryFrom = dates[4];
    }

    /** The phase on a day in Wales: each phase lasts from its start day to the day before the next starts. */
    public Phase phaseOn(LocalDate today) {
        if (today.isBefore(ideasFrom)) {
            return Phase.UPCOMING;
        }
        if (today.isBefore(reviewFrom)) {
            return Phase.IDEAS;
        }
        if (today.isBefore(votingFrom)) {
            return Phase.REVIEW;
        }
        if (today.isBefore(resultsFrom)) {
            return Phase.VOTING;
        }
        if (today.isBefore(deliveryFrom)) {
            return Phase.RESULTS;
        }
        return Phase.DELIVERY;
    }

    /**
     * Whether a ballot is valid: {@code choices} maps project ids to points (1 for a chosen project on an approval
     * or knapsack ballot), {@code costs} the feasible projects on the ballot to their costs. The key of the first
     * thing wrong, or empty when valid.
     */
    public Optional<String> check(Map<Long, Integer> choices, Map<Long, Long> costs) {
        if (choices == null || choices.isEmpty() || choices.values().stream().allMatch(p -> p == null || p == 0)) {
            return Optional.of("budgeting.vote.error.empty");
        }
        long cost = 0;
        long used = 0;
        int chosen = 0;
        for (Map.Entry<Long, Integer> c : choices.entrySet()) {
            Integer p = c.getValue();
            if (!costs.containsKey(c.getKey())) {
                return Optional.of("budgeting.vote.error.project");
            }
            if (p == null || p < 0 || (ballotType != BallotType.CUMULATIVE && p > 1)) {
                return Optional.of("budgeting.vote.error.points");
            }
            if (p > 0) {
                chosen++;
                used += p;
                cost += costs.get(c.getKey());
            }
        }
        return switch (ballotType) {
            case APPROVAL -> chosen > maxProjects ? Optional.of("budgeting.vote.error.tooMany") : Optional.empty();
            case KNAPSACK -> cost > budget ? Optional.of("budgeting.vote.error.overBudget") : Optional.empty();
            case CUMULATIVE -> used > points ? Optional.of("budgeting.vote.error.tooManyPoints") : Optional.empty();
        };
    }

    /**
     * Whether a resident whose verified address lies in this ward (of this local authority) may vote here: the
     * round's ward, or a ward of the round's local authority.
     */
    public boolean covers(String wardCode, String authorityCode) {
        return switch (areaKind) {
            case WARD -> areaCode.equals(wardCode);
            case AUTHORITY -> areaCode.equals(authorityCode);
        };
    }

    /** Sets who may vote; refused (the key) once voting has begun, when it would change who could vote. */
    public Optional<String> changeVotingMethods(VotingMethods methods, LocalDate today) {
        if (methods == null) {
            return Optional.of("budgeting.methods.error.choose");
        }
        if (methods != votingMethods && phaseOn(today).compareTo(Phase.VOTING) >= 0) {
            return Optional.of("budgeting.methods.error.locked");
        }
        votingMethods = methods;
        return Optional.empty();
    }

    public VotingMethods getVotingMethods() {
        return votingMethods == null ? VotingMethods.BOTH : votingMethods;
    }

    public String title(Language language) {
        return language == Language.CY ? titleCy : titleEn;
    }

    public String description(Language language) {
        return language == Language.CY ? descriptionCy : descriptionEn;
    }

    /** The details as the form shows them. */
    public RoundDetails details() {
        return new RoundDetails(areaKind.name() + ":" + areaCode, titleEn, titleCy, descriptionEn, descriptionCy,
                Long.toString(budget), ballotType.name(), maxProjects == null ? null : maxProjects.toString(),
                points == null ? null : points.toString(), rule.name(), ideasFrom.toString(), reviewFrom.toString(),
                votingFrom.toString(), resultsFrom.toString(), deliveryFrom.toString());
    }

    public Long getId() {
        return id;
    }

    public AreaKind getAreaKind() {
        return areaKind;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public long getBudget() {
        return budget;
    }

    public BallotType getBallotType() {
        return ballotType;
    }

    public Integer getMaxProjects() {
        return maxProjects;
    }

    public Integer getPoints() {
        return points;
    }

    public CountingRule getRule() {
        return rule;
    }

    public LocalDate getIdeasFrom() {
        return ideasFrom;
    }

    public LocalDate getReviewFrom() {
        return reviewFrom;
    }

    public LocalDate getVotingFrom() {
        return votingFrom;
    }

    public LocalDate getResultsFrom() {
        return resultsFrom;
    }

    public LocalDate getDeliveryFrom() {
        return deliveryFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
