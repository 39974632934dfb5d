package cymru.llais.accounts.boundary;

import cymru.llais.i18n.Messages;
import cymru.llais.platform.MailLayout;
import cymru.llais.platform.MailLayout.Paragraph;
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
        return MailLayout.compose(mail.to(), l, subject, greeting, paragraphs, signature);
    }
}
