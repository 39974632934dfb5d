package cymru.llais.accounts.boundary;

import cymru.llais.i18n.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The "follow this concern" button on a concern's page, for signed-in residents. The reference travels
 * with the form (as {@code followRef}); following is refused for a concern the resident may not see.
 */
@Named
@RequestScoped
public class FollowConcern {

    @Inject
    CurrentResident current;

    @Inject
    ResidentAccounts accounts;

    @Inject
    CurrentLanguage language;

    @Inject
    HttpServletRequest request;

    private Boolean following;

    public boolean isAvailable() {
        return current.isSignedIn();
    }

    public boolean isFollowing(String reference) {
        if (following == null) {
            following = current.isSignedIn() && accounts.follows(current.id(), reference);
        }
        return following;
    }

    public String follow() {
        String reference = reference();
        if (current.isSignedIn() && accounts.follow(current.id(), reference)) {
            FormFeedback.noticeAfterRedirect(language.get(), "accounts.follow.done");
        }
        return page(reference);
    }

    public String unfollow() {
        String reference = reference();
        if (current.isSignedIn()) {
            accounts.unfollow(current.id(), reference);
            FormFeedback.noticeAfterRedirect(language.get(), "accounts.follow.stopped");
        }
        return page(reference);
    }

    private String reference() {
        String reference = request.getParameter("followRef");
        return reference == null ? "" : reference.strip();
    }

    private static String page(String reference) {
        return "/concerns/view.xhtml?faces-redirect=true&ref=" + java.net.URLEncoder.encode(String.valueOf(reference),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
