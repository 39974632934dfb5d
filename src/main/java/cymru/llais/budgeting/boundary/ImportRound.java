package cymru.llais.budgeting.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.budgeting.control.RoundImport;
import cymru.llais.budgeting.control.counting.PabulibFormatException;
import cymru.llais.budgeting.control.counting.PabulibReader;
import cymru.llais.budgeting.control.counting.PbInstance;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.boundary.Areas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The administrator's import of a pabulib {@code .pb} file (another city's round, or a past one) as a closed round
 * in its results phase, filed under the area chosen. A file over {@link #MAX_BYTES}, not UTF-8 or malformed (the
 * message names the line) is refused with a message in the page's language, and nothing is stored.
 */
@Named
@RequestScoped
public class ImportRound {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    RoundImport importer;

    @Inject
    Budgeting budgeting;

    @Inject
    Areas areas;

    @Inject
    CurrentStaff current;

    @Inject
    CurrentLanguage language;

    @Inject
    Clock clock;

    private Part file;
    private String area;

    public String upload() {
        if (!current.isAdmin()) {
            return refuse("budgeting.error.notAllowed");
        }
        if (!knownArea(area)) {
            return refuse("budgeting.error.area");
        }
        if (file == null || file.getSize() == 0) {
            return refuse("budgeting.import.error.noFile");
        }
        if (file.getSize() > MAX_BYTES) {
            return refuse("budgeting.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try (InputStream in = file.getInputStream()) {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            return refuse("budgeting.import.error.encoding");
        } catch (IOException e) {
            return refuse("budgeting.import.error.noFile");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        PbInstance pb;
        try {
            pb = new PabulibReader().read(text);
        } catch (PabulibFormatException e) {
            String problem = Messages.get().format(language.get(), e.key(), e.args().toArray());
            return refuse("budgeting.import.error.line", e.line(), problem);
        }
        RoundImport.Result result = importer.importRound(area, pb, budgeting.today(), clock.instant());
        if (result.roundId() == null) {
            return refuse(result.refusal(), result.args().toArray());
        }
        return "/budgeting/results.xhtml?faces-redirect=true&round=" + result.roundId();
    }

    private boolean knownArea(String value) {
        if (value == null) {
            return false;
        }
        if (value.startsWith("WARD:")) {
            return areas.ward(value.substring(5)).isPresent();
        }
        if (value.startsWith("AUTHORITY:")) {
            return areas.authority(value.substring(10)).isPresent();
        }
        return false;
    }

    private String refuse(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get().format(language.get(), key, args);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
        return null;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }
}
