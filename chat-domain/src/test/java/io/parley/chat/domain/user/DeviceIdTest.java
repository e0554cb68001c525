package io.parley.chat.domain.user;

import static io.parley.chat.domain.shared.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.ValidationException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"8d1a344c-0b7e-4f2a-9c3d-1234567890ab", "abcdefghijklmnopqrstuvwxyz0123456789",
        "____________________________________", "------------------------------------"})
    void acceptThirtySixWordCharactersOrDashes(String value) {
        assertEquals(value, new DeviceId(value).value());
    }

    @Test
    void refuseShorterThanThirtySix() {
        assertInvalid("deviceId", Problem.LENGTH, () -> new DeviceId("8d1a344c-0b7e-4f2a-9c3d-1234567890a"));
    }

    @Test
    void refuseLongerThanTwoHundred() {
        assertInvalid("deviceId", Problem.LENGTH, () -> new DeviceId("a".repeat(201)));
    }

    @Test
    void refuseLongerThanThirtySixByItsForm() {
        // 37 to 200 pass the seed's length check and fail its pattern check
        assertInvalid("deviceId", Problem.PATTERN, () -> new DeviceId("a".repeat(37)));
        assertInvalid("deviceId", Problem.PATTERN, () -> new DeviceId("a".repeat(200)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8d1a344c 0b7e-4f2a-9c3d-1234567890ab", "8d1a344c.0b7e-4f2a-9c3d-1234567890ab",
        "8d1a344c-0b7e-4f2a-9c3d-1234567890a\u00e9", "{d1a344c-0b7e-4f2a-9c3d-1234567890ab"})
    void refuseOtherCharacters(String value) {
        assertInvalid("deviceId", Problem.PATTERN, () -> new DeviceId(value));
    }

    @Test
    void requireAValue() {
        assertInvalid("deviceId", Problem.REQUIRED, () -> new DeviceId(null));
    }
}
