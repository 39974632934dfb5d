package cymru.llais.routing.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.concerns.boundary.CategoryView;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.entity.RoutingRule;
import cymru.llais.shared.GeoPoint;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The administrator's routing rules page: list, add or change, remove, and the preview. */
@Named
@ViewScoped
public class AdminRules implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoutingRules rules;

    @Inject
    Routing routing;

    @Inject
    Teams teams;

    @Inject
    Areas areas;

    @Inject
    Concerns concerns;

    @Inject
    CurrentLanguage language;

    private String category;
    private String area;
    private String team;

    private String previewCategory;
    private String previewWard;
    private String previewLatitude;
    private String previewLongitude;
    private Routing.Decision decision;
    private WardInfo previewedWard;
    private boolean previewed;

    public List<RoutingRules.RuleView> getRules() {
        return rules.all();
    }

    public List<TeamInfo> getTeams() {
        return teams.all();
    }

    public List<CategoryView> getCategories() {
        return concerns.categories();
    }

    public List<WardInfo> getWards() {
        return areas.wards(language.get());
    }

    public List<AuthorityInfo> getAuthorities() {
        return areas.authorities(language.get());
    }

    /** A category's name, or "any category". */
    public String categoryName(String code) {
        if (code == null) {
            return Messages.get().format(language.get(), "admin.rules.anyCategory");
        }
        return concerns.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.name().in(language.get())).orElse(code);
    }

    /** An area's name, whichever kind it is. */
    public String areaName(RoutingRule.AreaType type, String code) {
        if (type == RoutingRule.AreaType.WARD) {
            return areas.ward(code).map(w -> Messages.get().format(language.get(), "admin.rules.wardIn", w.nameIn(language.get()),
                    w.authorityName().in(language.get()))).orElse(code);
        }
        return areas.authority(code).map(a -> Messages.get().format(language.get(), "admin.rules.wholeAuthority", a.name().in(language.get())))
                .orElse(code);
    }

    public String add() {
        RoutingRule.AreaType type = null;
        String code = null;
        if (area != null && area.contains(":")) {
            String[] parts = area.split(":", 2);
            type = "W".equals(parts[0]) ? RoutingRule.AreaType.WARD : "A".equals(parts[0]) ? RoutingRule.AreaType.AUTHORITY : null;
            code = parts[1];
        }
        Long teamId = Ids.parse(team);
        Optional<String> error = rules.add(category, type, code, teamId);
        say(error.orElse("admin.rules.saved"), error.isPresent());
        return null;
    }

    public String remove(Long id) {
        say(rules.remove(id) ? "admin.rules.removed" : "admin.rules.notFound", false);
        return null;
    }

    public String preview() {
        previewed = false;
        decision = null;
        previewedWard = null;
        Optional<GeoPoint> point = GeoPoint.parse(previewLatitude, previewLongitude);
        boolean pointGiven = previewLatitude != null && !previewLatitude.isBlank() || previewLongitude != null && !previewLongitude.isBlank();
        if (pointGiven && point.isEmpty()) {
            say("concerns.error.place.notNumber", true);
            return null;
        }
        if (point.isPresent()) {
            previewedWard = areas.wardAt(point.get()).orElse(null);
            if (previewedWard == null) {
                say(areas.inWales(point.get()) ? "concerns.error.place.noWard" : "concerns.error.place.outsideWales", true);
                return null;
            }
        } else {
            previewedWard = areas.ward(previewWard).orElse(null);
            if (previewedWard == null) {
                say("concerns.error.place.required", true);
                return null;
            }
        }
        if (previewCategory == null || concerns.categories().stream().noneMatch(c -> c.code().equals(previewCategory))) {
            say("concerns.error.category.required", true);
            return null;
        }
        decision = routing.preview(previewCategory, previewedWard.code()).orElse(null);
        previewed = true;
        return null;
    }

    private void say(String key, boolean error) {
        String text = Messages.get().format(language.get(), key);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(error ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, text, text));
        if (error) {
            faces.validationFailed();
        }
    }


    public Routing.Decision getDecision() {
        return decision;
    }

    public WardInfo getPreviewedWard() {
        return previewedWard;
    }

    public boolean isPreviewed() {
        return previewed;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getPreviewCategory() {
        return previewCategory;
    }

    public void setPreviewCategory(String previewCategory) {
        this.previewCategory = previewCategory;
    }

    public String getPreviewWard() {
        return previewWard;
    }

    public void setPreviewWard(String previewWard) {
        this.previewWard = previewWard;
    }

    public String getPreviewLatitude() {
        return previewLatitude;
    }

    public void setPreviewLatitude(String previewLatitude) {
        this.previewLatitude = previewLatitude;
    }

    public String getPreviewLongitude() {
        return previewLongitude;
    }

    public void setPreviewLongitude(String previewLongitude) {
        this.previewLongitude = previewLongitude;
    }
}
