package cymru.llais.moderation.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.concerns.boundary.ModerationItem;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.WardInfo;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A councillor's moderation queue: items awaiting moderation, flagged by residents, suspected duplicates
 * and recently published, for their own wards only (the administrator sees every ward); and whether
 * each of their wards is pre- or post-moderated.
 */
@Named
@RequestScoped
public class ModerationQueue {

    public static final List<String> TABS = List.of("awaiting", "flagged", "duplicates", "recent");

    @Inject
    CurrentStaff current;

    @Inject
    Moderation moderation;

    @Inject
    Areas areas;

    @Inject
    CurrentLanguage language;

    @Inject
    ModerationSettings settings;

    private String tab;
    private String ward;
    private String settingWard;
    private String mode;

    private List<ModerationItem> awaiting;
    private List<Moderation.Flagged> flagged;
    private List<Moderation.Duplicates> duplicates;
    private List<ModerationItem> recent;

    public void load() {
        if (tab == null || !TABS.contains(tab)) {
            tab = "awaiting";
        }
        if (ward != null && !moderation.mayModerate(member(), ward)) {
            ward = null;
        }
    }

    private StaffMember member() {
        return current.require();
    }

    public List<ModerationItem> getAwaiting() {
        if (awaiting == null) {
            awaiting = moderation.awaiting(member(), ward);
        }
        return awaiting;
    }

    public List<Moderation.Flagged> getFlagged() {
        if (flagged == null) {
            flagged = moderation.flagged(member(), ward);
        }
        return flagged;
    }

    public List<Moderation.Duplicates> getDuplicates() {
        if (duplicates == null) {
            duplicates = moderation.duplicates(member(), ward);
        }
        return duplicates;
    }

    public List<ModerationItem> getRecent() {
        if (recent == null) {
            recent = moderation.recent(member(), ward);
        }
        return recent;
    }

    /** The member's wards, by name: a councillor's own, or every ward for the administrator. */
    public List<WardInfo> getWards() {
        Set<String> wards = moderation.wardsOf(member());
        return areas.wards(language.get()).stream().filter(w -> wards == null || wards.contains(w.code())).toList();
    }

    /** The councillor's wards that are pre-moderated (for the administrator: every pre-moderated ward). */
    public List<WardInfo> getPreModeratedWards() {
        Set<String> pre = moderation.preModerated(moderation.wardsOf(member()));
        return pre.stream().map(areas::ward).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(w -> w.nameIn(language.get()))).toList();
    }

    public boolean isPreModerated(String wardCode) {
        return moderation.isPreModerated(wardCode);
    }

    public String heldFor(ModerationItem item) {
        return item.heldFor().stream().map(c -> HeldReasons.describe(c, language.get())).collect(Collectors.joining("; "));
    }

    public String reasons(Moderation.Flagged f) {
        return f.flags().stream().map(x -> Messages.get().format(language.get(), x.reason().key())).distinct()
                .collect(Collectors.joining("; "));
    }

    /** Sets a ward's moderation: "pre" holds every new concern for a councillor, "post" publishes at once. */
    public String saveMode() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!"pre".equals(mode) && !"post".equals(mode)) {
            return say(faces, "moderation.error.modeRequired", true);
        }
        Moderation.Result r = moderation.setPreModeration(member(), settingWard, "pre".equals(mode));
        if (!r.ok()) {
            return say(faces, r.errorKey(), true);
        }
        return say(faces, "pre".equals(mode) ? "moderation.done.pre" : "moderation.done.post", false);
    }

    private String say(FacesContext faces, String key, boolean error) {
        String text = Messages.get().format(language.get(), key);
        faces.addMessage(null, new FacesMessage(error ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, text, text));
        if (error) {
            faces.validationFailed();
        }
        return null;
    }

    public long getDuplicateMetres() {
        return Math.round(settings.duplicateMetres());
    }

    public long getDuplicateDays() {
        return settings.duplicateWindow().toDays();
    }

    public String tabLink(String target) {
        return "?tab=" + target + (ward == null ? "" : "&ward=" + ward);
    }

    public boolean isTab(String t) {
        return Objects.equals(tab, t);
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward == null || ward.isBlank() ? null : ward.strip();
    }

    public String getSettingWard() {
        return settingWard;
    }

    public void setSettingWard(String settingWard) {
        this.settingWard = settingWard;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }
}
