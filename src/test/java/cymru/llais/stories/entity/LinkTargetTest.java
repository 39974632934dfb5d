package cymru.llais.stories.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LinkTargetTest {

    @Test
    void aConcernIsNamedByItsReferenceOrItsNumber() {
        LinkTarget byReference = LinkTarget.read("CONCERN", " ll-2026-000123 ").target();
        assertEquals(LinkKind.CONCERN, byReference.kind());
        assertEquals("LL-2026-000123", byReference.reference());
        assertNull(byReference.id());
        assertEquals(123L, LinkTarget.read("concern", "#123").target().id());
    }

    @Test
    void anOutcomeIsNamedByItsNumberOnly() {
        assertEquals(42L, LinkTarget.read("OUTCOME", "42").target().id());
        assertEquals("stories.link.error.outcomeFormat", LinkTarget.read("OUTCOME", "LL-2026-000123").problem());
    }

    @Test
    void whatCannotBeReadIsRefusedWithItsReason() {
        assertEquals("stories.link.error.kind", LinkTarget.read("STORY", "1").problem());
        assertEquals("stories.link.error.kind", LinkTarget.read(null, "1").problem());
        assertEquals("stories.link.error.empty", LinkTarget.read("OUTCOME", "  ").problem());
        assertEquals("stories.link.error.concernFormat", LinkTarget.read("CONCERN", "the streetlight").problem());
        assertEquals("stories.link.error.concernFormat", LinkTarget.read("CONCERN", "LL-26-1").problem());
        assertEquals("stories.link.error.concernFormat", LinkTarget.read("CONCERN", "1234567890123456789012").problem(),
                "a number too long for an id");
        assertNull(LinkTarget.read("CONCERN", "1234567890123456789012").target());
    }
}
