package cymru.llais.budgeting.boundary;

import cymru.llais.accounts.boundary.CurrentResident;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Where the signed-in resident of this request stands for voting with their account, asked once per request. */
@RequestScoped
public class AccountBallot {

    @Inject
    Budgeting budgeting;

    @Inject
    CurrentResident resident;

    private Long roundId;
    private Budgeting.AccountVoting state;

    public Budgeting.AccountVoting state(Long round) {
        if (state == null || !java.util.Objects.equals(round, roundId)) {
            roundId = round;
            Long id = resident.id();
            state = id == null ? Budgeting.AccountVoting.NOT_SIGNED_IN : budgeting.accountVoting(round, id);
        }
        return state;
    }

    /** Asks again (after a ballot was cast or refused). */
    public void forget() {
        state = null;
    }

    public Long residentId() {
        return resident.id();
    }
}
