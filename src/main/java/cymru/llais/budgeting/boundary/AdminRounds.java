package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.budgeting.entity.BallotType;
import cymru.llais.budgeting.entity.CountingRule;
import cymru.llais.budgeting.entity.Problem;
import cymru.llais.budgeting.entity.RoundDetails;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.AuthorityInfo;
import cymru.llais.routing.boundary.WardInfo;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The administrator's rounds: the list, and the form that creates a round or ({@code ?id=}) changes one. */
@Named
@ViewScoped
public class AdminRounds implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Budgeting budgeting;

    @Inject
    Areas areas;

    @Inject
    CurrentStaff current;

    @Inject
    CurrentLanguage language;

    private String id;
    private Long roundId;
    private String area;
    private String titleEn;
    private String titleCy;
    private String descriptionEn;
    private String descriptionCy;
    private String budget;
    private String ballotType = BallotType.KNAPSACK.name();
    private String maxProjects;
    private String points;
    private String rule = CountingRule.GREEDY.name();
    private String ideasFrom;
    private String reviewFrom;
    private String votingFrom;
    private String resultsFrom;
    private String deliveryFrom;
    private final Set<String> invalid = new HashSet<>();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null || id.isBlank()) {
            return;
        }
        Long parsed = Ids.parse(id);
        budgeting.round(parsed).ifPresentOrElse(r -> {
            roundId = r.id();
            RoundDetails d = r.round().details();
            area = d.area();
            titleEn = d.titleEn();
            titleCy = d.titleCy();
            descriptionEn = d.descriptionEn();
            descriptionCy = d.descriptionCy();
            budget = d.budget();
            ballotType = d.ballotType();
            maxProjects = d.maxProjects();
            points = d.points();
            rule = d.rule();
            ideasFrom = d.ideasFrom();
            reviewFrom = d.reviewFrom();
            votingFrom = d.votingFrom();
            resultsFrom = d.resultsFrom();
            deliveryFrom = d.deliveryFrom();
        }, () -> say(null, "budgeting.error.notFound", true));
    }

    public String save() {
        invalid.clear();
        if (!current.isAdmin()) {
            return say(null, "budgeting.error.notAllowed", true);
        }
        RoundDetails details = new RoundDetails(area, titleEn, titleCy, descriptionEn, descriptionCy, budget, ballotType,
                maxProjects, points, rule, ideasFrom, reviewFrom, votingFrom, resultsFrom, deliveryFrom);
        Budgeting.SaveResult result = budgeting.saveRound(roundId, details);
        if (!result.ok()) {
            for (Problem p : result.problems()) {
                say(p.field(), p.key(), true);
            }
            return null;
        }
        return "/admin/round.xhtml?faces-redirect=true&id=" + result.id();
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

    public List<Budgeting.RoundView> getRounds() {
        return budgeting.rounds();
    }

    public List<WardInfo> getWards() {
        return areas.wards(language.get());
    }

    public List<AuthorityInfo> getAuthorities() {
        return areas.authorities(language.get());
    }

    public BallotType[] getBallotTypes() {
        return BallotType.values();
    }

    public CountingRule[] getRules() {
        return CountingRule.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleCy() {
        return titleCy;
    }

    public void setTitleCy(String titleCy) {
        this.titleCy = titleCy;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionCy() {
        return descriptionCy;
    }

    public void setDescriptionCy(String descriptionCy) {
        this.descriptionCy = descriptionCy;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public String getBallotType() {
        return ballotType;
    }

    public void setBallotType(String ballotType) {
        this.ballotType = ballotType;
    }

    public String getMaxProjects() {
        return maxProjects;
    }

    public void setMaxProjects(String maxProjects) {
        this.maxProjects = maxProjects;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getIdeasFrom() {
        return ideasFrom;
    }

    public void setIdeasFrom(String ideasFrom) {
        this.ideasFrom = ideasFrom;
    }

    public String getReviewFrom() {
        return reviewFrom;
    }

    public void setReviewFrom(String reviewFrom) {
        this.reviewFrom = reviewFrom;
    }

    public String getVotingFrom() {
        return votingFrom;
    }

    public void setVotingFrom(String votingFrom) {
        this.votingFrom = votingFrom;
    }

    public String getResultsFrom() {
        return resultsFrom;
    }

    public void setResultsFrom(String resultsFrom) {
        this.resultsFrom = resultsFrom;
    }

    public String getDeliveryFrom() {
        return deliveryFrom;
    }

    public void setDeliveryFrom(String deliveryFrom) {
        this.deliveryFrom = deliveryFrom;
    }
}
