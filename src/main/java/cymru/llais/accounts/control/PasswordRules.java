package cymru.llais.accounts.control;

import java.util.Optional;

/** What a staff password must be: long enough, not an e-mail address, not a run of one character. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordRules() {
    }

    /** The bundle key of what is wrong, or empty when the password will do. */
    public static Optional<String> check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("accounts.error.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("accounts.error.password.tooLong");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("accounts.error.password.isEmail");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("accounts.error.password.tooSimple");
        }
        return Optional.empty();
    }
}
