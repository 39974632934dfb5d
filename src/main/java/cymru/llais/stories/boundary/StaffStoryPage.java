package cymru.llais.stories.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.Ids;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One story for staff ({@code /staff/story.xhtml?id=}, where a dot on the patterns leads): its text, and its
 * links to concerns and outcomes, which partner staff and administrators add (by reference or number) and remove.
 */
@Named("staffStory")
@ViewScoped
public class StaffStoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StoryLinks links;

    @Inject
    CurrentStaff current;

    @Inject
    CurrentLanguage language;

    @Inject
    Areas areas;

    private String id;
    private String kind = "OUTCOME";
    private String reference;

    private StaffMember member() {
        return current.get().orElse(null);
    }

    /** The story, or null when there is none this member may read. */
    public StoryLinks.StaffStory getItem() {
        return links.story(member(), Ids.parse(id)).orElse(null);
    }

    public WardInfo getWard() {
        StoryLinks.StaffStory item = getItem();
        String code = item == null ? null : item.story().getWardCode();
        return code == null ? null : areas.ward(code).orElse(null);
    }

    public List<StoryLinks.LinkView> getLinks() {
        StoryLinks.StaffStory item = getItem();
        return item == null ? List.of() : links.links(member(), item.story().getId());
    }

    public String link() {
        Optional<String> refused = links.link(member(), Ids.parse(id), kind, reference);
        if (refused.isPresent()) {
            return say(refused.get(), true);
        }
        return "/staff/story.xhtml?faces-redirect=true&done=linked&id=" + Ids.parse(id);
    }

    public String unlink(Long linkId) {
        Optional<String> refused = links.unlink(member(), Ids.parse(id), linkId);
        if (refused.isPresent()) {
            return say(refused.get(), true);
        }
        return "/staff/story.xhtml?faces-redirect=true&done=unlinked&id=" + Ids.parse(id);
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

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
