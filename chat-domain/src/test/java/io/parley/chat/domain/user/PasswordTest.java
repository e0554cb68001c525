package io.parley.chat.domain.user;

import static io.parley.chat.domain.shared.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parley.chat.domain.shared.ValidationException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456", "pass word", "密码密码密码", "12345678901234567890"})
    void acceptSixToTwentyCharactersOfAnyKind(String raw) {
        assertEquals(raw, Password.of("password", raw).reveal());
    }

    @Test
    void refuseFewerThanSixCharacters() {
        assertInvalid("password", Problem.LENGTH, () -> Password.of("password", "12345"));
    }

    @Test
    void refuseMoreThanTwentyCharacters() {
        assertInvalid("newpassword", Problem.LENGTH, () -> Password.of("newpassword", "x".repeat(21)));
    }

    @Test
    void countCharactersNotUtf16Units() {
        // six emoji are twelve UTF-16 units but six characters a person typed
        String sixEmoji = "😀".repeat(6);
        assertEquals(sixEmoji, Password.of("password", sixEmoji).reveal());
        assertInvalid("password", Problem.LENGTH, () -> Password.of("password", "😀".repeat(21)));
    }

    @Test
    void requireAValue() {
        assertInvalid("password", Problem.REQUIRED, () -> Password.of("password", null));
        assertInvalid("password", Problem.REQUIRED, () -> Password.of("password", ""));
    }

    @Test
    void acceptAnyNonEmptyTextForACheckBecauseOldPasswordsMayPredateTheRules() {
        assertEquals("1", Password.forCheck("oldpassword", "1").reveal());
        assertEquals("x".repeat(64), Password.forCheck("oldpassword", "x".repeat(64)).reveal());
    }

    @Test
    void stillRequireAValueForACheck() {
        assertInvalid("oldpassword", Problem.REQUIRED, () -> Password.forCheck("oldpassword", ""));
        assertInvalid("oldpassword", Problem.REQUIRED, () -> Password.forCheck("oldpassword", null));
    }

    @Test
    void neverPrintTheSecret() {
        assertFalse(Password.of("password", "hunter22").toString().contains("hunter22"));
    }
}
