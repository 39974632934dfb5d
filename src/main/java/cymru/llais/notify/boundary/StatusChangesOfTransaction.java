package cymru.llais.notify.boundary;

import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The status changes recorded in the current transaction, so that an outcome published in the same transaction
 * can take their place: its e-mail says the new status, and a second e-mail about the same event would repeat it.
 */
@TransactionScoped
public class StatusChangesOfTransaction implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A concern's new step of history: its id and the status change's id. */
    public record Change(long concernId, long statusChangeId) implements Serializable {
    }

    private final List<Change> changes = new ArrayList<>();

    public void add(long concernId, long statusChangeId) {
        changes.add(new Change(concernId, statusChangeId));
    }

    public List<Change> of(List<Long> concernIds) {
        return changes.stream().filter(c -> concernIds.contains(c.concernId())).toList();
    }
}
