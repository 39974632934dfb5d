package cymru.llais.routing.entity;

import cymru.llais.routing.control.ApiKeys;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiClientTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");

    private static ApiClient client() {
        String key = ApiKeys.generate();
        return new ApiClient("  Cardiff Council app ", ApiKeys.hash(key), ApiKeys.shown(key), NOW);
    }

    @Test
    void aNewClientIsActiveAndNeverUsed() {
        ApiClient c = client();
        assertTrue(c.isActive());
        assertEquals("Cardiff Council app", c.getName());
        assertNull(c.getLastUsedAt());
        c.recordUse(NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(60), c.getLastUsedAt());
    }

    @Test
    void aRevokedClientStaysRevokedAndCannotBeUsed() {
        ApiClient c = client();
        c.revoke();
        assertFalse(c.isActive());
        assertThrows(IllegalStateException.class, c::revoke);
        assertThrows(IllegalStateException.class, () -> c.recordUse(NOW));
    }

    @Test
    void aClientNeedsANameAndAHashNotAKey() {
        String key = ApiKeys.generate();
        assertThrows(IllegalArgumentException.class, () -> new ApiClient(" ", ApiKeys.hash(key), "llais_abcdef", NOW));
        assertThrows(IllegalArgumentException.class, () -> new ApiClient("x".repeat(121), ApiKeys.hash(key), "llais_abcdef", NOW));
        assertThrows(IllegalArgumentException.class, () -> new ApiClient("App", key, "llais_abcdef", NOW));
        assertThrows(IllegalArgumentException.class, () -> new ApiClient("App", ApiKeys.hash(key), key, NOW));
    }
}
