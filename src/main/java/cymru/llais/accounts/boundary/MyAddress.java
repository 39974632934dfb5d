package cymru.llais.accounts.boundary;

import cymru.llais.accounts.control.AddressRules;
import cymru.llais.accounts.control.FieldError;
import cymru.llais.accounts.entity.ResidentAddress;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.routing.boundary.Areas;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * "My address": the resident's home address for voting with their account in participatory budgeting, where it
 * stands (waiting for its letter, letter posted, verified), the code from the letter, a new letter, or removal.
 */
@Named
@RequestScoped
public class MyAddress {

    @Inject
    CurrentResident current;

    @Inject
    ResidentAddresses addresses;

    @Inject
    CurrentLanguage language;

    @Inject
    Areas areas;

    private final FormFeedback feedback = new FormFeedback();
    private Resident resident;
    private ResidentAddresses.AddressView address;
    private String line1;
    private String line2;
    private String town;
    private String postcode;
    private String latitude;
    private String longitude;
    private String ward;
    private String code;

    @PostConstruct
    void init() {
        resident = current.require();
        address = addresses.of(resident.id()).orElse(null);
        if (address != null) {
            line1 = address.line1();
            line2 = address.line2();
            town = address.town();
            postcode = address.postcode();
            ward = address.wardCode();
        }
    }

    public String save() {
        feedback.clear();
        List<FieldError> errors = addresses.give(resident.id(), new AddressRules.Input(line1, line2, town, postcode, latitude, longitude, ward));
        if (!errors.isEmpty()) {
            feedback.errors(language.get(), errors);
            return null;
        }
        FormFeedback.noticeAfterRedirect(language.get(), "account.address.saved");
        return "/account/address.xhtml?faces-redirect=true";
    }

    public String enterCode() {
        feedback.clear();
        String typed = code;
        code = null;
        ResidentAddress.CodeResult result = addresses.enterCode(resident.id(), typed);
        if (result == ResidentAddress.CodeResult.VERIFIED) {
            FormFeedback.noticeAfterRedirect(language.get(), "account.address.verified");
            return "/account/address.xhtml?faces-redirect=true";
        }
        feedback.error(language.get(), "code", switch (result) {
            case WRONG -> "account.address.code.error.wrong";
            case EXPIRED -> "account.address.code.error.expired";
            case USED -> "account.address.code.error.used";
            case TOO_MANY -> "account.address.code.error.tooMany";
            default -> "account.address.code.error.noLetter";
        });
        address = addresses.of(resident.id()).orElse(null);
        return null;
    }

    public String newLetter() {
        feedback.clear();
        if (!addresses.askForNewLetter(resident.id())) {
            feedback.error(language.get(), null, "account.address.newLetter.error");
            return null;
        }
        FormFeedback.noticeAfterRedirect(language.get(), "account.address.newLetter.done");
        return "/account/address.xhtml?faces-redirect=true";
    }

    public String remove() {
        feedback.clear();
        addresses.remove(resident.id());
        FormFeedback.noticeAfterRedirect(language.get(), "account.address.removed");
        return "/account/address.xhtml?faces-redirect=true";
    }

    public boolean invalid(String component) {
        return feedback.invalid(component);
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

    public ResidentAddresses.AddressView getAddress() {
        return address;
    }

    public int getMaxLine() {
        return AddressRules.MAX_LINE;
    }

    public int getMaxTown() {
        return AddressRules.MAX_TOWN;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
