package cymru.llais.accounts.boundary;

import cymru.llais.i18n.Messages;
import cymru.llais.platform.Mailer;
import cymru.llais.platform.PortalSettings;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The e-mails of residents' accounts, each in the account's language, as text and HTML: confirm a new
 * address, "someone tried to sign up with your address", and reset a password. Sent only once the
 * transaction that asked for them has committed.
 */
@ApplicationScoped
public class ResidentMail {

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMail mail) {
        mailer.sendLater(compose(mail, settings.getBaseUrl(), settings.siteName(mail.language())));
    }

    /** A paragraph of an e-mail: its text, and the link that follows it (or null). */
    private record Paragraph(String text, String link) {
    }

    static Mailer.Mail compose(AccountMail mail, String baseUrl, String siteName) {
        Messages m = Messages.get();
        Language l = mail.language();
        String lang = "lang=" + l.code();
        List<Paragraph> paragraphs = new ArrayList<>();
        String subject;
        switch (mail.kind()) {
            case VERIFY -> {
                subject = m.format(l, "mail.verify.subject", siteName);
                paragraphs.add(new Paragraph(m.format(l, "mail.verify.body"), null));
                paragraphs.add(new Paragraph(m.format(l, "mail.verify.link"),
                        baseUrl + "/account/verify.xhtml?token=" + mail.token() + "&" + lang));
                paragraphs.add(new Paragraph(m.format(l, "mail.verify.notYou"), null));
            }
            case ALREADY_REGISTERED -> {
                subject = m.format(l, "mail.registered.subject");
                paragraphs.add(new Paragraph(m.format(l, "mail.registered.body"), null));
                paragraphs.add(new Paragraph(m.format(l, "mail.registered.signIn"), baseUrl + "/signin.xhtml?" + lang));
                paragraphs.add(new Paragraph(m.format(l, "mail.registered.forgot"), baseUrl + "/account/forgot.xhtml?" + lang));
                paragraphs.add(new Paragraph(m.format(l, "mail.registered.notYou"), null));
            }
            case RESET -> {
                subject = m.format(l, "mail.reset.subject");
                paragraphs.add(new Paragraph(m.format(l, "mail.reset.body"), null));
                paragraphs.add(new Paragraph(m.format(l, "mail.reset.link"),
                        baseUrl + "/account/reset.xhtml?token=" + mail.token() + "&" + lang));
                paragraphs.add(new Paragraph(m.format(l, "mail.reset.notYou"), null));
            }
            default -> throw new IllegalArgumentException("unknown e-mail " + mail.kind());
        }
        String greeting = mail.name() == null ? m.format(l, "mail.confirmation.greeting") : m.format(l, "mail.account.greetingName", mail.name());
        String signature = m.format(l, "mail.confirmation.signature", siteName);
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(l.code()).append("\"><body><p>")
                .append(Mailer.escape(greeting)).append("</p>");
        for (Paragraph p : paragraphs) {
            text.append(p.text());
            html.append("<p>").append(Mailer.escape(p.text()));
            if (p.link() != null) {
                text.append('\n').append(p.link());
                html.append("<br><a href=\"").append(Mailer.escape(p.link())).append("\">").append(Mailer.escape(p.link())).append("</a>");
            }
            text.append("\n\n");
            html.append("</p>");
        }
        text.append(signature).append('\n');
        html.append("<p>").append(Mailer.escape(signature)).append("</p></body></html>");
        return new Mailer.Mail(mail.to(), l.code(), subject, text.toString(), html.toString());
    }
}
