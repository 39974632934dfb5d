package cymru.llais.notify.control;

import cymru.llais.notify.control.NotifyMail.ConcernFacts;
import cymru.llais.notify.control.NotifyMail.News;
import cymru.llais.notify.control.Recipients.Reason;
import cymru.llais.platform.Mailer;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotifyMailTest {

    private static final NotifyMail.Links LINKS = new NotifyMail.Links("https://llais.example", "TOKEN123", new BilingualText("Llais", "Llais"));
    private static final ConcernFacts FLY_TIPPING = new ConcernFacts("LL-2026-000123", false,
            new BilingualText("Fly-tipping", "Tipio anghyfreithlon"), new BilingualText("Cathays", "Cathays"), "ACKNOWLEDGED");
    private static final News ACKNOWLEDGED = new News(NotifyMail.STATUS_CHANGED, "ACKNOWLEDGED", null);

    @Test
    void aFollowerWithAWelshAccountGetsWelshOnlyWithTheUnsubscribeLinkAndHeaders() {
        Mailer.Mail m = NotifyMail.concernNews(new Recipients.Recipient("d@example.org", Language.CY, Reason.FOLLOWS),
                FLY_TIPPING, ACKNOWLEDGED, LINKS);
        assertEquals("cy", m.language());
        assertEquals("Pryder LL-2026-000123: Wedi’i gydnabod", m.subject());
        assertTrue(m.text().contains("Mae newyddion am bryder LL-2026-000123"), m.text());
        assertTrue(m.text().contains("Tipio anghyfreithlon"), m.text());
        assertTrue(m.text().contains("oherwydd eich bod yn dilyn"), m.text());
        assertTrue(m.text().contains("https://llais.example/unsubscribe.xhtml?token=TOKEN123&lang=cy"), m.text());
        assertTrue(m.html().contains("href=\"https://llais.example/unsubscribe.xhtml?token=TOKEN123&amp;lang=cy\""), m.html());
        assertFalse(m.text().contains("Fly-tipping"), "Welsh only");
        assertEquals("<https://llais.example/unsubscribe.xhtml?token=TOKEN123>", m.headers().get("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", m.headers().get("List-Unsubscribe-Post"));
    }

    @Test
    void anAddressWithoutALanguageGetsWelshFirstThenEnglish() {
        Mailer.Mail m = NotifyMail.concernNews(new Recipients.Recipient("a@example.org", null, Reason.REPORTED),
                FLY_TIPPING, ACKNOWLEDGED, LINKS);
        assertEquals("Pryder LL-2026-000123: Wedi’i gydnabod / Concern LL-2026-000123: Acknowledged", m.subject());
        int welsh = m.text().indexOf("Mae newyddion am bryder");
        int english = m.text().indexOf("There is news about concern");
        assertTrue(welsh >= 0 && english > welsh, m.text());
        assertTrue(m.text().contains("lang=cy") && m.text().contains("lang=en"), "an unsubscribe link in each language");
        assertTrue(m.html().indexOf("<div lang=\"cy\">") < m.html().indexOf("<div lang=\"en\">"), m.html());
        assertEquals("cy, en", m.headers().get("Content-Language"));
        assertTrue(m.text().contains("because you reported"), m.text());
    }

    @Test
    void aSensitiveConcernsEmailNamesNoCategoryNorWard() {
        ConcernFacts sensitive = new ConcernFacts("LL-2026-000124", true, new BilingualText("Domestic abuse", "Cam-drin domestig"),
                new BilingualText("Splott", "Sblot"), "ACKNOWLEDGED");
        Mailer.Mail m = NotifyMail.concernNews(new Recipients.Recipient("a@example.org", null, Reason.REPORTED),
                sensitive, ACKNOWLEDGED, LINKS);
        for (String body : List.of(m.text(), m.html(), m.subject())) {
            assertFalse(body.contains("Domestic") || body.contains("Cam-drin") || body.contains("Splott") || body.contains("Sblot"), body);
            assertFalse(body.contains("concerns/view.xhtml"), "no link to a page the public cannot see");
        }
        assertTrue(m.text().contains("unsubscribe.xhtml?token="));
    }

    @Test
    void anEmptyDigestIsNeverMade() {
        assertTrue(NotifyMail.wardNews("a@example.org", Language.EN, new BilingualText("Cathays", "Cathays"), List.of(), LINKS).isEmpty());
        ConcernFacts sensitive = new ConcernFacts("LL-2026-000124", true, new BilingualText("x", "y"), new BilingualText("c", "c"), "CLOSED");
        assertTrue(NotifyMail.wardNews("a@example.org", Language.EN, new BilingualText("Cathays", "Cathays"),
                List.of(new NotifyMail.WardItem(sensitive, new News(NotifyMail.STATUS_CHANGED, "CLOSED", null))), LINKS).isEmpty(),
                "a sensitive concern is never ward news");
    }

    @Test
    void aDigestListsEachItemInTheSubscribersLanguageWithPluralsAndTheWardsUnsubscribeLink() {
        ConcernFacts closed = new ConcernFacts("LL-2026-000125", false, new BilingualText("Street lighting", "Goleuadau stryd"),
                new BilingualText("Cathays", "Cathays"), "CLOSED");
        NotifyMail.WardItem item = new NotifyMail.WardItem(closed, new News(NotifyMail.STATUS_CHANGED, "CLOSED", null));
        NotifyMail.WardItem outcome = new NotifyMail.WardItem(FLY_TIPPING, new News(NotifyMail.OUTCOME_PUBLISHED, "CLOSED",
                new BilingualText("The rubbish was cleared.", "Cliriwyd y sbwriel.")));
        Mailer.Mail cy = NotifyMail.wardNews("a@example.org", Language.CY, new BilingualText("Cathays", "Cathays"),
                List.of(item, outcome), LINKS).orElseThrow();
        assertEquals("Newyddion y ward: dau ddiweddariad (ward: Cathays)", cy.subject());
        assertTrue(cy.text().contains("Pryder LL-2026-000125 (Goleuadau stryd). Statws nawr: Ar gau."), cy.text());
        assertTrue(cy.text().contains("Beth a wnaed: Cliriwyd y sbwriel."), cy.text());
        assertTrue(cy.text().contains("unsubscribe.xhtml?token=TOKEN123&lang=cy"), cy.text());
        assertEquals("List-Unsubscribe=One-Click", cy.headers().get("List-Unsubscribe-Post"));
        Mailer.Mail en = NotifyMail.wardNews("a@example.org", Language.EN, new BilingualText("Cathays", "Cathays"),
                List.of(item), LINKS).orElseThrow();
        assertEquals("Ward news: one update (ward: Cathays)", en.subject());
    }
}
