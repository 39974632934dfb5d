package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.budgeting.entity.BallotType;
import cymru.llais.budgeting.entity.Feasibility;
import cymru.llais.budgeting.entity.Project;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.platform.RateLimits;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ballot: the voting code, then the projects (tick boxes, or points for a cumulative ballot). "Check my total"
 * works without JavaScript; with it, a small script keeps the total up to date as the resident chooses. Casting
 * stores the ballot and only then shows the confirmation page with its receipt code.
 */
@Named
@ViewScoped
public class CastVote implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Budgeting budgeting;

    @Inject
    RateLimits limits;

    @Inject
    CurrentLanguage language;

    @Inject
    AccountBallot account;

    private String round;
    private Long roundId;
    private String code;
    private final Map<Long, Integer> chosen = new LinkedHashMap<>();
    private boolean checked;
    private static final String READ_IN_THIS_REQUEST = CastVote.class.getName() + ".read";
    private transient Budgeting.RoundView roundView;
    private transient List<Project> projects;
    private String refusal;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        roundId = budgeting.round(Ids.parse(round)).map(Budgeting.RoundView::id).orElse(null);
        if (roundId == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** Recounts the total on the server, for browsers without JavaScript; says so when it is over. */
    public String check() {
        readChoices();
        checked = true;
        Budgeting.RoundView r = getRoundView();
        if (isOver()) {
            return say(overKey(r.round().getBallotType()), true);
        }
        return null;
    }

    public String cast() {
        readChoices();
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Budgeting.VoteResult result = budgeting.voteWithCode(roundId, code, chosen, limits.client(request));
        if (!result.cast()) {
            return say(result.refusal(), true);
        }
        return "/budgeting/voted.xhtml?faces-redirect=true&receipt=" + result.receipt();
    }

    /** Casts the ballot with the signed-in resident's account (no code); the same receipt page follows. */
    public String castWithAccount() {
        readChoices();
        Budgeting.VoteResult result = budgeting.voteWithAccount(roundId, account.residentId(), chosen);
        account.forget();
        if (!result.cast()) {
            refusal = result.refusal();
            return say(result.refusal(), true);
        }
        return "/budgeting/voted.xhtml?faces-redirect=true&receipt=" + result.receipt();
    }

    /** Whether the signed-in resident may vote here with their account: then the page offers that, not the code. */
    public boolean isAccountEligible() {
        return roundId != null && account.state(roundId) == Budgeting.AccountVoting.ELIGIBLE;
    }

    /**
     * Why a signed-in resident cannot vote here with their account (the key), when the round takes accounts; null when
     * nobody is signed in, when they can, or when the refusal just shown says it already.
     */
    public String getAccountNote() {
        if (roundId == null) {
            return null;
        }
        Budgeting.AccountVoting s = account.state(roundId);
        if (s == Budgeting.AccountVoting.ELIGIBLE || s == Budgeting.AccountVoting.NOT_SIGNED_IN
                || s == Budgeting.AccountVoting.NOT_TAKEN || s == Budgeting.AccountVoting.NOT_VOTING) {
            return null;
        }
        return s.key().equals(refusal) ? null : s.key();
    }

    /** Whether the ballot asks for a voting code: the round takes codes and the resident is not voting with an account. */
    public boolean isCodeField() {
        Budgeting.RoundView r = getRoundView();
        return r != null && r.round().getVotingMethods().codes() && !isAccountEligible();
    }

    /** Whether the round takes only accounts and nobody eligible is signed in: then there is no ballot to fill in. */
    public boolean isNoWayToVote() {
        return !isCodeField() && !isAccountEligible();
    }

    private static String overKey(BallotType type) {
        return switch (type) {
            case APPROVAL -> "budgeting.vote.error.tooMany";
            case KNAPSACK -> "budgeting.vote.error.overBudget";
            case CUMULATIVE -> "budgeting.vote.error.tooManyPoints";
        };
    }

    private void readChoices() {
        refusal = null;
        chosen.clear();
        Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        for (Project p : getProjects()) {
            if (getRoundView().round().getBallotType() == BallotType.CUMULATIVE) {
                String[] v = params.get("points-" + p.getId());
                if (v != null && v.length > 0 && !v[0].isBlank()) {
                    Long n = Ids.parse(v[0]);
                    chosen.put(p.getId(), n == null || n > Integer.MAX_VALUE ? -1 : n.intValue());
                }
            } else {
                String[] v = params.get("project");
                if (v != null && java.util.Arrays.asList(v).contains(p.getId().toString())) {
                    chosen.put(p.getId(), 1);
                }
            }
        }
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

    public Budgeting.RoundView getRoundView() {
        if (roundId == null) {
            return null;
        }
        readOncePerRequest();
        return roundView;
    }

    public List<Project> getProjects() {
        if (roundId == null) {
            return List.of();
        }
        readOncePerRequest();
        return projects;
    }

    /** The page asks for the round and its projects dozens of times: read them once for each request. */
    private void readOncePerRequest() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        if (request.get(READ_IN_THIS_REQUEST) != this) {
            roundView = budgeting.round(roundId).orElse(null);
            projects = budgeting.publicProjects(roundId, Feasibility.FEASIBLE);
            request.put(READ_IN_THIS_REQUEST, this);
        }
    }

    public boolean isChosen(Long projectId) {
        Integer p = chosen.get(projectId);
        return p != null && p > 0;
    }

    public String pointsFor(Long projectId) {
        Integer p = chosen.get(projectId);
        return p == null || p < 0 ? "" : p.toString();
    }

    /** What the ballot adds up to so far: pounds (knapsack), projects (approval) or points (cumulative). */
    public long getTotal() {
        Budgeting.RoundView r = getRoundView();
        long total = 0;
        for (Project p : getProjects()) {
            Integer n = chosen.get(p.getId());
            if (n != null && n > 0) {
                total += switch (r.round().getBallotType()) {
                    case KNAPSACK -> p.getCost();
                    case APPROVAL -> 1;
                    case CUMULATIVE -> n;
                };
            }
        }
        return total;
    }

    /** The most the ballot may add up to. */
    public long getLimit() {
        Budgeting.RoundView r = getRoundView();
        return switch (r.round().getBallotType()) {
            case KNAPSACK -> r.round().getBudget();
            case APPROVAL -> r.round().getMaxProjects();
            case CUMULATIVE -> r.round().getPoints();
        };
    }

    public boolean isOver() {
        return getTotal() > getLimit();
    }

    public boolean isChecked() {
        return checked;
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
