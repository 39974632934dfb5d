package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.FormFeedback;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.budgeting.entity.DeliveryStatus;
import cymru.llais.budgeting.entity.Problem;
import cymru.llais.i18n.CurrentLanguage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /staff/delivery.xhtml}: the winning projects in delivery that the member works on (all for the
 * administrator, who makes a partner responsible for each; the responsible partner's for its staff), and with
 * {@code ?project=} the form of a progress update in English and Welsh side by side, published as an outcome.
 */
@Named
@ViewScoped
public class ProjectDelivery implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff current;

    @Inject
    Delivery delivery;

    @Inject
    CurrentLanguage language;

    private String project;
    private Long projectId;
    private String status;
    private String updateEn;
    private String updateCy;
    private String assignProject;
    private String assignPartner;
    private transient List<Delivery.Item> items;
    private final FormFeedback feedback = new FormFeedback();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        delivery.recordDue();
        if (project != null && !project.isBlank()) {
            Long id = Ids.parse(project);
            Delivery.Item item = id == null ? null : delivery.updatable(current.require(), id).orElse(null);
            if (item == null) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(404, "");
                faces.responseComplete();
                return;
            }
            projectId = id;
            status = item.project().getDeliveryStatus().name();
        }
    }

    public List<Delivery.Item> getItems() {
        if (items == null) {
            items = delivery.forStaff(current.require());
        }
        return items;
    }

    /** The project whose update is being written, or null. */
    public Delivery.Item getSelected() {
        return projectId == null ? null : delivery.updatable(current.require(), projectId).orElse(null);
    }

    public String publish() {
        feedback.clear();
        StaffMember member = current.require();
        Budgeting.SaveResult result = delivery.postUpdate(member, projectId, status, updateEn, updateCy);
        if (!result.ok()) {
            errors(result.problems());
            return null;
        }
        FormFeedback.noticeAfterRedirect(language.get(), "budgeting.delivery.published");
        return "/staff/delivery.xhtml?faces-redirect=true";
    }

    public String assign() {
        feedback.clear();
        List<Problem> problems = delivery.assign(current.require(), Ids.parse(assignProject), Ids.parse(assignPartner));
        if (!problems.isEmpty()) {
            errors(problems);
            return null;
        }
        FormFeedback.noticeAfterRedirect(language.get(), "budgeting.delivery.assigned");
        return "/staff/delivery.xhtml?faces-redirect=true";
    }

    private void errors(List<Problem> problems) {
        for (Problem p : problems) {
            feedback.error(language.get(), p.field(), p.key());
        }
    }

    public boolean invalid(String field) {
        return feedback.invalid(field);
    }

    public boolean isAdmin() {
        return current.isAdmin();
    }

    public List<Delivery.PartnerOption> getPartners() {
        return delivery.partnerOptions();
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getUpdateEn() {
        return updateEn;
    }

    public void setUpdateEn(String updateEn) {
        this.updateEn = updateEn;
    }

    public String getUpdateCy() {
        return updateCy;
    }

    public void setUpdateCy(String updateCy) {
        this.updateCy = updateCy;
    }

    public String getAssignProject() {
        return assignProject;
    }

    public void setAssignProject(String assignProject) {
        this.assignProject = assignProject;
    }

    public String getAssignPartner() {
        return assignPartner;
    }

    public void setAssignPartner(String assignPartner) {
        this.assignPartner = assignPartner;
    }
}
