package cymru.llais.routing.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Dates;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.control.AreaImport;
import cymru.llais.routing.control.AreaProblem;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The administration page of areas: upload the local authorities file and any number of ward
 * files, check them or import them, and see what changed and how many areas there are.
 */
@Named
@RequestScoped
public class ImportAreas {

    /** More problems than this are counted, not listed: one broken file can make hundreds. */
    static final int LISTED_PROBLEMS = 25;

    @Inject
    AreaImports imports;

    @Inject
    CurrentStaff staff;

    @Inject
    CurrentLanguage language;

    private Part authorities;
    private List<Part> wards;
    private AreaImport.Result result;
    private AreaImport.Status status;

    public String check() throws IOException {
        return run(false);
    }

    public String importFiles() throws IOException {
        return run(true);
    }

    private String run(boolean write) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        StaffMember admin = staff.get().filter(StaffMember::isAdmin).orElse(null);
        if (admin == null) {
            // web.xml already keeps /admin to administrators; this is the second lock on the door
            faces.getExternalContext().responseSendError(403, "");
            faces.responseComplete();
            return null;
        }
        List<AreaImport.Source> authorityFiles = sources(authorities == null ? List.of() : List.of(authorities));
        List<AreaImport.Source> wardFiles = sources(wards == null ? List.of() : wards);
        result = write ? imports.importFiles(authorityFiles, wardFiles, "page", admin.email()) : imports.check(authorityFiles, wardFiles);
        Language lang = language.get();
        if (result.ok()) {
            String text = Messages.get().format(lang, write ? "areas.result.imported" : "areas.result.checked");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } else {
            List<AreaProblem> problems = result.problems();
            for (AreaProblem p : problems.subList(0, Math.min(LISTED_PROBLEMS, problems.size()))) {
                String text = Messages.get().format(lang, p.key(), p.arguments().toArray());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            if (problems.size() > LISTED_PROBLEMS) {
                String text = Messages.get().format(lang, "areas.error.moreProblems", problems.size() - LISTED_PROBLEMS);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            String nothing = Messages.get().format(lang, "areas.error.nothingImported");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, nothing, nothing));
            faces.validationFailed();
        }
        return null;
    }

    /** The chosen files; a file input left empty sends a part without a name or content, which is no file. */
    private static List<AreaImport.Source> sources(List<Part> parts) {
        List<AreaImport.Source> sources = new ArrayList<>();
        for (Part part : parts) {
            String name = fileName(part.getSubmittedFileName());
            if (name.isEmpty() && part.getSize() == 0) {
                continue;
            }
            sources.add(new AreaImport.Source(name.isEmpty() ? part.getName() : name, part::getInputStream));
        }
        return sources;
    }

    /** The file's own name, without any folders a browser may send with it. */
    static String fileName(String submitted) {
        if (submitted == null) {
            return "";
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1).strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    public AreaImport.Status getStatus() {
        if (status == null) {
            status = imports.status();
        }
        return status;
    }

    /** The last import in a sentence: when, and how (this page and by whom, the command, or the demo data). */
    public String getLastImport() {
        Language lang = language.get();
        return getStatus().last().map(last -> {
            String when = Dates.dateTime(lang, last.at());
            return switch (last.via()) {
                case "page" -> Messages.get().format(lang, "areas.last.page", when, last.by() == null ? "" : last.by());
                case "command" -> Messages.get().format(lang, "areas.last.command", when, last.by() == null ? "" : last.by());
                default -> Messages.get().format(lang, "areas.last.demo", when);
            };
        }).orElseGet(() -> Messages.get().format(lang, "areas.last.never"));
    }

    /** Whether the outcome of a successful check or import is to be shown. */
    public boolean isShowingResult() {
        return result != null && result.ok();
    }

    public AreaImport.Result getResult() {
        return result;
    }

    public Part getAuthorities() {
        return authorities;
    }

    public void setAuthorities(Part authorities) {
        this.authorities = authorities;
    }

    public List<Part> getWards() {
        return wards;
    }

    public void setWards(List<Part> wards) {
        this.wards = wards;
    }
}
