package cymru.llais.notify.control;

import cymru.llais.notify.control.NotifyMail.ConcernFacts;
import cymru.llais.notify.control.NotifyMail.News;
import cymru.llais.notify.control.NotifyMail.OutcomeFacts;
import cymru.llais.notify.control.Recipients.Reason;
import cymru.llais.platform.Mailer;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeMailTest {

    private static final NotifyMail.Links LINKS = new NotifyMail.Links("https://llais.example", "TOKEN123", new BilingualText("Llais", "Llais"));
    private static final BilingualText CATHAYS = new BilingualText("Cathays", "Cathays");
    private static final ConcernFacts LANE = new ConcernFacts("LL-2026-000201", false,
            new BilingualText("Fly-tipping", "Tipio anghyfreithlon"), CATHAYS, "CLOSED");
    private static final ConcernFacts CHAPEL = new ConcernFacts("LL-2026-000202", false,
            new BilingualText("Fly-tipping", "Tipio anghyfreithlon"), CATHAYS, "CLOSED");
    private static final ConcernFacts HOME = new ConcernFacts("LL-2026-000203", true,
            new BilingualText("Domestic abuse", "Cam-drin domestig"), new BilingualText("Splott", "Sblot"), "CLOSED");
    private static final OutcomeFacts CLEARED = new OutcomeFacts(77, "outcomes.kind.action_taken",
            new BilingualText("Cardiff Council", "Cyngor Caerdydd"), new BilingualText("Thank you.", "Diolch."),
            new BilingualText("The lane was cleared.", "Cliriwyd y lôn."), null, LocalDate.of(2026, 11, 24));

    @Test
    void aWelshReporterOfTwoConcernsGetsOneWelshEmailWithWhatWasDoneByWhomWhenAndItsPage() {
        Mailer.Mail m = NotifyMail.outcomeNews(new Recipients.Recipient("g@example.org", Language.CY, Reason.REPORTED), CLEARED,
                List.of(LANE, CHAPEL), LINKS);
        assertEquals("cy", m.language());
        assertEquals("Pryder LL-2026-000201, LL-2026-000202: beth a wnaed", m.subject());
        String t = m.text();
        assertTrue(t.contains("Mae partner wedi cyhoeddi beth a wnaed. Mae’n ateb: LL-2026-000201, LL-2026-000202."), t);
        assertTrue(t.contains("Cyhoeddwyd gan: Cyngor Caerdydd"), t);
        assertTrue(t.contains("Math o ganlyniad: Camau wedi’u cymryd"), t);
        assertTrue(t.contains("Fe’i gwnaed ar: 24 Tachwedd 2026"), t);
        assertTrue(t.contains("Beth a wnaed: Cliriwyd y lôn."), t);
        assertTrue(t.contains("Ymateb: Diolch."), t);
        assertTrue(t.contains("https://llais.example/outcomes/view.xhtml?id=77&lang=cy"), t);
        assertTrue(t.contains("Pryder LL-2026-000202 (Tipio anghyfreithlon). Statws nawr: Ar gau."), t);
        assertTrue(t.contains("oherwydd i chi roi gwybod am y pryder hwn"), t);
        assertTrue(t.contains("am bryder LL-2026-000201, dilynwch y ddolen hon:\nhttps://llais.example/unsubscribe.xhtml?token=TOKEN123&lang=cy"), t);
        assertTrue(m.html().contains("href=\"https://llais.example/outcomes/view.xhtml?id=77&amp;lang=cy\""), m.html());
        assertFalse(t.contains("The lane was cleared") || t.contains("Cardiff Council"), "Welsh only");
        assertEquals("List-Unsubscribe=One-Click", m.headers().get("List-Unsubscribe-Post"));
    }

    @Test
    void anAddressWithoutALanguageGetsWelshThenEnglishWithTheReasonWhenNoActionWasPossible() {
        OutcomeFacts none = new OutcomeFacts(78, "outcomes.kind.no_action", CLEARED.partner(), CLEARED.response(),
                new BilingualText("Nothing could be done.", "Doedd dim modd gwneud dim."),
                new BilingualText("It is private land.", "Tir preifat ydyw."), CLEARED.doneOn());
        Mailer.Mail m = NotifyMail.outcomeNews(new Recipients.Recipient("a@example.org", null, Reason.FOLLOWS), none, List.of(LANE), LINKS);
        assertEquals("Pryder LL-2026-000201: beth a wnaed / Concern LL-2026-000201: what was done", m.subject());
        int cy = m.text().indexOf("Pam nad oedd modd gweithredu: Tir preifat ydyw.");
        int en = m.text().indexOf("Why no action was possible: It is private land.");
        assertTrue(cy >= 0 && en > cy, m.text());
        assertTrue(m.text().contains("Done on: 24 November 2026"), m.text());
        assertTrue(m.text().contains("because you follow this concern"), m.text());
        assertEquals("cy, en", m.headers().get("Content-Language"));
    }

    @Test
    void aReporterOfOnlyASensitiveConcernIsToldItsStatusAndNothingOfWhatWasDone() {
        Mailer.Mail m = NotifyMail.outcomeNews(new Recipients.Recipient("a@example.org", null, Reason.REPORTED), CLEARED, List.of(HOME), LINKS);
        assertEquals("Pryder LL-2026-000203: Ar gau / Concern LL-2026-000203: Closed", m.subject());
        for (String body : List.of(m.text(), m.html(), m.subject())) {
            for (String hidden : List.of("Cliriwyd", "cleared", "Domestic", "Cam-drin", "Splott", "Sblot", "outcomes/view.xhtml",
                    "concerns/view.xhtml", "Cyngor Caerdydd")) {
                assertFalse(body.contains(hidden), hidden + " in " + body);
            }
        }
        assertTrue(m.text().contains("Mewn argyfwng, ffoniwch 999"), m.text());
        assertTrue(m.text().contains("unsubscribe.xhtml?token="), m.text());
    }

    @Test
    void aSensitiveConcernBesideAPublicOneIsLeftOutOfTheEmail() {
        Mailer.Mail m = NotifyMail.outcomeNews(new Recipients.Recipient("a@example.org", Language.EN, Reason.REPORTED), CLEARED,
                List.of(HOME, LANE), LINKS);
        assertEquals("Concern LL-2026-000201: what was done", m.subject());
        assertFalse(m.text().contains("LL-2026-000203") || m.text().contains("Domestic"), m.text());
        assertTrue(m.text().contains("To stop e-mails about concern LL-2026-000201"), m.text());
        assertThrows(IllegalArgumentException.class, () -> NotifyMail.outcomeNews(
                new Recipients.Recipient("a@example.org", Language.EN, Reason.REPORTED), CLEARED, List.of(), LINKS));
    }

    @Test
    void aWardsNewsListsAnOutcomeOnceWithItsPartnerKindAndPage() {
        News news = new News(NotifyMail.OUTCOME_PUBLISHED, "CLOSED", CLEARED.done());
        Mailer.Mail m = NotifyMail.wardNews("a@example.org", Language.EN, CATHAYS,
                List.of(new NotifyMail.WardItem(LANE, news, CLEARED)), LINKS).orElseThrow();
        assertEquals("Ward news: one update (ward: Cathays)", m.subject());
        assertTrue(m.text().contains("Partner: Cardiff Council. Outcome: Action taken. What was done: The lane was cleared.\n"
                + "https://llais.example/outcomes/view.xhtml?id=77&lang=en"), m.text());
        assertFalse(m.text().contains("concerns/view.xhtml"), m.text());
    }

    @Test
    void aMergedConcernsReporterIsToldWhichConcernItWentIntoAndAFollowerThatTheyNowFollowIt() {
        Mailer.Mail r = NotifyMail.mergedNews(new Recipients.Recipient("a@example.org", Language.CY, Reason.REPORTED), CHAPEL, LANE, LINKS);
        assertEquals("Pryder LL-2026-000202 wedi’i gyfuno â phryder LL-2026-000201", r.subject());
        assertTrue(r.text().contains("Mae eich adroddiad LL-2026-000202 wedi’i gyfuno â phryder LL-2026-000201"), r.text());
        assertTrue(r.text().contains("https://llais.example/concerns/view.xhtml?ref=LL-2026-000201&lang=cy"), r.text());
        assertTrue(r.text().contains("am bryder LL-2026-000201, dilynwch y ddolen hon"), r.text());
        Mailer.Mail f = NotifyMail.mergedNews(new Recipients.Recipient("b@example.org", Language.EN, Reason.FOLLOWS), CHAPEL, LANE, LINKS);
        assertTrue(f.text().contains("You now follow concern LL-2026-000201"), f.text());
        Mailer.Mail s = NotifyMail.mergedNews(new Recipients.Recipient("c@example.org", Language.EN, Reason.REPORTED), HOME, HOME, LINKS);
        assertFalse(s.text().contains("concerns/view.xhtml") || s.text().contains("Domestic"), s.text());
    }
}
