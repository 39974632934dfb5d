package cymru.llais.accounts.boundary;

import cymru.llais.concerns.boundary.ConcernLine;
import cymru.llais.i18n.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cymru.llais.notify.boundary.NotifyStore;
import cymru.llais.routing.boundary.Areas;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "My subscriptions": the concerns the resident follows, each a click from its page, and a way to stop following;
 * and the wards whose news they get by e-mail (at once, daily or weekly).
 */
@Named
@RequestScoped
public class MySubscriptions {

    @Inject
    CurrentResident current;

    @Inject
    ResidentAccounts accounts;

    @Inject
    CurrentLanguage language;

    @Inject
    NotifyStore notifications;

    @Inject
    Areas areas;

    private static final Set<String> FREQUENCIES = Set.of("IMMEDIATE", "DAILY", "WEEKLY");

    private final FormFeedback feedback = new FormFeedback();
    private List<ConcernLine> items;
    private List<NotifyStore.WardSubscription> wards;
    private String ward;
    private String frequency = "WEEKLY";

    public List<ConcernLine> getItems() {
        if (items == null) {
            items = accounts.subscriptions(current.require().id());
        }
        return items;
    }

    public List<NotifyStore.WardSubscription> getWards() {
        if (wards == null) {
            wards = notifications.subscriptions(current.require().id());
        }
        return wards;
    }

    /** The ward picker's options, grouped by local authority. */
    public List<SelectItem> getWardGroups() {
        List<SelectItem> groups = new ArrayList<>();
        for (Areas.WardGroup g : areas.wardsByAuthority(language.get())) {
            SelectItem[] options = g.wards().stream()
                    .map(w -> new SelectItem(w.code(), w.nameIn(language.get()))).toArray(SelectItem[]::new);
            groups.add(new SelectItemGroup(g.authority().name().in(language.get()), null, false, options));
        }
        return groups;
    }

    public String subscribe() {
        boolean wardOk = ward != null && areas.ward(ward).isPresent();
        boolean frequencyOk = frequency != null && FREQUENCIES.contains(frequency);
        if (!wardOk) {
            feedback.error(language.get(), "ward", "notify.subscriptions.error.ward");
        }
        if (!frequencyOk) {
            feedback.error(language.get(), "frequency", "notify.subscriptions.error.frequency");
        }
        if (!wardOk || !frequencyOk) {
            return null;
        }
        notifications.subscribe(current.require().id(), ward, frequency);
        FormFeedback.noticeAfterRedirect(language.get(), "notify.subscriptions.subscribed",
                areas.ward(ward).get().nameIn(language.get()));
        return "/account/subscriptions.xhtml?faces-redirect=true";
    }

    public String stopWard(String wardCode) {
        if (notifications.unsubscribe(current.require().id(), wardCode)) {
            FormFeedback.noticeAfterRedirect(language.get(), "notify.subscriptions.stopped",
                    notifications.wardName(wardCode).in(language.get()));
        }
        return "/account/subscriptions.xhtml?faces-redirect=true";
    }

    public String frequencyKey(String f) {
        return switch (f) {
            case "IMMEDIATE" -> "notify.frequency.immediate";
            case "DAILY" -> "notify.frequency.daily";
            default -> "notify.frequency.weekly";
        };
    }

    public boolean invalid(String component) {
        return feedback.invalid(component);
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String unfollow(String reference) {
        accounts.unfollow(current.require().id(), reference);
        FormFeedback.noticeAfterRedirect(language.get(), "accounts.subscriptions.unfollowed", reference);
        return "/account/subscriptions.xhtml?faces-redirect=true";
    }
}
