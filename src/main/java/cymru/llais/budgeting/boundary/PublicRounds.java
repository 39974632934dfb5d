package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.budgeting.entity.Feasibility;
import cymru.llais.budgeting.entity.Project;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/** The public pages of participatory budgeting: every round with its phase and dates, and one round's projects. */
@Named
@RequestScoped
public class PublicRounds {

    @Inject
    Budgeting budgeting;

    @Inject
    Delivery delivery;

    private java.util.Map<Long, Delivery.Item> delivered;

    private String id;
    private Budgeting.RoundView round;
    private List<Budgeting.RoundView> rounds;

    public List<Budgeting.RoundView> getRounds() {
        if (rounds == null) {
            rounds = budgeting.rounds();
        }
        return rounds;
    }

    public void load() throws IOException {
        round = budgeting.round(Ids.parse(id)).orElse(null);
        if (round == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        } else if (round.phase().compareTo(cymru.llais.budgeting.entity.Phase.RESULTS) >= 0) {
            delivery.recordWinners(round.id());
        }
    }

    /** A winner's delivery (its status and newest progress update), or null. */
    public Delivery.Item delivery(Long projectId) {
        if (delivered == null) {
            delivered = new java.util.HashMap<>();
            delivery.ofRound(round.id()).forEach(i -> delivered.put(i.project().getId(), i));
        }
        return delivered.get(projectId);
    }

    public Budgeting.RoundView getRound() {
        return round;
    }

    public List<Project> getFeasible() {
        return budgeting.publicProjects(round.id(), Feasibility.FEASIBLE);
    }

    public List<Project> getNotFeasible() {
        return budgeting.publicProjects(round.id(), Feasibility.NOT_FEASIBLE);
    }

    @Inject
    Proposals proposals;

    private java.util.Map<Long, String> alts;

    /** Residents' approved proposals awaiting staff's review (the ideas and review phases). */
    public List<Project> getUnderReview() {
        return proposals.underReview(round.id());
    }

    /** Proposals a moderator hid: the page shows their public reasons only. */
    public List<Project> getHidden() {
        return proposals.hidden(round.id());
    }

    public boolean isIdeas() {
        return round.phase() == cymru.llais.budgeting.entity.Phase.IDEAS;
    }

    /** What a public project's photo shows, or null when it has none. */
    public String alt(Project p) {
        if (alts == null) {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            getFeasible().forEach(x -> ids.add(x.getId()));
            getNotFeasible().forEach(x -> ids.add(x.getId()));
            getUnderReview().forEach(x -> ids.add(x.getId()));
            alts = proposals.photoAlts(ids);
        }
        return alts.get(p.getId());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
