package cymru.llais.platform;

import cymru.llais.shared.Language;

import java.util.List;

/**
 * The layout of the portal's short e-mails: a greeting, paragraphs (each with an optional link on a line
 * of its own) and a signature, as plain text and as HTML in the e-mail's language.
 */
public final class MailLayout {

    private MailLayout() {
    }

    /** A paragraph of an e-mail: its text, and the link that follows it (or null). */
    public record Paragraph(String text, String link) {

        public static Paragraph of(String text) {
            return new Paragraph(text, null);
        }
    }

    public static Mailer.Mail compose(String to, Language language, String subject, String greeting,
                                      List<Paragraph> paragraphs, String signature) {
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.code()).append("\"><body><p>")
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
        return new Mailer.Mail(to, language.code(), subject, text.toString(), html.toString());
    }
}
