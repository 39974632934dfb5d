package cymru.llais.budgeting.control.counting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a count: the selected project ids in the order the rule chose them, every project's outcome
 * in the election's order, the total cost of the selection and, for Equal Shares, the money each voter
 * started with in the run that was kept (above budget/voters when the add1 completion raised it).
 */
public record CountResult(Rule rule, List<String> selectedInOrder, List<ProjectOutcome> outcomes,
                          BigDecimal totalCost, Optional<Rational> perVoterBudget) {

    public CountResult {
        selectedInOrder = List.copyOf(selectedInOrder);
        outcomes = List.copyOf(outcomes);
    }

    /** The selected ids in {@link ProjectIds#ORDER}. */
    public List<String> selectedAscending() {
        return selectedInOrder.stream().sorted(ProjectIds.ORDER).toList();
    }

    public ProjectOutcome outcome(String projectId) {
        return outcomes.stream().filter(o -> o.projectId().equals(projectId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project " + projectId));
    }
}
