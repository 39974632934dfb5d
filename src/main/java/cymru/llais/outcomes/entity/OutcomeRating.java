package cymru.llais.outcomes.entity;

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
import java.util.Objects;

/**
 * One resident's rating of a published outcome (one per account and outcome, held by the database); rating again
 * changes it. Whether the resident reported one of the concerns it answers, and whether the rating may be counted in
 * public (not when that concern is sensitive), are decided when it is given.
 */
@Entity
@Table(name = "outcome_rating")
public class OutcomeRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "outcome_id", nullable = false)
    private Long outcomeId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rating rating;

    @Column
    private String comment;

    @Column(name = "is_reporter", nullable = false)
    private boolean reporter;

    @Column(name = "counts_publicly", nullable = false)
    private boolean countsPublicly;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected OutcomeRating() {
    }

    public OutcomeRating(Long outcomeId, Long accountId, Instant now) {
        if (outcomeId == null || accountId == null) {
            throw new IllegalArgumentException("a rating is of an outcome, by an account");
        }
        this.outcomeId = outcomeId;
        this.accountId = accountId;
        this.createdAt = now;
    }

    /**
     * Records the answer; true when it sends the rater's own concerns back to their partner: a reporter says "not
     * resolved", and it is new (not the same answer with the same comment sent again).
     */
    public boolean rate(RatingInput input, boolean isReporter, boolean countsPublicly, Instant now) {
        if (!input.problems().isEmpty()) {
            throw new IllegalArgumentException("a rating is checked before it is recorded");
        }
        boolean same = input.rating() == rating && Objects.equals(input.comment(), comment);
        boolean reopens = isReporter && input.rating() == Rating.NOT_RESOLVED && !same;
        this.rating = input.rating();
        this.comment = input.comment();
        this.reporter = isReporter;
        this.countsPublicly = countsPublicly;
        this.updatedAt = now;
        return reopens;
    }

    public Long getId() {
        return id;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Rating getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public boolean isReporter() {
        return reporter;
    }

    public boolean isCountsPublicly() {
        return countsPublicly;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
