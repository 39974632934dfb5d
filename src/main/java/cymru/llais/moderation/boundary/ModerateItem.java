package cymru.llais.moderation.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.concerns.boundary.ModerationItem;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One item of a councillor's queue, with its actions: approve, hide with a public reason, edit personal
 * data out, merge into another item of the same ward, add a public note, escalate. Another ward's item,
 * or a sensitive one, is "not found".
 */
@Named
@ViewScoped
public class ModerateItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff current;

    @Inject
    Moderation moderation;

    @Inject
    CurrentLanguage language;

    private String id;
    private Long concernId;

    private String hideEn;
    private String hideCy;
    private String description;
    private String locationText;
    private String mergeInto;
    private String noteEn;
    private String noteCy;
    private String escalation;

    private transient Moderation.Detail detail;

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
            return;
        }
        description = detail.item().description();
        locationText = detail.item().locationText();
    }

    public Moderation.Detail getDetail() {
        return detail();
    }

    private Moderation.Detail detail() {
        if (detail == null && concernId != null) {
            detail = moderation.detail(member(), concernId).orElse(null);
        }
        return detail;
    }

    /** Suspected duplicates first, then every other item of the same ward. */
    public List<ModerationItem> getMergeTargets() {
        List<ModerationItem> all = moderation.mergeTargets(member(), concernId);
        Moderation.Detail d = detail();
        if (d == null) {
            return List.of();
        }
        List<Long> suspected = d.suspectedDuplicates().stream().map(ModerationItem::id).toList();
        List<ModerationItem> ordered = new ArrayList<>(all.stream().filter(i -> suspected.contains(i.id())).toList());
        all.stream().filter(i -> !suspected.contains(i.id())).forEach(ordered::add);
        return ordered;
    }

    public String heldFor() {
        Moderation.Detail d = detail();
        return d == null ? "" : d.item().heldFor().stream().map(c -> HeldReasons.describe(c, language.get()))
                .collect(Collectors.joining("; "));
    }

    public String approve() {
        return after(moderation.approve(member(), concernId), "moderation.done.approved");
    }

    public String hide() {
        Moderation.Result r = moderation.hide(member(), concernId, hideEn, hideCy);
        if (r.ok()) {
            hideEn = null;
            hideCy = null;
        }
        return after(r, "moderation.done.hidden");
    }

    public String redact() {
        return after(moderation.redact(member(), concernId, description, locationText), "moderation.done.redacted");
    }

    public String merge() {
        Long target;
        try {
            target = mergeInto == null || mergeInto.isBlank() ? null : Long.valueOf(mergeInto.strip());
        } catch (NumberFormatException e) {
            target = null;
        }
        return after(moderation.merge(member(), concernId, target), "moderation.done.merged");
    }

    public String addNote() {
        Moderation.Result r = moderation.addNote(member(), concernId, noteEn, noteCy);
        if (r.ok()) {
            noteEn = null;
            noteCy = null;
        }
        return after(r, "moderation.done.note");
    }

    public String escalate() {
        Moderation.Result r = moderation.escalate(member(), concernId, escalation);
        if (r.ok()) {
            escalation = null;
        }
        return after(r, "moderation.done.escalated");
    }

    private String after(Moderation.Result result, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get().format(language.get(), result.ok() ? doneKey : result.errorKey());
        faces.addMessage(null, new FacesMessage(result.ok() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, text, text));
        if (!result.ok()) {
            faces.validationFailed();
        }
        detail = null;
        if (result.ok() && detail() != null) {
            description = detail.item().description();
            locationText = detail.item().locationText();
        }
        return null;
    }

    private StaffMember member() {
        return current.require();
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLocationText() {
        return locationText;
    }

    public void setLocationText(String locationText) {
        this.locationText = locationText;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getNoteEn() {
        return noteEn;
    }

    public void setNoteEn(String noteEn) {
        this.noteEn = noteEn;
    }

    public String getNoteCy() {
        return noteCy;
    }

    public void setNoteCy(String noteCy) {
        this.noteCy = noteCy;
    }

    public String getEscalation() {
        return escalation;
    }

    public void setEscalation(String escalation) {
        this.escalation = escalation;
    }
}
