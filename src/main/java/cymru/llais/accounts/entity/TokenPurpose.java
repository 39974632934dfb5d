package cymru.llais.accounts.entity;

import java.time.Duration;

/** What an e-mailed link is for, and how long it may be used. */
public enum TokenPurpose {
    /** Proves that the address of a new account is the resident's. */
    VERIFY(Duration.ofHours(24)),
    /** Lets the resident choose a new password. */
    RESET(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
