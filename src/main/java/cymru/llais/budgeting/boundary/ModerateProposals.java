package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.FormFeedback;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A councillor moderates residents' budgeting proposals of rounds in their wards (the administrator: every round):
 * the list of held proposals, and one proposal to approve or to hide with a public reason in both languages.
 */
@Named
@ViewScoped
public class ModerateProposals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Proposals proposals;

    @Inject
    Budgeting budgeting;

    @Inject
    CurrentStaff current;

    @Inject
    CurrentLanguage language;

    private String id;
    private Long projectId;
    private transient Proposals.Held held;
    private transient List<Proposals.Held> awaiting;
    private String hideEn;
    private String hideCy;
    private final FormFeedback feedback = new FormFeedback();

    public List<Proposals.Held> getAwaiting() {
        if (awaiting == null) {
            awaiting = proposals.awaiting(current.require());
        }
        return awaiting;
    }

    /** One proposal: 404 when there is none, 403 when it belongs to a round outside the member's wards. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Long pid = Ids.parse(id);
        held = proposals.held(current.require(), pid).orElse(null);
        projectId = held == null ? null : pid;
        if (held == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            boolean exists = budgeting.project(pid).flatMap(p -> p.proposedIn()).isPresent();
            faces.getExternalContext().responseSendError(exists ? 403 : 404, "");
            faces.responseComplete();
        }
    }

    public String approve() {
        return after(proposals.approve(current.require(), projectId), "budgeting.proposal.done.approved");
    }

    public String hide() {
        return after(proposals.hide(current.require(), projectId, hideEn, hideCy), "budgeting.proposal.done.hidden");
    }

    private String after(String refusal, String done) {
        if (refusal != null) {
            feedback.error(language.get(), refusal.endsWith("hideReason") ? "hideEn" : null, refusal);
            return null;
        }
        FormFeedback.noticeAfterRedirect(language.get(), done);
        return "/councillor/proposals.xhtml?faces-redirect=true";
    }

    /** Why the proposal waits, in words: what the free-text check found, or that every proposal is moderated. */
    public String heldFor(Proposals.Held h) {
        Language l = language.get();
        Messages m = Messages.get();
        return h.project().heldFor().stream().map(code -> switch (code) {
            case "EMAIL" -> m.format(l, "moderation.held.email");
            case "PHONE" -> m.format(l, "moderation.held.phone");
            default -> code.startsWith("WORD:") ? m.format(l, "moderation.held.word", code.substring(5))
                    : m.format(l, "budgeting.proposal.held.new");
        }).collect(Collectors.joining("; "));
    }

    public boolean invalid(String field) {
        return feedback.invalid(field);
    }

    public Proposals.Held getHeld() {
        if (held == null && projectId != null) {
            held = proposals.held(current.require(), projectId).orElse(null);
        }
        return held;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getHideEn() {
        return hideEn;
    }

    public void setHideEn(String hideEn) {
        this.hideEn = hideEn;
    }

    public String getHideCy() {
        return hideCy;
    }

    public void setHideCy(String hideCy) {
        this.hideCy = hideCy;
    }
}
