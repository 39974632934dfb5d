package cymru.llais.budgeting.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryRulesTest {

    private static Project feasible() {
        Project p = new Project(1L, new ProjectDetails("Lights", "Goleuadau", "New lights", "Goleuadau newydd", "1500", null),
                null, Instant.EPOCH);
        assertNull(p.decide(Feasibility.FEASIBLE, null, null));
        return p;
    }

    @Test
    void aWinnerIsSelectedAndPlannedAndWinningAgainKeepsItsProgress() {
        Project p = feasible();
        assertFalse(p.isSelected() || p.isInDelivery());
        p.win();
        assertTrue(p.isSelected());
        assertEquals(DeliveryStatus.PLANNED, p.getDeliveryStatus());
        assertNull(p.assign(7L));
        p.progress(DeliveryStatus.IN_PROGRESS);
        p.win();
        assertEquals(DeliveryStatus.IN_PROGRESS, p.getDeliveryStatus());
    }

    @Test
    void onlyAProjectOnTheBallotCanWin() {
        Project p = new Project(1L, new ProjectDetails("Lights", null, "New lights", null, "1500", null), null, Instant.EPOCH);
        assertThrows(IllegalStateException.class, p::win);
    }

    @Test
    void aProjectNotInDeliveryGetsNoPartnerAndNoUpdate() {
        Project p = feasible();
        assertEquals("budgeting.delivery.error.notInDelivery", p.assign(7L));
        assertEquals("budgeting.delivery.error.notInDelivery", p.progressRefusal(DeliveryStatus.IN_PROGRESS));
        assertFalse(p.isDeliveredBy(7L));
    }

    @Test
    void updatesWaitForAResponsiblePartnerAndOnlyItsStaffSpeakForIt() {
        Project p = feasible();
        p.win();
        assertEquals("budgeting.delivery.error.noPartner", p.progressRefusal(DeliveryStatus.IN_PROGRESS));
        assertEquals("budgeting.delivery.error.partner", p.assign(null));
        assertNull(p.assign(7L));
        assertTrue(p.isDeliveredBy(7L));
        assertFalse(p.isDeliveredBy(8L));
        assertFalse(p.isDeliveredBy(null));
        assertNull(p.progressRefusal(DeliveryStatus.IN_PROGRESS));
        assertEquals("budgeting.delivery.error.status", p.progressRefusal(null));
    }

    @Test
    void aProjectThatIsDoneDoesNotGoBack() {
        Project p = feasible();
        p.win();
        p.assign(7L);
        p.progress(DeliveryStatus.DONE);
        assertEquals("budgeting.delivery.error.done", p.progressRefusal(DeliveryStatus.IN_PROGRESS));
        assertEquals("budgeting.delivery.error.done", p.progressRefusal(DeliveryStatus.PLANNED));
        assertNull(p.progressRefusal(DeliveryStatus.DONE));
        assertThrows(IllegalStateException.class, () -> p.progress(DeliveryStatus.PLANNED));
        assertEquals(DeliveryStatus.DONE, p.getDeliveryStatus());
    }

    @Test
    void statusesParseAndNameTheirMessages() {
        assertEquals(DeliveryStatus.IN_PROGRESS, DeliveryStatus.parse(" in_progress ").orElseThrow());
        assertTrue(DeliveryStatus.parse("finished").isEmpty());
        assertTrue(DeliveryStatus.parse(null).isEmpty());
        assertEquals("budgeting.delivery.status.in_progress", DeliveryStatus.IN_PROGRESS.key());
    }
}
