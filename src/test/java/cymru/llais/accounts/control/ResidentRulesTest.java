package cymru.llais.accounts.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResidentRulesTest {

    private static final String GOOD = "tri gair hir iawn";

    @Test
    void aGoodSignUpBreaksNoRule() {
        assertEquals(List.of(), ResidentRules.signUp("sian@example.org", GOOD, GOOD, "cy", null));
        assertEquals(List.of(), ResidentRules.signUp(" Sian@Example.org ", GOOD, GOOD, "en", "Siân"));
    }

    @Test
    void eachBrokenRuleIsNamedAgainstItsField() {
        assertEquals(List.of(FieldError.of("email", "accounts.error.email.invalid"),
                        FieldError.of("password", "accounts.error.password.tooShort"),
                        FieldError.of("language", "accounts.error.language.required"),
                        FieldError.of("displayName", "accounts.error.displayName.tooLong", 120)),
                ResidentRules.signUp("not an address", "short", "short", "fr", "x".repeat(121)));
    }

    @Test
    void theNewPasswordMustBeTypedTheSameTwiceAndFollowThePasswordRules() {
        assertEquals(List.of(FieldError.of("passwordAgain", "accounts.error.password.mismatch")),
                ResidentRules.newPassword(GOOD, GOOD + "!", "sian@example.org"));
        assertEquals(List.of(FieldError.of("password", "accounts.error.password.isEmail")),
                ResidentRules.newPassword("sian@example.org", "sian@example.org", "sian@example.org"));
        assertEquals(List.of(FieldError.of("password", "accounts.error.password.tooShort")),
                ResidentRules.newPassword(null, null, "sian@example.org"));
    }
}
