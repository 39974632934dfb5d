package cymru.llais.concerns.entity;

import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A concern's publication: held, approved, hidden with a reason, edited, merged. */
class PublicationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final Category FLY_TIPPING = new Category("fly-tipping",
            new BilingualText("Fly-tipping and litter", "Tipio anghyfreithlon a sbwriel"), false, 1);
    private static final Category HATE = new Category("hate-incident",
            new BilingualText("Hate incident", "Digwyddiad casineb"), true, 8);

    private static Concern concern(long serial, Category category, String ward) {
        return new Concern(new Reference(2026, serial), category, ward, 51.4905, -3.1745, "Heol Crwys",
                "Bags of rubbish in the lane, ring me on 07700 900123", Language.EN, "me@example.org", null, NOW);
    }

    private static Concern concern() {
        return concern(1, FLY_TIPPING, "W05000857");
    }

    @Test
    void aNewConcernIsPublishedUnlessSomethingHoldsIt() {
        Concern c = concern();
        assertEquals(Publication.PUBLISHED, c.getPublication());
        assertTrue(c.getPublication().isPublic());
        c.hold("PHONE", LATER);
        assertEquals(Publication.AWAITING_MODERATION, c.getPublication());
        assertFalse(c.getPublication().isPublic());
        assertEquals("PHONE", c.getHeldFor());
        assertEquals(LATER, c.getUpdatedAt());
    }

    @Test
    void approvingPublishesAndClearsWhatHeldIt() {
        Concern c = concern();
        c.hold("PRE_MODERATION", NOW);
        c.publish(LATER);
        assertEquals(Publication.PUBLISHED, c.getPublication());
        assertNull(c.getHeldFor());
    }

    @Test
    void hidingNeedsAReasonInBothLanguagesAndApprovingAgainShowsItAgain() {
        Concern c = concern();
        assertThrows(IllegalArgumentException.class, () -> c.hide("Personal details", " ", NOW));
        assertThrows(IllegalArgumentException.class, () -> c.hide(null, "Manylion personol", NOW));
        assertEquals(Publication.PUBLISHED, c.getPublication(), "nothing changed");
        c.hide(" Personal details ", "Manylion personol", LATER);
        assertEquals(Publication.HIDDEN, c.getPublication());
        assertEquals("Personal details", c.getHiddenReasonEn());
        assertEquals("Manylion personol", c.getHiddenReasonCy());
        c.publish(LATER);
        assertEquals(Publication.PUBLISHED, c.getPublication());
        assertNull(c.getHiddenReasonEn());
    }

    @Test
    void editingOutPersonalDataKeepsTheFirstOriginal() {
        Concern c = concern();
        String original = c.getDescription();
        c.redact("Bags of rubbish in the lane, ring me on [removed]", "Heol Crwys", LATER);
        assertEquals("Bags of rubbish in the lane, ring me on [removed]", c.getDescription());
        assertEquals(original, c.getOriginalDescription());
        assertNull(c.getOriginalLocationText(), "the place was not changed");
        c.redact("Bags of rubbish in the lane.", "", LATER);
        assertEquals(original, c.getOriginalDescription(), "the resident's own words, not the first edit");
        assertEquals("Heol Crwys", c.getOriginalLocationText());
        assertNull(c.getLocationText());
        assertTrue(c.isRedacted());
        assertThrows(IllegalArgumentException.class, () -> c.redact("  ", null, LATER));
    }

    @Test
    void aConcernIsMergedOnlyIntoAnotherOfTheSameWardAndThenStaysMerged() {
        Concern kept = concern(1, FLY_TIPPING, "W05000857");
        Concern duplicate = concern(2, FLY_TIPPING, "W05000857");
        Concern elsewhere = concern(3, FLY_TIPPING, "W05000879");
        Concern sensitive = concern(4, HATE, "W05000857");
        assertThrows(IllegalArgumentException.class, () -> duplicate.mergeInto(elsewhere, NOW));
        assertThrows(IllegalArgumentException.class, () -> duplicate.mergeInto(sensitive, NOW));
        assertThrows(IllegalArgumentException.class, () -> duplicate.mergeInto(duplicate, NOW));
        assertEquals(Publication.PUBLISHED, duplicate.getPublication());
        duplicate.mergeInto(kept, LATER);
        assertEquals(Publication.MERGED, duplicate.getPublication());
        assertFalse(duplicate.getPublication().isPublic());
        assertThrows(IllegalStateException.class, () -> duplicate.publish(LATER), "merged is final");
        assertThrows(IllegalStateException.class, () -> duplicate.hide("a", "b", LATER));
        assertThrows(IllegalStateException.class, () -> duplicate.hold("PHONE", LATER));
        assertThrows(IllegalArgumentException.class, () -> concern(5, FLY_TIPPING, "W05000857").mergeInto(duplicate, LATER),
                "never into a merged one");
    }

    @Test
    void theTransitionsAreTheDesignedOnes() {
        assertTrue(Publication.AWAITING_MODERATION.canBecome(Publication.PUBLISHED));
        assertTrue(Publication.AWAITING_MODERATION.canBecome(Publication.HIDDEN));
        assertTrue(Publication.PUBLISHED.canBecome(Publication.HIDDEN));
        assertTrue(Publication.PUBLISHED.canBecome(Publication.AWAITING_MODERATION));
        assertTrue(Publication.HIDDEN.canBecome(Publication.PUBLISHED));
        assertFalse(Publication.HIDDEN.canBecome(Publication.AWAITING_MODERATION));
        assertTrue(Publication.MERGED.next().isEmpty());
        for (Publication p : Publication.values()) {
            assertFalse(p.canBecome(p), p + " to itself is not a change");
            assertEquals(p == Publication.PUBLISHED, p.isPublic());
        }
    }
}
