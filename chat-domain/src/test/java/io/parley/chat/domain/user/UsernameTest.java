package io.parley.chat.domain.user;

import static io.parley.chat.domain.shared.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.ValidationException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcd", "Alice_2024", "____", "12345678901234567890", "VIS8d1a344c"})
    void acceptFourToTwentyLettersDigitsAndUnderscores(String name) {
        assertEquals(name, new Username(name).value());
    }

    @Test
    void refuseFewerThanFourCharacters() {
        assertInvalid("username", Problem.LENGTH, () -> new Username("abc"));
    }

    @Test
    void refuseMoreThanTwentyCharacters() {
        assertInvalid("username", Problem.LENGTH, () -> new Username("a".repeat(21)));
    }

    @Test
    void requireAValue() {
        assertInvalid("username", Problem.REQUIRED, () -> new Username(null));
        assertInvalid("username", Problem.REQUIRED, () -> new Username(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ali ce", "alice-01", "alice.b", "小明小明", "alice@x", "ali\nce", "ålice"})
    void refuseCharactersOtherThanLettersDigitsAndUnderscore(String name) {
        assertInvalid("username", Problem.PATTERN, () -> new Username(name));
    }

    @Test
    void nameTheParameterItWasGivenUnder() {
        assertInvalid("newname", Problem.LENGTH, () -> Username.of("newname", "ab"));
        assertInvalid("newname", Problem.PATTERN, () -> Username.of("newname", "a b c d"));
        assertEquals(new Username("alice_01"), Username.of("newname", "alice_01"));
    }

    @Test
    void printAsItsValue() {
        assertEquals("alice_01", new Username("alice_01").toString());
    }
}
