package cymru.llais.concerns.boundary;

import cymru.llais.accounts.boundary.CurrentResident;
import cymru.llais.accounts.boundary.Resident;
import cymru.llais.shared.PhotoSanitiser;
import cymru.llais.concerns.control.Violation;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.boundary.Areas;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import cymru.llais.platform.RateLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The "report a concern" form. The rules live in {@link Concerns}; this bean carries the form to them. */
@Named("report")
@ViewScoped
public class ReportConcern implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Which form component shows the message of which rule's field. */
    private static final Map<String, String> COMPONENT = Map.of("place", "ward", "language", "languageCy");

    @Inject
    Concerns concerns;

    @Inject
    Areas areas;

    @Inject
    CurrentLanguage currentLanguage;

    @Inject
    ReportedInSession reported;

    @Inject
    RateLimits rateLimits;

    @Inject
    CurrentResident resident;

    private String submissionToken;
    private final Set<String> invalid = new HashSet<>();

    private String category;
    private String latitude;
    private String longitude;
    private String ward;
    private String locationText;
    private String description;
    private String language;
    private String email;
    private transient Part photo;

    @PostConstruct
    void init() {
        language = currentLanguage.get().code();
        submissionToken = newToken();
    }

    public List<CategoryView> getCategories() {
        return concerns.categories();
    }

    /** The ward picker's options, grouped by local authority (there are 852 wards in Wales, some with the same name). */
    public List<SelectItem> getWardGroups() {
        List<SelectItem> groups = new ArrayList<>();
        for (Areas.WardGroup g : areas.wardsByAuthority(currentLanguage.get())) {
            SelectItem[] wards = g.wards().stream()
                    .map(w -> new SelectItem(w.code(), w.nameIn(currentLanguage.get()))).toArray(SelectItem[]::new);
            groups.add(new SelectItemGroup(g.authority().name().in(currentLanguage.get()), null, false, wards));
        }
        return groups;
    }

    /** Whether the report will belong to a signed-in resident's account (then it asks for no e-mail address). */
    public boolean isFromAccount() {
        return resident.isSignedIn();
    }

    public boolean invalid(String component) {
        return invalid.contains(component);
    }

    public String submit() {
        invalid.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!rateLimits.allow(RateLimits.Kind.REPORT, (HttpServletRequest) faces.getExternalContext().getRequest())) {
            show(faces, Violation.of("form", "concerns.error.tooMany"));
            return null;
        }
        byte[] photoBytes = null;
        if (photo != null && photo.getSize() > 0) {
            if (photo.getSize() > PhotoSanitiser.MAX_BYTES) {
                show(faces, Violation.of("photo", "concerns.error.photo.tooBig", PhotoSanitiser.MAX_BYTES / (1024 * 1024)));
                return null;
            }
            try (InputStream in = photo.getInputStream()) {
                photoBytes = in.readNBytes(PhotoSanitiser.MAX_BYTES + 1);
            } catch (IOException e) {
                show(faces, Violation.of("photo", "concerns.error.photo.notImage"));
                return null;
            }
        }
        // a signed-in resident's report belongs to their account, and its e-mails go to the account's address in its language
        Optional<Resident> account = resident.get();
        ReportResult result = concerns.report(new NewConcern(category, latitude, longitude, ward, locationText,
                description, language, account.map(Resident::email).orElse(email), photoBytes, "form:" + submissionToken,
                account.map(Resident::language).orElse(currentLanguage.get()), account.map(Resident::id).orElse(null)));
        if (!result.accepted()) {
            result.violations().forEach(v -> show(faces, v));
            return null;
        }
        reported.add(result.reference());
        return "/concerns/view.xhtml?faces-redirect=true&new=1&ref=" + result.reference();
    }

    private void show(FacesContext faces, Violation v) {
        String text = Messages.get().format(currentLanguage.get(), v.key(), v.arguments().toArray());
        String component = "form".equals(v.field()) ? null : COMPONENT.getOrDefault(v.field(), v.field());
        if (component != null) {
            invalid.add(component);
        }
        faces.addMessage(component, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Travels with the form, so that the same form posted twice makes one concern. */
    public String getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(String submissionToken) {
        this.submissionToken = submissionToken;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
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

    public String getLocationText() {
        return locationText;
    }

    public void setLocationText(String locationText) {
        this.locationText = locationText;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
