package cymru.llais.stories.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.AuthorityInfo;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.stories.entity.CollectionDetails;
import cymru.llais.stories.entity.Problem;
import cymru.llais.stories.entity.SignifierDetails;
import cymru.llais.stories.entity.SignifierKind;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The administrator's story collections: the list and the form that creates one ({@code collections.xhtml}),
 * and one collection ({@code collection.xhtml?id=}): its texts and dates, and its signifiers.
 */
@Named
@ViewScoped
public class AdminCollections implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Stories stories;

    @Inject
    Areas areas;

    @Inject
    CurrentStaff current;

    @Inject
    CurrentLanguage language;

    private String id;
    private Long collectionId;
    private String area;
    private String promptEn;
    private String promptCy;
    private String consentEn;
    private String consentCy;
    private String opensOn;
    private String closesOn;
    private String kind = SignifierKind.TRIAD.name();
    private String questionEn;
    private String questionCy;
    private String aEn;
    private String aCy;
    private String bEn;
    private String bCy;
    private String cEn;
    private String cCy;
    private String optionsEn;
    private String optionsCy;
    private final Set<String> invalid = new HashSet<>();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null || id.isBlank()) {
            return;
        }
        Long parsed = Ids.parse(id);
        stories.collection(parsed).ifPresentOrElse(c -> {
            collectionId = c.id();
            CollectionDetails d = c.collection().details();
            area = d.area();
            promptEn = d.promptEn();
            promptCy = d.promptCy();
            consentEn = d.consentEn();
            consentCy = d.consentCy();
            opensOn = d.opensOn();
            closesOn = d.closesOn();
        }, () -> say(null, "stories.error.notFound", true));
    }

    public String save() {
        invalid.clear();
        if (!current.isAdmin()) {
            return say(null, "stories.error.notAllowed", true);
        }
        Stories.SaveResult result = stories.saveCollection(collectionId,
                new CollectionDetails(area, promptEn, promptCy, consentEn, consentCy, opensOn, closesOn));
        if (!result.ok()) {
            result.problems().forEach(p -> say(p.field(), p.key(), true));
            return null;
        }
        return "/admin/collection.xhtml?faces-redirect=true&saved=1&id=" + result.id();
    }

    public String addSignifier() {
        invalid.clear();
        if (!current.isAdmin()) {
            return say(null, "stories.error.notAllowed", true);
        }
        Stories.SaveResult result = stories.addSignifier(collectionId,
                new SignifierDetails(kind, questionEn, questionCy, aEn, aCy, bEn, bCy, cEn, cCy, optionsEn, optionsCy));
        if (!result.ok()) {
            for (Problem p : result.problems()) {
                say(p.field() == null ? null : "sig-" + p.field(), p.key(), true);
            }
            return null;
        }
        return "/admin/collection.xhtml?faces-redirect=true&added=1&id=" + collectionId;
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

    public List<Stories.CollectionView> getCollections() {
        return stories.collections();
    }

    public List<Stories.SignifierView> getSignifiers() {
        return collectionId == null ? List.of() : stories.signifiers(collectionId);
    }

    public long getStoryCount() {
        return collectionId == null ? 0 : stories.storyCount(collectionId);
    }

    public List<WardInfo> getWards() {
        return areas.wards(language.get());
    }

    public List<AuthorityInfo> getAuthorities() {
        return areas.authorities(language.get());
    }

    public SignifierKind[] getKinds() {
        return SignifierKind.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getCollectionId() {
        return collectionId;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getPromptEn() {
        return promptEn;
    }

    public void setPromptEn(String promptEn) {
        this.promptEn = promptEn;
    }

    public String getPromptCy() {
        return promptCy;
    }

    public void setPromptCy(String promptCy) {
        this.promptCy = promptCy;
    }

    public String getConsentEn() {
        return consentEn;
    }

    public void setConsentEn(String consentEn) {
        this.consentEn = consentEn;
    }

    public String getConsentCy() {
        return consentCy;
    }

    public void setConsentCy(String consentCy) {
        this.consentCy = consentCy;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getQuestionEn() {
        return questionEn;
    }

    public void setQuestionEn(String questionEn) {
        this.questionEn = questionEn;
    }

    public String getQuestionCy() {
        return questionCy;
    }

    public void setQuestionCy(String questionCy) {
        this.questionCy = questionCy;
    }

    public String getLabelAEn() {
        return aEn;
    }

    public void setLabelAEn(String aEn) {
        this.aEn = aEn;
    }

    public String getLabelACy() {
        return aCy;
    }

    public void setLabelACy(String aCy) {
        this.aCy = aCy;
    }

    public String getLabelBEn() {
        return bEn;
    }

    public void setLabelBEn(String bEn) {
        this.bEn = bEn;
    }

    public String getLabelBCy() {
        return bCy;
    }

    public void setLabelBCy(String bCy) {
        this.bCy = bCy;
    }

    public String getLabelCEn() {
        return cEn;
    }

    public void setLabelCEn(String cEn) {
        this.cEn = cEn;
    }

    public String getLabelCCy() {
        return cCy;
    }

    public void setLabelCCy(String cCy) {
        this.cCy = cCy;
    }

    public String getOptionsEn() {
        return optionsEn;
    }

    public void setOptionsEn(String optionsEn) {
        this.optionsEn = optionsEn;
    }

    public String getOptionsCy() {
        return optionsCy;
    }

    public void setOptionsCy(String optionsCy) {
        this.optionsCy = optionsCy;
    }
}
