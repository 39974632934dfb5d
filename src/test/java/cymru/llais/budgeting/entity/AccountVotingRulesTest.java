package cymru.llais.budgeting.entity;

import cymru.llais.budgeting.control.VoterKeys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountVotingRulesTest {

    private static Round round(String area) {
        return new Round(new RoundDetails(area, "Safer Cathays", "Cathays mwy diogel", "Ideas", "Syniadau", "10000", "KNAPSACK",
                null, null, "GREEDY", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01"), Instant.EPOCH);
    }

    @Test
    void aWardRoundCoversOnlyItsWardAndAnAuthorityRoundEveryWardOfTheAuthority() {
        Round ward = round("WARD:W05000857");
        assertTrue(ward.covers("W05000857", "W06000015"));
        assertFalse(ward.covers("W05000873", "W06000015"));
        Round cardiff = round("AUTHORITY:W06000015");
        assertTrue(cardiff.covers("W05000873", "W06000015"));
        assertFalse(cardiff.covers("W05000001", "W06000001"));
        assertFalse(cardiff.covers("W05000873", null));
    }

    @Test
    void aRoundTakesCodesAndAccountsUnlessTheAdministratorChoosesOneBeforeVotingBegins() {
        Round r = round("WARD:W05000857");
        assertEquals(VotingMethods.BOTH, r.getVotingMethods());
        assertTrue(r.getVotingMethods().codes() && r.getVotingMethods().accounts());
        assertEquals(Optional.empty(), r.changeVotingMethods(VotingMethods.ACCOUNTS, LocalDate.parse("2026-02-28")));
        assertFalse(r.getVotingMethods().codes());
        assertEquals(Optional.of("budgeting.methods.error.locked"), r.changeVotingMethods(VotingMethods.CODES, LocalDate.parse("2026-03-01")));
        assertEquals(VotingMethods.ACCOUNTS, r.getVotingMethods());
        assertEquals(Optional.empty(), r.changeVotingMethods(VotingMethods.ACCOUNTS, LocalDate.parse("2026-03-02")));
        assertEquals(Optional.of("budgeting.methods.error.choose"), r.changeVotingMethods(null, LocalDate.parse("2026-01-02")));
        assertFalse(VotingMethods.CODES.accounts());
    }

    @Test
    void anAccountsVoterKeyIsStablePerRoundNamesNoAccountAndNeedsTheSecret() {
        VoterKeys keys = new VoterKeys("a secret of enough length".getBytes(StandardCharsets.UTF_8));
        String key = keys.account(7, 42);
        assertEquals(key, keys.account(7, 42));
        assertTrue(key.startsWith("account:") && key.length() == 8 + 64 && key.length() <= 80, key);
        assertFalse(key.contains("42"));
        assertNotEquals(key, keys.account(8, 42));
        assertNotEquals(key, keys.account(7, 43));
        assertNotEquals(key, new VoterKeys("another secret, long enough".getBytes(StandardCharsets.UTF_8)).account(7, 42));
        assertThrows(IllegalArgumentException.class, () -> new VoterKeys("short".getBytes(StandardCharsets.UTF_8)));
    }
}
