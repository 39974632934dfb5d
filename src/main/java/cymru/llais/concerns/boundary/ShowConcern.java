package cymru.llais.concerns.boundary;

import cymru.llais.accounts.boundary.CurrentResident;
import cymru.llais.routing.boundary.Routing;
import cymru.llais.routing.boundary.TeamInfo;
import cymru.llais.shared.BilingualText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/**
 * A concern's own page. A sensitive concern is shown only to the session that reported it and to the
 * signed-in resident whose account reported (or claimed) it, with the safeguarding panel; to anyone
 * else it does not exist.
 */
@Named
@RequestScoped
public class ShowConcern {

    @Inject
    Concerns concerns;

    @Inject
    ReportedInSession reported;

    @Inject
    CurrentResident resident;

    private String reference;
    private String newParam;
    private ConcernView concern;
    private BilingualText holder;

    @Inject
    Routing routing;

    public void load() throws IOException {
        concern = concerns.find(reference).orElse(null);
        boolean reporter = concern != null && (reported.contains(concern.reference())
                || concerns.isReportedBy(concern.reference(), resident.id()));
        if (concern != null && (concern.sensitive() || concern.isAwaitingModeration()) && !reporter) {
            concern = null;
        }
        if (concern == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** The partner dealing with the concern now ("tell us once": the resident sees who has it). */
    public BilingualText getHolder() {
        if (concern == null) {
            return null;
        }
        if (holder == null) {
            holder = concerns.idOf(concern.reference()).flatMap(routing::holder).map(TeamInfo::partnerName)
                    .orElse(new BilingualText("-", "-"));
        }
        return "-".equals(holder.en()) ? null : holder;
    }

    /**
     * Whether the whole concern is shown: a published one, or one awaiting moderation to its reporter. A
     * hidden one shows only its reference, status and the public reason; a merged one where it went.
     */
    public boolean isWhole() {
        return concern != null && (concern.isPublished() || concern.isAwaitingModeration());
    }

    public ConcernView getConcern() {
        return concern;
    }

    public boolean isJustReported() {
        return "1".equals(newParam) && concern != null && reported.contains(concern.reference());
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getNewParam() {
        return newParam;
    }

    public void setNewParam(String newParam) {
        this.newParam = newParam;
    }
}
