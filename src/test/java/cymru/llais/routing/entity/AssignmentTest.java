package cymru.llais.routing.entity;

import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Partner POLICE = new Partner("police", Partner.Kind.POLICE, new BilingualText("Police", "Heddlu"));

    private static Team team(String code) {
        return new Team(POLICE, code, new BilingualText(code, code), code + "@example.org", Language.EN);
    }

    @Test
    void anUnacknowledgedConcernIsOverdueOnlyAfterItsDeadline() {
        Assignment a = new Assignment(1L, team("a"), NOW, NOW.plus(Duration.ofDays(2)));
        assertFalse(a.isOverdue(NOW.plus(Duration.ofDays(1))));
        assertTrue(a.isOverdue(NOW.plus(Duration.ofDays(3))));
        a.acknowledge(NOW.plus(Duration.ofDays(3)));
        assertFalse(a.isOverdue(NOW.plus(Duration.ofDays(4))), "acknowledged, even late, is no longer overdue");
    }

    @Test
    void acknowledgingTwiceKeepsTheFirstTime() {
        Assignment a = new Assignment(1L, team("a"), NOW, NOW.plus(Duration.ofDays(2)));
        a.acknowledge(NOW.plusSeconds(60));
        a.acknowledge(NOW.plusSeconds(120));
        assertEquals(NOW.plusSeconds(60), a.getAcknowledgedAt());
    }

    @Test
    void aHandOverStartsANewServiceLevel() {
        Team from = team("from");
        Team to = team("to");
        Assignment a = new Assignment(1L, from, NOW, NOW.plus(Duration.ofDays(2)));
        a.acknowledge(NOW.plusSeconds(10));
        a.escalated(NOW.plusSeconds(20));
        a.handTo(to, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(5)));
        assertEquals(to, a.getTeam());
        assertNull(a.getAcknowledgedAt());
        assertNull(a.getEscalatedAt());
        assertEquals(NOW.plus(Duration.ofDays(5)), a.getAcknowledgeBy());
    }

    @Test
    void notesMustHaveText() {
        assertThrows(IllegalArgumentException.class, () -> new Note(1L, 1L, NOW, "  "));
        assertThrows(IllegalArgumentException.class, () -> new Note(1L, 1L, NOW, "x".repeat(Note.MAX_LENGTH + 1)));
        assertEquals("seen", new Note(1L, 1L, NOW, "  seen ").getText());
    }
}
