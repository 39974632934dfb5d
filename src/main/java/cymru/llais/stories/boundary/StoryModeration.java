package cymru.llais.stories.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Stories awaiting moderation ({@code /councillor/stories.xhtml}) and one story ({@code story.xhtml?id=}),
 * published or hidden with a reason by a councillor of its collection's area or the administrator.
 */
@Named
@ViewScoped
public class StoryModeration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Stories stories;

    @Inject
    CurrentStaff current;

    @Inject
    CurrentLanguage language;

    private String id;
    private String reason;

    private StaffMember member() {
        return current.get().orElse(null);
    }

    public List<Stories.StoryItem> getAwaiting() {
        StaffMember m = member();
        return m == null ? List.of() : stories.awaiting(m);
    }

    /** The story when it awaits this member's moderation, else null. */
    public Stories.StoryItem getItem() {
        Long parsed = Ids.parse(id);
        return getAwaiting().stream().filter(i -> i.story().getId().equals(parsed)).findFirst().orElse(null);
    }

    public String publish() {
        Optional<String> refused = stories.publish(member(), Ids.parse(id));
        if (refused.isPresent()) {
            return say(refused.get(), true);
        }
        return "/councillor/stories.xhtml?faces-redirect=true&done=published";
    }

    public String hide() {
        Optional<String> refused = stories.hide(member(), Ids.parse(id), reason);
        if (refused.isPresent()) {
            return say(refused.get(), true);
        }
        return "/councillor/stories.xhtml?faces-redirect=true&done=hidden";
    }

    private String say(String key, boolean error) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get().format(language.get(), key);
        faces.addMessage(null, new FacesMessage(error ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, text, text));
        if (error) {
            faces.validationFailed();
        }
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
