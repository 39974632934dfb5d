package cymru.llais.accounts.boundary;

import cymru.llais.accounts.control.FieldError;
import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the forms of residents' accounts tell the person: an error beside a field (whose id is the rule's
 * field name) or above the form, or a notice; and which fields to mark as wrong.
 */
public final class FormFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<String> invalid = new HashSet<>();

    public void clear() {
        invalid.clear();
    }

    public boolean invalid(String component) {
        return invalid.contains(component);
    }

    /** An error beside a field (whose component has the field's name), or above the form when {@code field} is null. */
    public void error(Language language, String field, String key, Object... arguments) {
        error(language, field, field, key, arguments);
    }

    private void error(Language language, String field, String component, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get().format(language, key, arguments);
        if (field != null) {
            invalid.add(field);
        }
        faces.addMessage(component, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public void errors(Language language, List<FieldError> errors) {
        errors(language, errors, Map.of());
    }

    /** Errors of the rules, each beside its field; {@code components} names the component of a field whose id differs. */
    public void errors(Language language, List<FieldError> errors, Map<String, String> components) {
        errors.forEach(e -> error(language, e.field(), components.getOrDefault(e.field(), e.field()), e.key(), e.arguments().toArray()));
    }

    /** A notice that survives the redirect that follows (post, redirect, get). */
    public static void noticeAfterRedirect(Language language, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get().format(language, key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
