package cymru.llais.testing;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The e-mails the test SMTP server received: waiting for one, reading its text, following its link. */
public final class Mailbox {

    /** A link to a page of the portal with a token, as e-mails carry them. */
    /** The unsubscribe links of an e-mail (one per language it is written in). */
    private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://\\S+?/(unsubscribe\\.xhtml\\?token=[A-Za-z0-9_-]+&lang=(?:cy|en))");

    private static final Pattern TOKEN_LINK = Pattern.compile("https?://\\S+?/((?:account/)?[a-z]+\\.xhtml\\?token=[A-Za-z0-9_-]+&lang=(?:cy|en))");

    private Mailbox() {
    }

    /** The e-mails received so far by an address whose subject contains the text, oldest first; no waiting. */
    public static List<MimeMessage> received(String address, String subjectPart) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : TestServers.mail().getReceivedMessages()) {
            for (Address to : m.getAllRecipients()) {
                if (to.toString().equalsIgnoreCase(address) && m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    /** The number of e-mails received so far by an address, whatever their subject. */
    public static long countTo(String address) throws Exception {
        return received(address, "").size();
    }

    /** At least that many e-mails to an address with the subject part, oldest first, waiting up to 20 seconds. */
    public static List<MimeMessage> waitFor(String address, String subjectPart, int count) throws Exception {
        for (int i = 0; i < 200; i++) {
            List<MimeMessage> found = received(address, subjectPart);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(count + " e-mail(s) to " + address + " with a subject containing " + subjectPart + " expected");
    }

    /** The first e-mail to an address whose subject contains the text, waiting up to 20 seconds for it. */
    public static MimeMessage firstMailTo(String address, String subjectPart) throws Exception {
        return waitFor(address, subjectPart, 1).get(0);
    }

    /** The latest e-mail to an address whose subject contains the text, waiting up to 20 seconds for one. */
    public static MimeMessage mailTo(String address, String subjectPart) throws Exception {
        List<MimeMessage> found = waitFor(address, subjectPart, 1);
        return found.get(found.size() - 1);
    }

    public static String text(MimeMessage m) throws Exception {
        return (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
    }

    public static String html(MimeMessage m) throws Exception {
        return (String) ((Multipart) m.getContent()).getBodyPart(1).getContent();
    }

    /** The unsubscribe link of an e-mail in the language, as a path on the portal under test. */
    public static String unsubscribeLink(MimeMessage m, String lang) throws Exception {
        Matcher matcher = UNSUBSCRIBE.matcher(text(m));
        while (matcher.find()) {
            if (matcher.group(1).endsWith("lang=" + lang)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no unsubscribe link in " + text(m));
    }

    /** A notification as every one must be: text and HTML, one recipient, a one-click unsubscribe in the header and both bodies. */
    public static void assertWellFormed(MimeMessage m) throws Exception {
        Multipart parts = (Multipart) m.getContent();
        assertTrue(m.getContentType().startsWith("multipart/alternative"), m.getContentType());
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).getContentType().startsWith("text/plain"));
        assertTrue(parts.getBodyPart(1).getContentType().startsWith("text/html"));
        String list = m.getHeader("List-Unsubscribe", null);
        assertTrue(list != null && list.matches("<https?://\\S+/unsubscribe\\.xhtml\\?token=[A-Za-z0-9_-]+>"), list);
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post", null));
        assertEquals(1, m.getAllRecipients().length, "one recipient an e-mail: nobody sees another's address");
        assertTrue(text(m).contains("/unsubscribe.xhtml?token="));
        assertTrue(html(m).contains("/unsubscribe.xhtml?token="));
    }

    /** The tokened link of an e-mail, as a path on the portal under test. */
    public static String linkIn(MimeMessage m) throws Exception {
        Matcher matcher = TOKEN_LINK.matcher(text(m));
        if (!matcher.find()) {
            throw new AssertionError("no link in " + text(m));
        }
        return matcher.group(1);
    }
}
