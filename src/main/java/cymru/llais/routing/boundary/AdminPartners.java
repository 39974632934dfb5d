package cymru.llais.routing.boundary;

import cymru.llais.accounts.boundary.StaffAccounts;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.entity.Partner;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The administrator's partners page: each partner's service level and its teams. */
@Named
@ViewScoped
public class AdminPartners implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Partners partners;

    @Inject
    Teams teams;

    @Inject
    StaffAccounts accounts;

    @Inject
    CurrentLanguage language;

    private String partner;
    private String days;

    public List<Partner> getPartners() {
        return partners.all();
    }

    public List<TeamInfo> teamsOf(Long partnerId) {
        return teams.ofPartner(partnerId);
    }

    public String leadName(Long staffId) {
        return accounts.find(staffId).map(s -> s.displayName()).orElse("");
    }

    public String save() {
        Integer n;
        try {
            n = days == null ? null : Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            n = null;
        }
        Long id;
        try {
            id = partner == null ? null : Long.valueOf(partner);
        } catch (NumberFormatException e) {
            id = null;
        }
        Optional<String> error = partners.setAcknowledgeDays(id, n);
        String text = Messages.get().format(language.get(), error.orElse("admin.partners.saved"));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(error.isPresent() ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, text, text));
        if (error.isPresent()) {
            faces.validationFailed();
        }
        return null;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }
}
