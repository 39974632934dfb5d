package cymru.llais.outcomes.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A partner's answer to one or more concerns: the response and what was done, in Welsh and English, when,
 * and of which kind. Saved as a draft while it is written; once published it is public and not changed.
 */
@Entity
@Table(name = "outcome")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutcomeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutcomeStatus status = OutcomeStatus.DRAFT;

    @Column(name = "response_en")
    private String responseEn;

    @Column(name = "response_cy")
    private String responseCy;

    @Column(name = "outcome_en")
    private String outcomeEn;

    @Column(name = "outcome_cy")
    private String outcomeCy;

    @Column(name = "reason_en")
    private String reasonEn;

    @Column(name = "reason_cy")
    private String reasonCy;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outcome_concern", joinColumns = @JoinColumn(name = "outcome_id"))
    private List<LinkedConcern> concerns = new ArrayList<>();

    @Embedded
    private ProjectLink project;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outcome_ward", joinColumns = @JoinColumn(name = "outcome_id"))
    private List<OutcomeWard> wards = new ArrayList<>();

    protected Outcome() {
    }

    /**
     * A new draft reporting the delivery of a participatory budgeting project: it answers no concern, and concerns
     * the wards of the project's round directly (at least one).
     */
    public static Outcome ofProject(Long partnerId, Long authorId, Instant now, ProjectLink project, List<String> wardCodes) {
        if (project == null || wardCodes == null || wardCodes.isEmpty()) {
            throw new IllegalArgumentException("a project's outcome names the project and its wards");
        }
        Outcome o = new Outcome(partnerId, authorId, now);
        o.project = project;
        wardCodes.stream().map(OutcomeWard::new).distinct().forEach(o.wards::add);
        return o;
    }

    /** A new draft of a partner's member of staff. */
    public Outcome(Long partnerId, Long authorId, Instant now) {
        if (partnerId == null || authorId == null) {
            throw new IllegalArgumentException("an outcome belongs to a partner and has an author");
        }
        this.partnerId = partnerId;
        this.authorId = authorId;
        this.kind = OutcomeKind.ACTION_TAKEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Rewrites the draft; the caller has checked the text for a draft ({@link OutcomeText#problems}). */
    public void write(OutcomeText text, Long authorId, Instant now) {
        requireDraft();
        if (text.kind() == null) {
            throw new IllegalArgumentException("an outcome has a kind");
        }
        if (!text.kind().answersConcerns() && !isOfProject()) {
            throw new IllegalArgumentException("a progress update reports a project's delivery");
        }
        kind = text.kind();
        responseEn = text.responseEn();
        responseCy = text.responseCy();
        outcomeEn = text.outcomeEn();
        outcomeCy = text.outcomeCy();
        reasonEn = text.reasonEn();
        reasonCy = text.reasonCy();
        doneOn = text.date();
        this.authorId = authorId;
        updatedAt = now;
    }

    /** The concerns it answers from now on (at least one). */
    public void answer(List<LinkedConcern> linked) {
        requireDraft();
        if (isOfProject()) {
            throw new IllegalStateException("a project's outcome answers no concern");
        }
        if (linked == null || linked.isEmpty()) {
            throw new IllegalArgumentException("an outcome answers at least one concern");
        }
        concerns.clear();
        linked.stream().distinct().forEach(concerns::add);
    }

    /** Publishes it; refused unless the text is complete in both languages and it answers a concern or names a project. */
    public void publish(Instant now, LocalDate today) {
        requireDraft();
        if (!text().problems(today, true).isEmpty() || (concerns.isEmpty() && !isOfProject())) {
            throw new IllegalStateException("an outcome is published complete, in both languages");
        }
        status = OutcomeStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    public OutcomeText text() {
        return new OutcomeText(kind, responseEn, responseCy, outcomeEn, outcomeCy, reasonEn, reasonCy,
                doneOn == null ? null : doneOn.toString());
    }

    private void requireDraft() {
        if (status != OutcomeStatus.DRAFT) {
            throw new IllegalStateException("a published outcome is not changed");
        }
    }

    public boolean isPublished() {
        return status == OutcomeStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public OutcomeStatus getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Changes with every write: a translation exported before a change is recognised as stale. */
    public int getVersion() {
        return version;
    }

    public List<LinkedConcern> getConcerns() {
        return Collections.unmodifiableList(concerns);
    }

    /** Whether it reports the delivery of a participatory budgeting project (and answers no concern). */
    public boolean isOfProject() {
        return project != null && project.isPresent();
    }

    /** The project it reports on, or null. */
    public ProjectLink getProject() {
        return isOfProject() ? project : null;
    }

    /** The wards it concerns directly (a project's round's area); empty for an outcome answering concerns. */
    public List<String> getWards() {
        return wards.stream().map(OutcomeWard::getWardCode).toList();
    }
}
