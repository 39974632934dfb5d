package cymru.llais.outcomes.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.FormFeedback;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.concerns.boundary.StaffConcern;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.outcomes.entity.OutcomeKind;
import cymru.llais.outcomes.entity.OutcomeStatus;
import cymru.llais.outcomes.entity.OutcomeText;
import cymru.llais.outcomes.entity.Problem;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome form: English and Welsh side by side, kind, date, reason, the concerns it answers; save a draft
 * or publish. Started from a concern ({@code ?concern=}) or opened again ({@code ?id=}).
 */
@Named
@ViewScoped
public class WriteOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff current;

    @Inject
    Outcomes outcomes;

    @Inject
    CurrentLanguage language;

    private String id;
    private String concern;
    private Long outcomeId;
    private OutcomeStatus status;
    private String kind = OutcomeKind.ACTION_TAKEN.name();
    private String responseEn;
    private String responseCy;
    private String outcomeEn;
    private String outcomeCy;
    private String reasonEn;
    private String reasonCy;
    private String doneOn;
    private String references;
    private List<String> picked = new ArrayList<>();
    private final FormFeedback feedback = new FormFeedback();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        StaffMember member = current.require();
        boolean found;
        if (id != null && !id.isBlank()) {
            Long parsed = Ids.parse(id);
            Outcomes.StaffOutcome o = parsed == null ? null : outcomes.forStaff(member, parsed).orElse(null);
            found = o != null;
            if (found) {
                fill(o);
            }
        } else {
            Long concernId = Ids.parse(concern);
            StaffConcern c = concernId == null ? null : outcomes.answerable(member, concernId).orElse(null);
            found = c != null;
            if (found) {
                references = c.reference();
            }
        }
        if (!found) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    private void fill(Outcomes.StaffOutcome o) {
        outcomeId = o.id();
        status = o.status();
        OutcomeText t = o.text();
        kind = t.kind().name();
        responseEn = t.responseEn();
        responseCy = t.responseCy();
        outcomeEn = t.outcomeEn();
        outcomeCy = t.outcomeCy();
        reasonEn = t.reasonEn();
        reasonCy = t.reasonCy();
        doneOn = t.doneOn();
        references = o.references();
    }

    public String saveDraft() {
        return save(false);
    }

    public String publish() {
        return save(true);
    }

    private String save(boolean publishing) {
        feedback.clear();
        Set<String> all = new LinkedHashSet<>();
        if (references != null) {
            all.add(references);
        }
        all.addAll(picked);
        OutcomeText text = new OutcomeText(OutcomeKind.parse(kind).orElse(null), responseEn, responseCy, outcomeEn, outcomeCy,
                reasonEn, reasonCy, doneOn);
        Outcomes.SaveResult result = outcomes.save(current.require(), outcomeId, text, String.join(" ", all), publishing);
        if (!result.ok()) {
            for (Problem p : result.problems()) {
                if (p.argument() == null) {
                    feedback.error(language.get(), p.field(), p.key());
                } else {
                    feedback.error(language.get(), p.field(), p.key(), p.argument());
                }
            }
            return null;
        }
        FormFeedback.noticeAfterRedirect(language.get(), publishing ? "outcomes.done.published" : "outcomes.done.saved");
        return "/staff/outcome.xhtml?faces-redirect=true&id=" + result.id();
    }


    public boolean invalid(String field) {
        return feedback.invalid(field);
    }

    public boolean isPublished() {
        return status == OutcomeStatus.PUBLISHED;
    }

    public OutcomeKind[] getKinds() {
        return java.util.Arrays.stream(OutcomeKind.values()).filter(OutcomeKind::answersConcerns).toArray(OutcomeKind[]::new);
    }

    public List<StaffConcern> getPickable() {
        return outcomes.pickable(current.require());
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getConcern() {
        return concern;
    }

    public void setConcern(String concern) {
        this.concern = concern;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getResponseEn() {
        return responseEn;
    }

    public void setResponseEn(String responseEn) {
        this.responseEn = responseEn;
    }

    public String getResponseCy() {
        return responseCy;
    }

    public void setResponseCy(String responseCy) {
        this.responseCy = responseCy;
    }

    public String getOutcomeEn() {
        return outcomeEn;
    }

    public void setOutcomeEn(String outcomeEn) {
        this.outcomeEn = outcomeEn;
    }

    public String getOutcomeCy() {
        return outcomeCy;
    }

    public void setOutcomeCy(String outcomeCy) {
        this.outcomeCy = outcomeCy;
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

    public String getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(String doneOn) {
        this.doneOn = doneOn;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    public List<String> getPicked() {
        return picked;
    }

    public void setPicked(List<String> picked) {
        this.picked = picked == null ? new ArrayList<>() : picked;
    }
}
