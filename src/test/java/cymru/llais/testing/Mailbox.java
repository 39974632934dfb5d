package cymru.llais.testing;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The e-mails the test SMTP server received: waiting for one, reading its text, following its link. */
public final class Mailbox {

    /** A link to a page of the portal with a token, as e-mails carry them. */
    private static final Pattern TOKEN_LINK = Pattern.compile("https?://\\S+?/((?:account/)?[a-z]+\\.xhtml\\?token=[A-Za-z0-9_-]+&lang=(?:cy|en))");

    private Mailbox() {
    }

    /** The e-mail to an address whose subject contains the text, waiting up to 15 seconds for it. */
    public static MimeMessage mailTo(String address, String subjectPart) throws Exception {
        for (int i = 0; i < 150; i++) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage m : TestServers.mail().getReceivedMessages()) {
                for (Address to : m.getAllRecipients()) {
                    if (to.toString().equalsIgnoreCase(address) && m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                        found.add(m);
                    }
                }
            }
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail to " + address + " with a subject containing " + subjectPart);
    }

    public static String text(MimeMessage m) throws Exception {
        return (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
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
