package cymru.llais.outcomes.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.FormFeedback;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.outcomes.entity.Problem;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.PhotoSanitiser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The photo part of the outcome form: attach one photo to a saved draft, described in both languages, or remove it. */
@Named
@RequestScoped
public class AttachOutcomePhoto {

    private static final int MAX_MB = PhotoSanitiser.MAX_BYTES / (1024 * 1024);

    @Inject
    CurrentStaff current;

    @Inject
    OutcomePhotos photos;

    @Inject
    WriteOutcome form;

    @Inject
    CurrentLanguage language;

    private transient Part photo;
    private String altEn;
    private String altCy;
    private BilingualText description;
    private boolean described;
    private final FormFeedback feedback = new FormFeedback();

    public String attach() {
        byte[] bytes = null;
        if (photo != null && photo.getSize() > 0) {
            if (photo.getSize() > PhotoSanitiser.MAX_BYTES) {
                feedback.error(language.get(), "photo", "concerns.error.photo.tooBig", MAX_MB);
                return null;
            }
            try (InputStream in = photo.getInputStream()) {
                bytes = in.readNBytes(PhotoSanitiser.MAX_BYTES + 1);
            } catch (IOException e) {
                feedback.error(language.get(), "photo", "concerns.error.photo.notImage");
                return null;
            }
        }
        List<Problem> problems = photos.attach(current.require(), form.getOutcomeId(), bytes, altEn, altCy);
        if (!problems.isEmpty()) {
            problems.forEach(p -> feedback.error(language.get(), p.field(), p.key(), MAX_MB));
            return null;
        }
        FormFeedback.noticeAfterRedirect(language.get(), "outcomes.photo.done.attached");
        return "/staff/outcome.xhtml?faces-redirect=true&id=" + form.getOutcomeId();
    }

    public String remove() {
        Optional<Problem> refused = photos.remove(current.require(), form.getOutcomeId());
        if (refused.isPresent()) {
            feedback.error(language.get(), null, refused.get().key());
            return null;
        }
        FormFeedback.noticeAfterRedirect(language.get(), "outcomes.photo.done.removed");
        return "/staff/outcome.xhtml?faces-redirect=true&id=" + form.getOutcomeId();
    }

    /** The description of the draft's photo, or null when it has none. */
    public BilingualText getDescription() {
        if (!described) {
            Long id = form.getOutcomeId();
            description = id == null ? null : photos.descriptions(List.of(id)).get(id);
            described = true;
        }
        return description;
    }

    public boolean invalid(String field) {
        return feedback.invalid(field);
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public String getAltEn() {
        return altEn;
    }

    public void setAltEn(String altEn) {
        this.altEn = altEn;
    }

    public String getAltCy() {
        return altCy;
    }

    public void setAltCy(String altCy) {
        this.altCy = altCy;
    }
}
