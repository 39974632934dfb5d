package cymru.llais.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.mail.internet.MimeUtility;

import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** E-mail through the configured SMTP server: plain text and HTML, UTF-8; queued in the durable outbox, sent by {@link MailSender}. */
@ApplicationScoped
public class Mailer {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "llais.mail.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "llais.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "llais.mail.from", defaultValue = "llais@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "llais.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "llais.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "llais.mail.starttls", defaultValue = "false")
    boolean starttls;

    /** Puts the e-mail in the durable outbox; {@link MailSender} sends it, and retries while the SMTP server is down. */
    public void sendLater(Mail mail) {
        outbox.queue(mail, null);
    }

    /** As {@link #sendLater(Mail)}, but at most one e-mail is ever sent for the event the key names. */
    public void sendOnce(Mail mail, String eventKey) {
        outbox.queue(mail, eventKey);
    }

    /**
     * One e-mail: the language it is written in, a subject, its text and HTML bodies, and extra headers
     * (such as {@code List-Unsubscribe}), which may be empty.
     */
    public record Mail(String to, String language, String subject, String text, String html, Map<String, String> headers) {

        public Mail {
            headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        }

        public Mail(String to, String language, String subject, String text, String html) {
            this(to, language, subject, text, html, Map.of());
        }

        /** The same e-mail with these headers as well. */
        public Mail withHeaders(Map<String, String> more) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putAll(more);
            return new Mail(to, language, subject, text, html, all);
        }
    }

    public void send(Mail mail) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        p.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        Authenticator auth = null;
        if (user.isPresent() && !user.get().isBlank()) {
            p.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        Session session = Session.getInstance(p, auth);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setHeader("Content-Language", mail.language());
        message.setSentDate(new Date());
        for (Map.Entry<String, String> h : mail.headers().entrySet()) {
            message.setHeader(h.getKey(), MimeUtility.fold(h.getKey().length() + 2, h.getValue()));
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);
    }

    /** Escapes text for an HTML e-mail body. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
