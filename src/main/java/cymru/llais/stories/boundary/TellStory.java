package cymru.llais.stories.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.accounts.boundary.CurrentResident;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.stories.control.TernaryPlot;
import cymru.llais.stories.entity.StoryDraft;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Telling a story ({@code /stories/tell.xhtml?collection=}): title, text, the language it is written in,
 * consent, and the collection's signifiers. The fields are plain inputs with stable names (the page's script
 * and the accessible alternative share them); what was typed is shown again with the messages when refused.
 */
@Named
@ViewScoped
public class TellStory implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The side of the triangle on the page, in SVG units. */
    public static final int SIDE = 300;

    @Inject
    Stories stories;

    @Inject
    CurrentResident resident;

    @Inject
    CurrentLanguage language;

    private String collection;
    private Long collectionId;
    private final Map<String, String> fields = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public void load() {
        collectionId = Ids.parse(collection);
    }

    /** The collection, or null when there is none with that id. */
    public Stories.CollectionView getCollection() {
        return stories.collection(collectionId).orElse(null);
    }

    public List<Stories.SignifierView> getSignifiers() {
        return collectionId == null ? List.of() : stories.signifiers(collectionId);
    }

    /** The wards a story may be about, for a local authority's collection (a ward's collection needs no choice). */
    public List<cymru.llais.routing.boundary.WardInfo> getWards() {
        Stories.CollectionView c = getCollection();
        return c == null || c.collection().getAreaKind() != cymru.llais.stories.entity.AreaKind.AUTHORITY ? List.of()
                : stories.wardsOf(c.collection(), language.get());
    }

    public String tell() {
        errors.clear();
        fields.clear();
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        params.forEach((k, v) -> {
            if (k.startsWith("story-") || k.startsWith("triad-") || k.startsWith("dyad-") || k.startsWith("context-") || k.equals("consent")) {
                fields.put(k, v);
            }
        });
        StoryDraft draft = new StoryDraft(fields.get("story-title"), fields.get("story-text"), fields.get("story-lang"),
                "yes".equals(fields.get("consent")));
        Stories.SaveResult result = stories.tell(collectionId, draft, fields, resident.id());
        if (!result.ok()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            result.problems().forEach(p -> {
                String text = Messages.get().format(language.get(), p.key());
                if (p.field() != null) {
                    errors.putIfAbsent(p.field(), text);
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
            faces.validationFailed();
            return null;
        }
        return "/stories/thanks.xhtml?faces-redirect=true&collection=" + collectionId;
    }

    /** What was typed in a field, to show it again. */
    public String field(String name) {
        return fields.get(name);
    }

    /** Whether the radio or checkbox with this value was chosen; a language defaults to the page's. */
    public boolean chosen(String name, String value) {
        String v = fields.get(name);
        if (v == null && "story-lang".equals(name)) {
            return language.get().code().equals(value);
        }
        if (v == null && value.isEmpty() && name.startsWith("context-")) {
            return true;
        }
        return value.equals(v);
    }

    /** A dyad's value to show: what was typed, or the middle. */
    public String dyad(int n) {
        String v = fields.get("dyad-" + n);
        return v == null ? "50" : v;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public int getSide() {
        return SIDE;
    }

    /** The triangle's corners as SVG points: A top, B bottom left, C bottom right. */
    public String getTrianglePoints() {
        TernaryPlot plot = new TernaryPlot(SIDE);
        return String.format(Locale.ROOT, "%d,0 0,%.2f %d,%.2f", SIDE / 2, plot.height(), SIDE, plot.height());
    }

    public String getHeight() {
        return String.format(Locale.ROOT, "%.2f", new TernaryPlot(SIDE).height());
    }

    public String getCollectionParam() {
        return collection;
    }

    public void setCollectionParam(String collection) {
        this.collection = collection;
    }

    public Long getCollectionId() {
        return collectionId;
    }
}
