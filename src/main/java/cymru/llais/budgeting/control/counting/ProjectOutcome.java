package cymru.llais.budgeting.control.counting;

/** One project's result: selected or not, and why. */
public record ProjectOutcome(String projectId, boolean selected, Reason reason) {
}
