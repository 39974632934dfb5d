package cymru.llais.routing.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.platform.PortalSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * The administrator's page of Open311 client applications: add one (its key is shown in this one
 * response, then never again), see when each key was last used, revoke one.
 */
@Named
@RequestScoped
public class ManageApiClients {

    @Inject
    CurrentStaff current;

    @Inject
    ApiClients clients;

    @Inject
    CurrentLanguage language;

    @Inject
    PortalSettings settings;

    private String name;
    private ApiClients.Created created;
    private List<ApiClientInfo> list;

    public List<ApiClientInfo> getClients() {
        if (list == null) {
            requireAdmin();
            list = clients.all();
        }
        return list;
    }

    public String create() {
        requireAdmin();
        ApiClients.Created result = clients.create(name);
        if (!result.ok()) {
            message(FacesMessage.SEVERITY_ERROR, "name", result.errorKey());
            return null;
        }
        created = result;
        name = null;
        list = null;
        // the key is in this response only: no cache may keep it
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        return null;
    }

    public String revoke(Long id) {
        requireAdmin();
        String clientName = getClients().stream().filter(c -> c.id().equals(id)).map(ApiClientInfo::name).findFirst().orElse("");
        Optional<String> error = clients.revoke(id);
        if (error.isPresent()) {
            message(FacesMessage.SEVERITY_ERROR, null, error.get());
        } else {
            String text = Messages.get().format(language.get(), "admin.clients.revoked.done", clientName);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        }
        list = null;
        return null;
    }

    /** The new client and its key, in the response that made it; null otherwise. */
    public ApiClients.Created getCreated() {
        return created;
    }

    /** Where client applications find the API. */
    public String getEndpoint() {
        return settings.getBaseUrl() + "/open311/v2/discovery.json";
    }

    private void message(FacesMessage.Severity severity, String clientId, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get().format(language.get(), key);
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            faces.validationFailed();
        }
    }

    private void requireAdmin() {
        if (!current.isAdmin()) {
            throw new SecurityException("administrators only");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
