package cymru.llais.routing.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** A concern in the inbox: read it with its history, and acknowledge, accept, refer, move on, or note. */
@Named
@ViewScoped
public class WorkConcern implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff current;

    @Inject
    Inbox inbox;

    @Inject
    CurrentLanguage language;

    private String id;
    private Long concernId;
    private String referTo;
    private String reason;
    private String status;
    private String note;
    private transient Inbox.Detail detail;

    public void load() throws IOException {
        try {
            concernId = id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            concernId = null;
        }
        if (detail() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public Inbox.Detail getDetail() {
        return detail();
    }

    private Inbox.Detail detail() {
        if (detail == null && concernId != null) {
            detail = inbox.detail(member(), concernId).orElse(null);
        }
        return detail;
    }

    public List<TeamInfo> getReferralTargets() {
        return inbox.referralTargets(member(), concernId);
    }

    public List<ConcernStatus> getStatuses() {
        return List.of(ConcernStatus.IN_PROGRESS, ConcernStatus.CLOSED);
    }

    public String acknowledge() {
        return after(inbox.acknowledge(member(), concernId), "routing.done.acknowledged");
    }

    public String accept() {
        return after(inbox.accept(member(), concernId), "routing.done.accepted");
    }

    public String refer() {
        Long team = null;
        try {
            team = referTo == null || referTo.isBlank() ? null : Long.valueOf(referTo);
        } catch (NumberFormatException e) {
            team = null;
        }
        Inbox.Result result = inbox.refer(member(), concernId, team, reason);
        if (result.ok()) {
            return "/staff/inbox.xhtml?faces-redirect=true&referred=1";
        }
        return after(result, null);
    }

    public String changeStatus() {
        ConcernStatus to = null;
        for (ConcernStatus s : ConcernStatus.values()) {
            if (s.name().equals(status)) {
                to = s;
            }
        }
        return after(inbox.changeStatus(member(), concernId, to), "routing.done.status");
    }

    public String addNote() {
        Inbox.Result result = inbox.addNote(member(), concernId, note);
        if (result.ok()) {
            note = null;
        }
        return after(result, "routing.done.note");
    }

    private String after(Inbox.Result result, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String key = result.ok() ? doneKey : result.errorKey();
        String text = Messages.get().format(language.get(), key);
        faces.addMessage(result.ok() ? "done" : null,
                new FacesMessage(result.ok() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, text, text));
        if (!result.ok()) {
            faces.validationFailed();
        }
        detail = null;
        return null;
    }

    private StaffMember member() {
        return current.require();
    }

    public boolean isOverdue() {
        return Optional.ofNullable(detail()).map(d -> d.item().overdue()).orElse(false);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReferTo() {
        return referTo;
    }

    public void setReferTo(String referTo) {
        this.referTo = referTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
