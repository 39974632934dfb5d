package cymru.llais.accounts.control;

import cymru.llais.accounts.entity.ResidentAccount;
import cymru.llais.shared.EmailAddress;
import cymru.llais.shared.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a resident's sign-up, new password and settings must be; each broken rule against its field. */
public final class ResidentRules {

    private ResidentRules() {
    }

    public static List<FieldError> signUp(String email, String password, String passwordAgain, String language,
                                          String displayName) {
        List<FieldError> errors = new ArrayList<>();
        if (!EmailAddress.isValid(email)) {
            errors.add(FieldError.of("email", "accounts.error.email.invalid"));
        }
        errors.addAll(newPassword(password, passwordAgain, email));
        errors.addAll(settings(language, displayName));
        return errors;
    }

    /** A new password: the staff rules (length, not the address, not too simple), typed the same twice. */
    public static List<FieldError> newPassword(String password, String passwordAgain, String email) {
        Optional<String> weak = PasswordRules.check(password, email);
        if (weak.isPresent()) {
            return List.of(FieldError.of("password", weak.get()));
        }
        if (!password.equals(passwordAgain)) {
            return List.of(FieldError.of("passwordAgain", "accounts.error.password.mismatch"));
        }
        return List.of();
    }

    /** The language every e-mail is written in, and an optional name of up to 120 characters. */
    public static List<FieldError> settings(String language, String displayName) {
        List<FieldError> errors = new ArrayList<>();
        if (Language.fromCode(language).isEmpty()) {
            errors.add(FieldError.of("language", "accounts.error.language.required"));
        }
        if (displayName != null && displayName.strip().codePointCount(0, displayName.strip().length()) > ResidentAccount.MAX_DISPLAY_NAME) {
            errors.add(FieldError.of("displayName", "accounts.error.displayName.tooLong", ResidentAccount.MAX_DISPLAY_NAME));
        }
        return errors;
    }
}
