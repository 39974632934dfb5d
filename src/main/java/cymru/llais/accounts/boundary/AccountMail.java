package cymru.llais.accounts.boundary;

import cymru.llais.accounts.entity.ResidentAccount;
import cymru.llais.shared.Language;

/**
 * An e-mail to a resident's address, asked for inside a transaction and sent only when it commits:
 * a link never arrives for a token that was not stored. {@code name} is the resident's optional name, for the greeting.
 */
record AccountMail(Kind kind, String to, Language language, String name, String token) {

    static AccountMail to(ResidentAccount account, Kind kind, String token) {
        return new AccountMail(kind, account.getEmail(), account.getLanguage(), account.getDisplayName(), token);
    }

    enum Kind {
        /** Confirm the address of a new account. */
        VERIFY,
        /** Someone tried to sign up with an address that already has an account. */
        ALREADY_REGISTERED,
        /** Choose a new password. */
        RESET
    }
}
