package cymru.llais.moderation.boundary;

import cymru.llais.accounts.boundary.CurrentResident;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.ConcernView;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.moderation.entity.FlagReason;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * "Report this to the councillor": a resident flags a published concern with a reason from a short list
 * and, if they like, a few words. One flag per person: the database refuses a second.
 */
@Named
@ViewScoped
public class FlagConcern implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Moderation moderation;

    @Inject
    FlaggerIdentity flagger;

    @Inject
    Concerns concerns;

    @Inject
    CurrentResident resident;

    @Inject
    CurrentLanguage language;

    private String reference;
    private boolean flaggable;
    private boolean done;
    private String reason;
    private String comment;

    /** Called when the page is first shown: only a published, non-sensitive concern can be flagged. */
    public void init(String ref) {
        reference = ref;
        flaggable = concerns.find(ref).map(ConcernView::isPublished).orElse(false)
                && !concerns.find(ref).map(ConcernView::sensitive).orElse(true);
    }

    public List<FlagReason> getReasons() {
        return List.of(FlagReason.values());
    }

    public String flag() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // a signed-in resident flags as their account (once, whichever browser); anyone else as this browser's session
        Long account = resident.id();
        String key = account == null ? flagger.key() : FlaggerIdentity.forAccount(account);
        Moderation.Result r = moderation.flag(reference, key, account, reason, comment);
        String text = Messages.get().format(language.get(), r.ok() ? "moderation.flag.done" : r.errorKey());
        faces.addMessage(r.ok() ? null : "flagReason",
                new FacesMessage(r.ok() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, text, text));
        if (r.ok() || "moderation.flag.error.already".equals(r.errorKey())) {
            done = true;
            reason = null;
            comment = null;
        } else {
            faces.validationFailed();
        }
        return null;
    }

    public boolean isFlaggable() {
        return flaggable;
    }

    public boolean isDone() {
        return done;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
