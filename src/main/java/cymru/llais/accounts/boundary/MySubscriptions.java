package cymru.llais.accounts.boundary;

import cymru.llais.concerns.boundary.ConcernLine;
import cymru.llais.i18n.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** "My subscriptions": the concerns the resident follows, each a click from its page, and a way to stop following. */
@Named
@RequestScoped
public class MySubscriptions {

    @Inject
    CurrentResident current;

    @Inject
    ResidentAccounts accounts;

    @Inject
    CurrentLanguage language;

    private List<ConcernLine> items;

    public List<ConcernLine> getItems() {
        if (items == null) {
            items = accounts.subscriptions(current.require().id());
        }
        return items;
    }

    public String unfollow(String reference) {
        accounts.unfollow(current.require().id(), reference);
        FormFeedback.noticeAfterRedirect(language.get(), "accounts.subscriptions.unfollowed", reference);
        return "/account/subscriptions.xhtml?faces-redirect=true";
    }
}
