package cymru.llais.privacy.boundary;

import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.privacy.control.ErasureMode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Optional;

/**
 * The page of the link e-mailed for an erasure request: it says what will be erased, and erases it only
 * when the person presses the button (a link opened by a mail scanner erases nothing).
 */
@Named
@ViewScoped
public class ConfirmErasure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ErasureRequests requests;

    @Inject
    CurrentLanguage language;

    private String token;
    private ErasureMode mode;
    private PersonalData.Erased erased;

    public void load() {
        mode = requests.pending(token).map(ErasureRequests.Pending::mode).orElse(null);
    }

    public String confirm() {
        Optional<PersonalData.Erased> done = requests.confirm(token);
        token = null;
        mode = null;
        erased = done.orElse(null);
        return null;
    }

    public boolean isLinkWorks() {
        return mode != null;
    }

    public boolean isDone() {
        return erased != null;
    }

    public PersonalData.Erased getErased() {
        return erased;
    }

    public ErasureMode getMode() {
        return mode;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
