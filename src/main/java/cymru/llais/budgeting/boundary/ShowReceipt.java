package cymru.llais.budgeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** "Your vote has been counted": shown for a stored ballot's receipt code only, so only after its commit. */
@Named
@RequestScoped
public class ShowReceipt {

    @Inject
    Budgeting budgeting;

    private String receipt;
    private Budgeting.Receipt found;

    public void load() throws IOException {
        found = budgeting.receipt(receipt).orElse(null);
        if (found == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public Budgeting.Receipt getFound() {
        return found;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }
}
