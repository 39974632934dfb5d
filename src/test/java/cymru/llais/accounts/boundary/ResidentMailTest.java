package cymru.llais.accounts.boundary;

import cymru.llais.platform.Mailer;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentMailTest {

    private static final String BASE = "https://llais.example";
    private static final String TOKEN = "x".repeat(43);

    @Test
    void theVerificationEmailIsInTheAccountsLanguageWithTheLinkInTextAndHtml() {
        Mailer.Mail cy = ResidentMail.compose(new AccountMail(AccountMail.Kind.VERIFY, "sian@example.org", Language.CY, null, TOKEN),
                BASE, "Llais");
        assertEquals("cy", cy.language());
        assertEquals("Dilyswch eich cyfeiriad e-bost ar gyfer Llais", cy.subject());
        String link = BASE + "/account/verify.xhtml?token=" + TOKEN + "&lang=cy";
        assertTrue(cy.text().startsWith("Helo,"), cy.text());
        assertTrue(cy.text().contains(link), cy.text());
        assertTrue(cy.text().contains("o fewn 24 awr"), cy.text());
        assertTrue(cy.html().contains("<html lang=\"cy\">"));
        assertTrue(cy.html().contains("href=\"" + link.replace("&", "&amp;") + "\""), cy.html());

        Mailer.Mail en = ResidentMail.compose(new AccountMail(AccountMail.Kind.VERIFY, "sian@example.org", Language.EN, "Siân", TOKEN),
                BASE, "Llais");
        assertEquals("Confirm your e-mail address for Llais", en.subject());
        assertTrue(en.text().startsWith("Hello Siân,"), en.text());
        assertTrue(en.text().contains("&lang=en"));
    }

    @Test
    void theNoticeOfASecondSignUpCarriesNoTokenButSaysHowToSignInOrReset() {
        Mailer.Mail cy = ResidentMail.compose(new AccountMail(AccountMail.Kind.ALREADY_REGISTERED, "sian@example.org", Language.CY,
                null, null), BASE, "Llais");
        assertEquals("Mae rhywun wedi ceisio creu cyfrif gyda’ch cyfeiriad e-bost", cy.subject());
        assertTrue(cy.text().contains(BASE + "/signin.xhtml?lang=cy"));
        assertTrue(cy.text().contains(BASE + "/account/forgot.xhtml?lang=cy"));
        assertFalse(cy.text().contains("token="));
    }

    @Test
    void theResetEmailLinksToTheResetPageAndSaysItWorksOnceForAnHour() {
        Mailer.Mail en = ResidentMail.compose(new AccountMail(AccountMail.Kind.RESET, "sian@example.org", Language.EN, "<b>Siân</b>",
                TOKEN), BASE, "Llais");
        assertEquals("Reset your password", en.subject());
        assertTrue(en.text().contains(BASE + "/account/reset.xhtml?token=" + TOKEN + "&lang=en"));
        assertTrue(en.text().contains("within an hour") && en.text().contains("works once"), en.text());
        assertFalse(en.html().contains("<b>Siân</b>"), "a name is text, never markup");
        assertTrue(en.html().contains("&lt;b&gt;Siân&lt;/b&gt;"));
    }
}
