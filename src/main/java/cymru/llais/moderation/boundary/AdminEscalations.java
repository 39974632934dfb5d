package cymru.llais.moderation.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The administrator's list of concerns that councillors have escalated, open ones, oldest first. */
@Named
@RequestScoped
public class AdminEscalations {

    @Inject
    Moderation moderation;

    @Inject
    CurrentStaff current;

    @Inject
    CurrentLanguage language;

    private List<Moderation.EscalationView> open;

    public List<Moderation.EscalationView> getOpen() {
        if (open == null) {
            open = moderation.openEscalations(current.require());
        }
        return open;
    }

    public String handle(Long id) {
        Moderation.Result r = moderation.handleEscalation(current.require(), id);
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get().format(language.get(), r.ok() ? "moderation.escalations.handled" : r.errorKey());
        faces.addMessage(null, new FacesMessage(r.ok() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, text, text));
        open = null;
        return null;
    }
}
