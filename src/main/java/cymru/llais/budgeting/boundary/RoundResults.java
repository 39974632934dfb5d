package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.budgeting.control.RoundCount;
import cymru.llais.budgeting.control.counting.CountResult;
import cymru.llais.budgeting.control.counting.ProjectOutcome;
import cymru.llais.budgeting.control.counting.Reason;
import cymru.llais.budgeting.entity.Phase;
import cymru.llais.budgeting.entity.Project;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results page of a round, {@code /budgeting/results.xhtml?round=}: once voting has ended, the winners, the
 * money spent, each project's votes (or points) and the reason it won or lost in the page's language, and what
 * greedy and Equal Shares would each select from the same ballots. Before that, no counts at all.
 */
@Named
@RequestScoped
public class RoundResults {

    /** Which arguments of each reason are sums of money (shown with the pound sign). */
    private static final Map<String, Set<Integer>> MONEY = Map.of(
            "budgeting.reason.greedy.selected", Set.of(1, 2),
            "budgeting.reason.greedy.didNotFit", Set.of(0, 1),
            "budgeting.reason.equalShares.selected", Set.of(1),
            "budgeting.reason.equalShares.unaffordable", Set.of(1, 2),
            "budgeting.reason.completion.selected", Set.of(1, 2));

    /** One project's line: its words, cost, votes, whether it won and why, and what each rule did with it. */
    public record Row(String id, String title, Language textLanguage, long cost, BigInteger votes, boolean selected,
                      String reason, List<String> supporters, boolean byGreedy, boolean byEqualShares) {
    }

    @Inject
    Budgeting budgeting;

    @Inject
    RoundCount counter;

    @Inject
    CurrentLanguage language;

    @Inject
    Delivery delivery;

    private String round;
    private Budgeting.RoundView view;
    private RoundCount.Tally tally;
    private List<Row> rows;
    private Map<String, Delivery.Item> delivered;

    public void load() throws IOException {
        view = budgeting.round(Ids.parse(round)).orElse(null);
        if (view == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        if (isAvailable()) {
            tally = counter.count(view.round(), view.areaName().in(Language.EN));
            delivery.recordWinners(view.id());
            delivered = new java.util.HashMap<>();
            delivery.ofRound(view.id()).forEach(i -> delivered.put(i.project().getId().toString(), i));
        }
    }

    /** Whether voting has ended, so the results may be shown. */
    public boolean isAvailable() {
        return view != null && view.phase().compareTo(Phase.RESULTS) >= 0;
    }

    public Budgeting.RoundView getView() {
        return view;
    }

    public List<Row> getRows() {
        if (rows == null && tally != null) {
            Language l = language.get();
            rows = new ArrayList<>();
            for (ProjectOutcome o : tally.result().outcomes()) {
                Project p = tally.projects().get(o.projectId());
                List<String> supporters = o.reason().supporters().stream()
                        .map(s -> Messages.get().format(l, "budgeting.reason.supporterShare", s.voters(), money(l, s.left())))
                        .toList();
                rows.add(new Row(o.projectId(), p.title(l), p.textLanguage(l), p.getCost(), tally.score(o.projectId()),
                        o.selected(), reason(l, o.reason()), supporters,
                        tally.greedy().outcome(o.projectId()).selected(), tally.equalShares().outcome(o.projectId()).selected()));
            }
            rows.sort(Comparator.comparing(Row::selected).reversed().thenComparing(Row::votes, Comparator.reverseOrder())
                    .thenComparingLong(Row::cost));
        }
        return rows;
    }

    public List<Row> getWinners() {
        return getRows().stream().filter(Row::selected).toList();
    }

    /** A winner's delivery (its status and newest progress update), or null. */
    public Delivery.Item delivery(String projectId) {
        return delivered == null ? null : delivered.get(projectId);
    }

    public BigDecimal getSpent() {
        return tally.result().totalCost();
    }

    public BigDecimal getGreedySpent() {
        return tally.greedy().totalCost();
    }

    public BigDecimal getEqualSharesSpent() {
        return tally.equalShares().totalCost();
    }

    public int getBallots() {
        return tally.election().voterCount();
    }

    public boolean isCumulative() {
        return tally.instance().voteType() == cymru.llais.budgeting.control.counting.VoteType.CUMULATIVE;
    }

    public boolean isRulesDiffer() {
        return !tally.greedy().selectedAscending().equals(tally.equalShares().selectedAscending());
    }

    private String reason(Language l, Reason reason) {
        Set<Integer> money = MONEY.getOrDefault(reason.key(), Set.of());
        Object[] args = reason.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (money.contains(i) && args[i] instanceof BigDecimal amount) {
                args[i] = money(l, amount);
            }
        }
        if ("budgeting.reason.greedy.stopped".equals(reason.key()) && args.length > 0) {
            Project stopped = tally.projects().get(String.valueOf(args[0]));
            if (stopped != null) {
                args[0] = stopped.title(l);
            }
        }
        return Messages.get().format(l, reason.key(), args);
    }

    private static String money(Language l, BigDecimal amount) {
        return Messages.get().format(l, "budgeting.money", amount);
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }
}
