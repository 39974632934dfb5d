package cymru.llais.privacy.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.FormFeedback;
import cymru.llais.i18n.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The administrators' erasure page: carry out the erasure request of someone without an account, by
 * the address they wrote from (confirmed by a link e-mailed to it), and see the erasures done.
 */
@Named
@RequestScoped
public class AdminErasure {

    private static final int SHOWN = 50;

    @Inject
    CurrentStaff staff;

    @Inject
    ErasureRequests requests;

    @Inject
    CurrentLanguage language;

    private final FormFeedback feedback = new FormFeedback();
    private String email;
    private String mode;
    private String mailLanguage = "cy";
    private List<ErasureRequests.View> recent;

    public String request() {
        feedback.clear();
        ErasureRequests.Outcome outcome = requests.request(staff.require(), email, mode, mailLanguage);
        if (!outcome.done()) {
            feedback.error(language.get(), outcome.field(), outcome.errorKey());
            return null;
        }
        FormFeedback.noticeAfterRedirect(language.get(), "privacy.request.sent");
        return "/admin/erasure.xhtml?faces-redirect=true";
    }

    public List<ErasureRequests.View> getRecent() {
        if (recent == null) {
            recent = requests.recent(SHOWN);
        }
        return recent;
    }

    public boolean invalid(String component) {
        return feedback.invalid(component);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getMailLanguage() {
        return mailLanguage;
    }

    public void setMailLanguage(String mailLanguage) {
        this.mailLanguage = mailLanguage;
    }
}
