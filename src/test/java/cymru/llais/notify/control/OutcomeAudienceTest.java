package cymru.llais.notify.control;

import cymru.llais.notify.control.NotifyMail.ConcernFacts;
import cymru.llais.notify.control.Recipients.Reason;
import cymru.llais.notify.control.Recipients.Recipient;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeAudienceTest {

    private static final BilingualText NAME = new BilingualText("x", "y");
    private static final ConcernFacts A = new ConcernFacts("LL-A", false, NAME, NAME, "CLOSED");
    private static final ConcernFacts B = new ConcernFacts("LL-B", false, NAME, NAME, "CLOSED");
    private static final ConcernFacts S = new ConcernFacts("LL-S", true, NAME, NAME, "CLOSED");

    @Test
    void someoneLinkedThroughSeveralConcernsIsToldOnceWithAllOfThemAndTheirBestKnownLanguageAndReason() {
        List<OutcomeAudience.Person> people = new OutcomeAudience()
                .add(new Recipient("f@example.org", null, Reason.FOLLOWS), 1, A)
                .add(new Recipient("F@Example.org", Language.CY, Reason.REPORTED), 2, B)
                .add(new Recipient("f@example.org", Language.EN, Reason.FOLLOWS), 2, B)
                .add(new Recipient("g@example.org", Language.EN, Reason.FOLLOWS), 2, B)
                .people();
        assertEquals(2, people.size());
        OutcomeAudience.Person f = people.get(0);
        assertEquals("f@example.org", f.recipient().email());
        assertEquals(Language.CY, f.recipient().language());
        assertEquals(Reason.REPORTED, f.recipient().reason());
        assertEquals(List.of(1L, 2L), f.told().stream().map(OutcomeAudience.Linked::concernId).toList());
    }

    @Test
    void aSensitiveConcernsFollowersAreNotToldButItsReporterIs() {
        List<OutcomeAudience.Person> people = new OutcomeAudience()
                .add(new Recipient("follower@example.org", Language.EN, Reason.FOLLOWS), 3, S)
                .add(new Recipient("reporter@example.org", null, Reason.REPORTED), 3, S)
                .people();
        assertEquals(1, people.size());
        assertEquals("reporter@example.org", people.get(0).recipient().email());
        assertEquals(List.of(3L), people.get(0).told().stream().map(OutcomeAudience.Linked::concernId).toList());
    }

    @Test
    void theEmailNamesThePublicConcernsWhenThereAreAnyAndTheSensitiveOnesOnlyWhenThereAreNot() {
        OutcomeAudience.Person both = new OutcomeAudience()
                .add(new Recipient("r@example.org", Language.EN, Reason.REPORTED), 3, S)
                .add(new Recipient("r@example.org", Language.EN, Reason.REPORTED), 1, A)
                .people().get(0);
        assertEquals(List.of(1L), both.told().stream().map(OutcomeAudience.Linked::concernId).toList());
        assertTrue(new OutcomeAudience().add(new Recipient(" ", Language.EN, Reason.REPORTED), 1, A).people().isEmpty());
    }
}
