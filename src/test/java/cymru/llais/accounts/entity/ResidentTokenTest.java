package cymru.llais.accounts.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-05-04T09:00:00Z");
    private static final String HASH = "a".repeat(64);

    @Test
    void aVerificationLinkWorksForTwentyFourHoursAndNotAMomentLonger() {
        ResidentToken t = new ResidentToken(1L, TokenPurpose.VERIFY, HASH, ISSUED);
        assertEquals(ISSUED.plus(Duration.ofHours(24)), t.getExpiresAt());
        assertTrue(t.isUsableAt(ISSUED));
        assertTrue(t.isUsableAt(ISSUED.plus(Duration.ofHours(24)).minusMillis(1)));
        assertFalse(t.isUsableAt(ISSUED.plus(Duration.ofHours(24))), "the moment of expiry is too late");
    }

    @Test
    void aResetLinkWorksForOneHour() {
        ResidentToken t = new ResidentToken(1L, TokenPurpose.RESET, HASH, ISSUED);
        assertTrue(t.isUsableAt(ISSUED.plus(Duration.ofMinutes(59))));
        assertFalse(t.isUsableAt(ISSUED.plus(Duration.ofMinutes(60))));
        assertFalse(t.isUsableAt(ISSUED.plus(Duration.ofHours(2))));
    }

    @Test
    void aLinkWorksOnlyOnce() {
        ResidentToken t = new ResidentToken(1L, TokenPurpose.RESET, HASH, ISSUED);
        Instant used = ISSUED.plus(Duration.ofMinutes(5));
        t.consume(used);
        assertEquals(used, t.getUsedAt());
        assertFalse(t.isUsableAt(used.plusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> t.consume(used.plusSeconds(1)));
        assertEquals(used, t.getUsedAt(), "the second use changes nothing");
    }

    @Test
    void anExpiredLinkCannotBeUsed() {
        ResidentToken t = new ResidentToken(1L, TokenPurpose.VERIFY, HASH, ISSUED);
        assertThrows(IllegalStateException.class, () -> t.consume(ISSUED.plus(Duration.ofDays(2))));
        assertEquals(null, t.getUsedAt());
    }

    @Test
    void onlyTheSha256OfATokenIsKept() {
        assertThrows(IllegalArgumentException.class, () -> new ResidentToken(1L, TokenPurpose.VERIFY, "raw-token", ISSUED));
        assertThrows(IllegalArgumentException.class, () -> new ResidentToken(null, TokenPurpose.VERIFY, HASH, ISSUED));
        assertThrows(IllegalArgumentException.class, () -> new ResidentToken(1L, null, HASH, ISSUED));
        assertEquals(HASH, new ResidentToken(1L, TokenPurpose.VERIFY, HASH, ISSUED).getTokenHash());
    }
}
