package cymru.llais.notify.control;

import cymru.llais.notify.control.Recipients.Reason;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecipientsTest {

    @Test
    void anAddressWithoutAnAccountHasNoKnownLanguageSoGetsBoth() {
        Recipients.Recipient r = new Recipients().add("anon@example.org", null, Reason.REPORTED).all().get(0);
        assertNull(r.language());
        assertTrue(r.bilingual());
    }

    @Test
    void eachAddressGetsOneEmailInItsAccountsLanguage() {
        List<Recipients.Recipient> all = new Recipients()
                .add("Anon@Example.org", null, Reason.REPORTED)
                .add("dilynwr@example.org", Language.CY, Reason.FOLLOWS)
                .add("anon@example.org ", Language.EN, Reason.FOLLOWS)
                .add("DILYNWR@example.org", Language.EN, Reason.FOLLOWS)
                .add(null, Language.EN, Reason.FOLLOWS)
                .all();
        assertEquals(2, all.size());
        assertEquals(new Recipients.Recipient("anon@example.org", Language.EN, Reason.REPORTED), all.get(0),
                "the account's language is known; having reported is what the e-mail says");
        assertEquals(new Recipients.Recipient("dilynwr@example.org", Language.CY, Reason.FOLLOWS), all.get(1),
                "the first known language stays");
    }
}
