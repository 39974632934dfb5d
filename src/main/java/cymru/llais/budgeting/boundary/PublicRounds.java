package cymru.llais.budgeting.boundary;

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
        round = budgeting.round(AdminRounds.parse(id)).orElse(null);
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

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
