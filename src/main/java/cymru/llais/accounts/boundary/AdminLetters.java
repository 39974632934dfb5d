package cymru.llais.accounts.boundary;

import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;

/**
 * The administrator's letters for verifying residents' addresses: how many wait, and a CSV of them to print and
 * post, each with a new single-use code. The codes are readable in that download only (they are stored hashed), so
 * each address is exported once; a lost file means the residents ask for a new letter.
 */
@Named
@RequestScoped
public class AdminLetters {

    @Inject
    ResidentAddresses addresses;

    @Inject
    CurrentStaff current;

    @Inject
    CurrentLanguage language;

    public long getWaiting() {
        return addresses.awaitingLetters();
    }

    public int getMaxLetters() {
        return ResidentAddresses.MAX_LETTERS;
    }

    public void download() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!current.isAdmin()) {
            say(faces, "account.letters.error.notAllowed");
            return;
        }
        List<ResidentAddresses.Letter> letters = addresses.printLetters();
        if (letters.isEmpty()) {
            say(faces, "account.letters.none");
            return;
        }
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("text/csv; charset=UTF-8");
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"address-letters.csv\"");
        ext.setResponseHeader("Cache-Control", "no-store");
        Writer out = ext.getResponseOutputWriter();
        out.write("name,line1,line2,town,postcode,ward,language,code,valid_until\r\n");
        for (ResidentAddresses.Letter l : letters) {
            out.write(String.join(",", csv(l.name()), csv(l.line1()), csv(l.line2()), csv(l.town()), csv(l.postcode()),
                    csv(l.wardName()), l.language().code(), l.code(),
                    l.validUntil().atZone(ZoneId.of("Europe/London")).toLocalDate().toString()) + "\r\n");
        }
        out.flush();
        faces.responseComplete();
    }

    /** A CSV field: quoted when it holds a comma or a quote; a leading formula character is neutralised. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private void say(FacesContext faces, String key) {
        String text = Messages.get().format(language.get(), key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
