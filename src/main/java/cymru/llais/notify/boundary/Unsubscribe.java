package cymru.llais.notify.boundary;

import cymru.llais.i18n.CurrentLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The page of an e-mail's unsubscribe link: opening it changes nothing (mail scanners open links); the
 * button stops the e-mails the link names, or all notifications, for that address, without signing in.
 */
@Named
@ViewScoped
public class Unsubscribe implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    CurrentLanguage language;

    private String token;
    private Notifications.Request request;
    private boolean done;
    private boolean doneAll;

    public void load() {
        request = notifications.read(token).orElse(null);
    }

    public String stop() {
        done = request != null && notifications.unsubscribe(token, false);
        return null;
    }

    public String stopAll() {
        doneAll = request != null && notifications.unsubscribe(token, true);
        done = doneAll;
        return null;
    }

    public boolean isValid() {
        return request != null;
    }

    public Notifications.Request getRequest() {
        return request;
    }

    /** The ward's name in the page's language, for a ward's link. */
    public String getWardName() {
        return request == null || request.wardCode() == null ? ""
                : notifications.store().wardName(request.wardCode()).in(language.get());
    }

    public boolean isDone() {
        return done;
    }

    public boolean isDoneAll() {
        return doneAll;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
