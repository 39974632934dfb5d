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
import java.util.List;
import java.util.Optional;

/**
 * A project in a round: its words in one or both languages, its cost, and staff's feasibility decision; a
 * project that is not feasible carries a public reason in both languages. Only feasible projects are voted on.
 */
@Entity
@Table(name = "pb_project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "title_cy")
    private String titleCy;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "description_cy")
    private String descriptionCy;

    @Column(nullable = false)
    private long cost;

    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Feasibility status = Feasibility.PROPOSED;

    @Column(name = "reason_en")
    private String reasonEn;

    @Column(name = "reason_cy")
    private String reasonCy;

    @Column(name = "proposer_id")
    private Long proposerId;

    @Column(nullable = false)
    private boolean selected;

    @Column(name = "language")
    private String language;

    @Column(name = "held_for")
    private String heldFor;

    @Column(name = "hidden_reason_en")
    private String hiddenReasonEn;

    @Column(name = "hidden_reason_cy")
    private String hiddenReasonCy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status")
    private DeliveryStatus deliveryStatus;

    @Column(name = "delivery_partner_id")
    private Long deliveryPartnerId;

    @Version
    private int version;

    protected Project() {
    }

    /** A new project awaiting review; the caller has checked the details. */
    public Project(Long roundId, ProjectDetails details, Long proposerId, Instant now) {
        this.roundId = roundId;
        this.proposerId = proposerId;
        this.createdAt = now;
        write(details);
    }

    /**
     * A resident's proposal, in the language it was written in, held for a councillor whatever the free-text check
     * found ({@code heldFor}: its findings, or {@link #NEW_PROPOSAL}); the caller has checked the details.
     */
    public static Project proposal(Long roundId, ProposalDetails details, Long proposerId, List<String> heldFor, Instant now) {
        Project p = new Project(roundId, details.asProject(), proposerId, now);
        p.language = details.language().code();
        p.status = Feasibility.HELD;
        p.heldFor = String.join(",", heldFor.isEmpty() ? List.of(NEW_PROPOSAL) : heldFor);
        if (p.heldFor.length() > 500) {
            p.heldFor = p.heldFor.substring(0, 500);
        }
        return p;
    }

    /** Recorded as the reason a proposal waits when the free-text check found nothing: every proposal waits. */
    public static final String NEW_PROPOSAL = "NEW_PROPOSAL";

    /** A councillor's approval: a held (or hidden) proposal becomes public, awaiting review. The key of a refusal, or null. */
    public String approve() {
        if (status != Feasibility.HELD && status != Feasibility.HIDDEN) {
            return "budgeting.proposal.error.notHeld";
        }
        status = Feasibility.PROPOSED;
        hiddenReasonEn = null;
        hiddenReasonCy = null;
        return null;
    }

    /** A councillor hides a proposal with a public reason in both languages; off the ballot. The key of a refusal, or null. */
    public String hide(String reasonEn, String reasonCy) {
        String en = RoundDetails.clean(reasonEn);
        String cy = RoundDetails.clean(reasonCy);
        if (en == null || cy == null) {
            return "budgeting.proposal.error.hideReason";
        }
        if (en.length() > RoundDetails.MAX_TEXT || cy.length() > RoundDetails.MAX_TEXT) {
            return "budgeting.error.tooLong";
        }
        status = Feasibility.HIDDEN;
        hiddenReasonEn = en;
        hiddenReasonCy = cy;
        return null;
    }

    public void write(ProjectDetails d) {
        if (!d.problems().isEmpty()) {
            throw new IllegalArgumentException("a project is saved complete");
        }
        titleEn = d.titleEn();
        titleCy = d.titleCy();
        descriptionEn = d.descriptionEn();
        descriptionCy = d.descriptionCy();
        cost = d.costPounds();
        place = d.place();
    }

    /**
     * Staff's decision. Not feasible needs the public reason in both languages; feasible needs the title and
     * description in both (the ballot is bilingual). The key of the refusal, or null when decided.
     */
    public String decide(Feasibility decision, String reasonEn, String reasonCy) {
        String en = RoundDetails.clean(reasonEn);
        String cy = RoundDetails.clean(reasonCy);
        if (decision == null || !decision.isPublic()) {
            return "budgeting.project.error.decision";
        }
        if (!status.isPublic()) {
            return "budgeting.proposal.error.notApproved";
        }
        if (decision == Feasibility.NOT_FEASIBLE && (en == null || cy == null)) {
            return "budgeting.project.error.reason";
        }
        if (decision == Feasibility.FEASIBLE && (titleEn == null || titleCy == null)) {
            return "budgeting.project.error.bothLanguages";
        }
        if ((en != null && en.length() > RoundDetails.MAX_TEXT) || (cy != null && cy.length() > RoundDetails.MAX_TEXT)) {
            return "budgeting.error.tooLong";
        }
        status = decision;
        this.reasonEn = decision == Feasibility.NOT_FEASIBLE ? en : null;
        this.reasonCy = decision == Feasibility.NOT_FEASIBLE ? cy : null;
        return null;
    }

    /** The title in the language asked for, or in the other when it has only that one. */
    public String title(Language language) {
        String t = language == Language.CY ? titleCy : titleEn;
        return t != null ? t : (language == Language.CY ? titleEn : titleCy);
    }

    public String description(Language language) {
        String t = language == Language.CY ? descriptionCy : descriptionEn;
        return t != null ? t : (language == Language.CY ? descriptionEn : descriptionCy);
    }

    /** The language {@link #title} gives for the language asked for. */
    public Language textLanguage(Language language) {
        String t = language == Language.CY ? titleCy : titleEn;
        return t != null ? language : (language == Language.CY ? Language.EN : Language.CY);
    }

    public String reason(Language language) {
        return language == Language.CY ? reasonCy : reasonEn;
    }

    public ProjectDetails details() {
        return new ProjectDetails(titleEn, titleCy, descriptionEn, descriptionCy, Long.toString(cost), place);
    }

    /** The language a resident's proposal was written in; empty for a project staff added. */
    public Optional<Language> proposedIn() {
        return Language.fromCode(language);
    }

    /** Who proposed the project, as a bundle key: a resident in Welsh or in English, or staff. */
    public String originKey() {
        return proposedIn().map(l -> l == Language.CY ? "budgeting.proposal.origin.cy" : "budgeting.proposal.origin.en")
                .orElse("budgeting.proposal.origin.staff");
    }

    /** What the free-text check found when the proposal came in (EMAIL, PHONE, WORD:word, or NEW_PROPOSAL). */
    public List<String> heldFor() {
        return heldFor == null ? List.of() : List.of(heldFor.split(","));
    }

    public String hiddenReason(Language language) {
        return language == Language.CY ? hiddenReasonCy : hiddenReasonEn;
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public long getCost() {
        return cost;
    }

    public String getPlace() {
        return place;
    }

    public Feasibility getStatus() {
        return status;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    public String getReasonCy() {
        return reasonCy;
    }

    public Long getProposerId() {
        return proposerId;
    }

    public boolean isSelected() {
        return selected;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    // ---- delivery

    /** Records it as a winner of its round, counted by the round's rule: selected, and in delivery as planned. */
    public void win() {
        if (status != Feasibility.FEASIBLE) {
            throw new IllegalStateException("only a project on the ballot can win");
        }
        selected = true;
        if (deliveryStatus == null) {
            deliveryStatus = DeliveryStatus.PLANNED;
        }
    }

    public boolean isInDelivery() {
        return deliveryStatus != null;
    }

    /** The administrator makes a partner responsible for delivering it; the key of the refusal, or null when done. */
    public String assign(Long partnerId) {
        if (!isInDelivery()) {
            return "budgeting.delivery.error.notInDelivery";
        }
        if (partnerId == null) {
            return "budgeting.delivery.error.partner";
        }
        deliveryPartnerId = partnerId;
        return null;
    }

    /** Whether staff of this partner post its progress updates. */
    public boolean isDeliveredBy(Long partnerId) {
        return isInDelivery() && partnerId != null && partnerId.equals(deliveryPartnerId);
    }

    /**
     * Why a progress update with this status cannot be posted (a message key), or null: it must be in delivery, with a
     * responsible partner, and a project that is done is not planned or in progress again.
     */
    public String progressRefusal(DeliveryStatus next) {
        if (!isInDelivery()) {
            return "budgeting.delivery.error.notInDelivery";
        }
        if (deliveryPartnerId == null) {
            return "budgeting.delivery.error.noPartner";
        }
        if (next == null) {
            return "budgeting.delivery.error.status";
        }
        if (deliveryStatus == DeliveryStatus.DONE && next != DeliveryStatus.DONE) {
            return "budgeting.delivery.error.done";
        }
        return null;
    }

    /** Moves its delivery on, once an update with this status has been published. */
    public void progress(DeliveryStatus next) {
        String refusal = progressRefusal(next);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        deliveryStatus = next;
    }

    public DeliveryStatus getDeliveryStatus() {
        return deliveryStatus;
    }

    public Long getDeliveryPartnerId() {
        return deliveryPartnerId;
    }
}
