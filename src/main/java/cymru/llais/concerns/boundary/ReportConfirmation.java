package cymru.llais.concerns.boundary;

import cymru.llais.i18n.Messages;
import cymru.llais.platform.Mailer;
import cymru.llais.platform.PortalSettings;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * The e-mail a resident gets when they leave an address: the reference and a link, in their
 * language. For a sensitive category it says nothing of what was reported, because someone
 * else may read the resident's e-mail.
 */
@ApplicationScoped
public class ReportConfirmation {

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    public void send(String email, Language language, String reference, String categoryName, boolean sensitive) {
        if (email == null) {
            return;
        }
        Mailer.Mail mail = compose(email, language, reference, categoryName, sensitive,
                settings.getBaseUrl() + "/concerns/view.xhtml?ref=" + reference + "&lang=" + language.code(),
                settings.siteName(language));
        mailer.sendOnce(mail, "confirmation:" + reference);
    }

    static Mailer.Mail compose(String email, Language language, String reference, String categoryName, boolean sensitive,
                               String link, String siteName) {
        Messages m = Messages.get();
        String subject = m.format(language, "mail.confirmation.subject", reference);
        String greeting = m.format(language, "mail.confirmation.greeting");
        String body = sensitive
                ? m.format(language, "mail.confirmation.sensitive", reference)
                : m.format(language, "mail.confirmation.body", reference, categoryName);
        String follow = sensitive ? "" : m.format(language, "mail.confirmation.link");
        String emergency = m.format(language, "safeguarding.emergency");
        String signature = m.format(language, "mail.confirmation.signature", siteName);
        StringBuilder text = new StringBuilder().append(greeting).append("\n\n").append(body).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.code()).append("\"><body><p>")
                .append(Mailer.escape(greeting)).append("</p><p>").append(Mailer.escape(body)).append("</p>");
        if (!sensitive) {
            text.append(follow).append('\n').append(link).append("\n\n");
            html.append("<p>").append(Mailer.escape(follow)).append("<br><a href=\"").append(Mailer.escape(link)).append("\">")
                    .append(Mailer.escape(link)).append("</a></p>");
        }
        text.append(emergency).append("\n\n").append(signature).append('\n');
        html.append("<p><strong>").append(Mailer.escape(emergency)).append("</strong></p><p>")
                .append(Mailer.escape(signature)).append("</p></body></html>");
        return new Mailer.Mail(email, language.code(), subject, text.toString(), html.toString());
    }
}
