package cymru.llais.privacy.boundary;

import cymru.llais.platform.Mailer;
import cymru.llais.privacy.control.ErasureMode;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErasureMailTest {

    private static final String TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

    @Test
    void theConfirmationLinkIsInTheChosenLanguageAndSaysWhatWillHappen() {
        Mailer.Mail cy = ErasureRequests.compose(new ErasureRequests.ConfirmationMail("a@example.org", Language.CY, ErasureMode.REMOVE, TOKEN),
                "https://llais.example", "Llais");
        assertEquals("cy", cy.language());
        assertEquals("Cadarnhewch y dylid dileu eich data personol", cy.subject());
        assertTrue(cy.text().contains("https://llais.example/erasure.xhtml?token=" + TOKEN + "&lang=cy"), cy.text());
        assertTrue(cy.text().contains("o fewn 7 diwrnod"), cy.text());
        assertTrue(cy.text().contains("yn cael eu tynnu oddi ar y tudalennau cyhoeddus"), cy.text());
        assertTrue(cy.html().contains("href=\"https://llais.example/erasure.xhtml?token=" + TOKEN + "&amp;lang=cy\""), cy.html());

        Mailer.Mail en = ErasureRequests.compose(new ErasureRequests.ConfirmationMail("a@example.org", Language.EN, ErasureMode.ANONYMISE, TOKEN),
                "https://llais.example", "Llais");
        assertTrue(en.text().contains("within 7 days"), en.text());
        assertTrue(en.text().contains("will stay on the public pages"), en.text());
        assertFalse(en.text().contains("removed from the public pages"), en.text());
    }

    @Test
    void waitingAddressesAreShownOnlyInPart() {
        assertEquals("r…@example.org", ErasureRequests.mask("rhian.jones@example.org"));
        assertEquals("…", ErasureRequests.mask("@example.org"));
    }

    @Test
    void onlyTheTwoModesAreAccepted() {
        assertEquals(ErasureMode.REMOVE, ErasureMode.parse("REMOVE").orElseThrow());
        assertEquals(ErasureMode.ANONYMISE, ErasureMode.parse("ANONYMISE").orElseThrow());
        assertTrue(ErasureMode.parse("remove").isEmpty());
        assertTrue(ErasureMode.parse(null).isEmpty());
        assertTrue(ErasureMode.parse("DELETE_EVERYTHING").isEmpty());
    }
}
