package cymru.llais.budgeting.boundary;

import cymru.llais.shared.Ids;
import cymru.llais.accounts.boundary.CurrentResident;
import cymru.llais.accounts.boundary.FormFeedback;
import cymru.llais.budgeting.entity.Phase;
import cymru.llais.budgeting.entity.Project;
import cymru.llais.budgeting.entity.ProposalDetails;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.shared.Language;
import cymru.llais.shared.PhotoSanitiser;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A resident proposes a project in a round's ideas phase, in their own language, and sees their proposals and
 * where each stands. Signed-in verified residents only: anyone else is sent to sign in and brought back.
 */
@Named
@ViewScoped
public class ProposeProject implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_MB = PhotoSanitiser.MAX_BYTES / (1024 * 1024);

    @Inject
    Budgeting budgeting;

    @Inject
    Proposals proposals;

    @Inject
    CurrentResident current;

    @Inject
    CurrentLanguage language;

    private String roundParam;
    private Long roundId;
    private transient Budgeting.RoundView round;
    private String textLanguage;
    private String title;
    private String description;
    private String cost;
    private String place;
    private String photoAlt;
    private transient Part photo;
    private transient List<Project> mine;
    private transient Map<Long, String> alts;
    private final FormFeedback feedback = new FormFeedback();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        ExternalContext ext = faces.getExternalContext();
        Long id = Ids.parse(roundParam);
        round = budgeting.round(id).orElse(null);
        if (round == null) {
            ext.responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        roundId = round.id();
        if (!current.isSignedIn()) {
            String next = "/budgeting/propose.xhtml?round=" + round.id() + "&lang=" + language.get().code();
            ext.redirect(ext.getRequestContextPath() + "/signin.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                    + "&lang=" + language.get().code());
            faces.responseComplete();
            return;
        }
        if (textLanguage == null) {
            textLanguage = current.require().language().code();
        }
    }

    public String propose() {
        feedback.clear();
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
        Language written = Language.fromCode(textLanguage).orElse(null);
        ProposalDetails details = new ProposalDetails(written, title, description, cost, place, photoAlt, bytes != null);
        Budgeting.SaveResult r = proposals.propose(current.id(), roundId, details, bytes);
        if (!r.ok()) {
            r.problems().forEach(p -> feedback.error(language.get(), p.field(), p.key(), MAX_MB, Proposals.MAX_PER_RESIDENT));
            return null;
        }
        FormFeedback.noticeAfterRedirect(language.get(), "budgeting.proposal.done");
        return "/budgeting/propose.xhtml?faces-redirect=true&round=" + roundId;
    }

    public boolean isOpen() {
        return getRound() != null && getRound().phase() == Phase.IDEAS;
    }

    public List<Project> getMine() {
        if (mine == null) {
            mine = roundId == null ? List.of() : proposals.mine(current.id(), roundId);
        }
        return mine;
    }

    /** What the photo of one of the resident's proposals shows, or null when it has none. */
    public String alt(Project p) {
        if (alts == null) {
            alts = proposals.photoAlts(getMine().stream().map(Project::getId).toList());
        }
        return alts.get(p.getId());
    }

    public int getMaxProposals() {
        return Proposals.MAX_PER_RESIDENT;
    }

    public int getMaxMb() {
        return MAX_MB;
    }

    public long getMaxCost() {
        return ProposalDetails.MAX_COST;
    }

    public boolean invalid(String field) {
        return feedback.invalid(field);
    }

    public Budgeting.RoundView getRound() {
        if (round == null && roundId != null) {
            round = budgeting.round(roundId).orElse(null);
        }
        return round;
    }

    public String getRoundParam() {
        return roundParam;
    }

    public void setRoundParam(String roundParam) {
        this.roundParam = roundParam;
    }

    public String getTextLanguage() {
        return textLanguage;
    }

    public void setTextLanguage(String textLanguage) {
        this.textLanguage = textLanguage;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPhotoAlt() {
        return photoAlt;
    }

    public void setPhotoAlt(String photoAlt) {
        this.photoAlt = photoAlt;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
