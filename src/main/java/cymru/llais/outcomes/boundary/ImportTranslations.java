package cymru.llais.outcomes.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.FormFeedback;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.outcomes.control.Xliff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;

/** The upload of a translated XLIFF file on the outcomes list, and what it did. */
@Named
@RequestScoped
public class ImportTranslations {

    @Inject
    CurrentStaff current;

    @Inject
    OutcomeTranslations translations;

    @Inject
    CurrentLanguage language;

    private Part file;
    private OutcomeTranslations.ImportReport report;
    private final FormFeedback feedback = new FormFeedback();

    public String upload() {
        byte[] data;
        if (file == null || file.getSize() == 0) {
            feedback.error(language.get(), "xliff", "outcomes.xliff.error.empty");
            return null;
        }
        if (file.getSize() > Xliff.MAX_BYTES) {
            feedback.error(language.get(), "xliff", "outcomes.xliff.error.tooBig", Xliff.MAX_BYTES / 1024);
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            data = in.readNBytes(Xliff.MAX_BYTES + 1);
        } catch (IOException e) {
            feedback.error(language.get(), "xliff", "outcomes.xliff.error.malformed");
            return null;
        }
        OutcomeTranslations.ImportReport result = translations.importFile(current.require(), data);
        if (!result.ok()) {
            feedback.error(language.get(), "xliff", result.problem(), Xliff.MAX_BYTES / 1024);
            return null;
        }
        report = result;
        return null;
    }

    public boolean invalid(String field) {
        return feedback.invalid(field);
    }

    public OutcomeTranslations.ImportReport getReport() {
        return report;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
