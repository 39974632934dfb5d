package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.budgeting.entity.Feasibility;
import cymru.llais.budgeting.entity.Project;
import cymru.llais.budgeting.entity.ProjectDetails;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One round for the administrator: its projects (add, change, decide feasibility with a public reason) and its
 * voting codes (generate a number and download them once, as CSV: only their hashes are kept).
 */
@Named
@ViewScoped
public class AdminRound implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Budgeting budgeting;

    @Inject
    CurrentStaff current;

    @Inject
    CurrentLanguage language;

    private String id;
    private String project;
    private Long roundId;
    private Long projectId;
    private String titleEn;
    private String titleCy;
    private String descriptionEn;
    private String descriptionCy;
    private String cost;
    private String place;
    private String decisionProject;
    private String decision = Feasibility.FEASIBLE.name();
    private String reasonEn;
    private String reasonCy;
    private String codeCount;
    private String votingMethods;
    private final Set<String> invalid = new HashSet<>();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        roundId = budgeting.round(Ids.parse(id)).map(Budgeting.RoundView::id).orElse(null);
        if (roundId == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        budgeting.project(Ids.parse(project)).filter(p -> p.getRoundId().equals(roundId)).ifPresent(p -> {
            projectId = p.getId();
            ProjectDetails d = p.details();
            titleEn = d.titleEn();
            titleCy = d.titleCy();
            descriptionEn = d.descriptionEn();
            descriptionCy = d.descriptionCy();
            cost = d.cost();
            place = d.place();
        });
    }

    public String saveProject() {
        invalid.clear();
        if (!current.isAdmin()) {
            return say(null, "budgeting.error.notAllowed", true);
        }
        Budgeting.SaveResult r = budgeting.saveProject(roundId, projectId,
                new ProjectDetails(titleEn, titleCy, descriptionEn, descriptionCy, cost, place));
        if (!r.ok()) {
            r.problems().forEach(p -> say(p.field(), p.key(), true));
            return null;
        }
        return "/admin/round.xhtml?faces-redirect=true&id=" + roundId;
    }

    public String decide() {
        invalid.clear();
        if (!current.isAdmin()) {
            return say(null, "budgeting.error.notAllowed", true);
        }
        Long pid = Ids.parse(decisionProject);
        boolean ours = budgeting.project(pid).map(p -> p.getRoundId().equals(roundId)).orElse(false);
        if (!ours) {
            return say("decisionProject", "budgeting.project.error.choose", true);
        }
        Feasibility f;
        try {
            f = Feasibility.valueOf(decision == null ? "" : decision.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            f = null;
        }
        String refusal = budgeting.decide(pid, f, reasonEn, reasonCy);
        if (refusal != null) {
            return say(refusal.endsWith(".reason") ? "reasonEn" : null, refusal, true);
        }
        reasonEn = null;
        reasonCy = null;
        return say(null, "budgeting.project.decided", false);
    }

    /** Who may vote: codes, accounts with a verified address in the area, or both; fixed once voting has begun. */
    public String saveVotingMethods() {
        invalid.clear();
        if (!current.isAdmin()) {
            return say(null, "budgeting.error.notAllowed", true);
        }
        cymru.llais.budgeting.entity.VotingMethods m;
        try {
            m = cymru.llais.budgeting.entity.VotingMethods.valueOf(votingMethods == null ? "" : votingMethods);
        } catch (IllegalArgumentException e) {
            m = null;
        }
        String refusal = budgeting.setVotingMethods(roundId, m);
        if (refusal != null) {
            return say("votingMethods", refusal, true);
        }
        return say(null, "budgeting.methods.saved", false);
    }

    public cymru.llais.budgeting.entity.VotingMethods[] getVotingMethodChoices() {
        return cymru.llais.budgeting.entity.VotingMethods.values();
    }

    public String getVotingMethods() {
        if (votingMethods == null) {
            Budgeting.RoundView r = getRound();
            return r == null ? null : r.round().getVotingMethods().name();
        }
        return votingMethods;
    }

    public void setVotingMethods(String votingMethods) {
        this.votingMethods = votingMethods;
    }

    /** Writes the new codes as CSV straight into the response: the one and only time they are readable. */
    public void downloadCodes() throws IOException {
        invalid.clear();
        if (!current.isAdmin()) {
            say(null, "budgeting.error.notAllowed", true);
            return;
        }
        Long n = codeCount == null ? null : Ids.parse(codeCount);
        if (n == null || n < 1 || n > Budgeting.MAX_CODES) {
            say("codeCount", "budgeting.codes.error.count", true);
            return;
        }
        List<String> codes = budgeting.generateCodes(roundId, n.intValue());
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("text/csv; charset=UTF-8");
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"voting-codes-round-" + roundId + ".csv\"");
        ext.setResponseHeader("Cache-Control", "no-store");
        Writer out = ext.getResponseOutputWriter();
        out.write("round,code\r\n");
        for (String c : codes) {
            out.write(roundId + "," + c + "\r\n");
        }
        out.flush();
        faces.responseComplete();
    }

    private String say(String field, String key, boolean error) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get().format(language.get(), key);
        if (field != null) {
            invalid.add(field);
        }
        faces.addMessage(field, new FacesMessage(error ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, text, text));
        if (error) {
            faces.validationFailed();
        }
        return null;
    }

    public boolean invalid(String field) {
        return invalid.contains(field);
    }

    public Budgeting.RoundView getRound() {
        return roundId == null ? null : budgeting.round(roundId).orElse(null);
    }

    public List<Project> getProjects() {
        return roundId == null ? List.of() : budgeting.projects(roundId);
    }

    public Budgeting.CodeCount getCodes() {
        return budgeting.codeCount(roundId);
    }

    public long getBallots() {
        return budgeting.ballotCount(roundId);
    }

    public Feasibility[] getDecisions() {
        return new Feasibility[] {Feasibility.FEASIBLE, Feasibility.NOT_FEASIBLE};
    }

    public int getMaxCodes() {
        return Budgeting.MAX_CODES;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleCy() {
        return titleCy;
    }

    public void setTitleCy(String titleCy) {
        this.titleCy = titleCy;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionCy() {
        return descriptionCy;
    }

    public void setDescriptionCy(String descriptionCy) {
        this.descriptionCy = descriptionCy;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDecisionProject() {
        return decisionProject;
    }

    public void setDecisionProject(String decisionProject) {
        this.decisionProject = decisionProject;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    public void setReasonEn(String reasonEn) {
        this.reasonEn = reasonEn;
    }

    public String getReasonCy() {
        return reasonCy;
    }

    public void setReasonCy(String reasonCy) {
        this.reasonCy = reasonCy;
    }

    public String getCodeCount() {
        return codeCount;
    }

    public void setCodeCount(String codeCount) {
        this.codeCount = codeCount;
    }
}
