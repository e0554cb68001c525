package io.parley.chat.domain.user;

import static io.parley.chat.domain.shared.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.ValidationException.Problem;
import org.junit.jupiter.api.Test;

class DeviceInfoTest {

    @Test
    void keepWhatTheDeviceSays() {
        DeviceInfo info = new DeviceInfo("app", "Pixel 8", "Android 14", "Google");
        assertEquals("app", info.uniplatform());
        assertEquals("Pixel 8", info.devicemodel());
        assertEquals("Android 14", info.deviceos());
        assertEquals("Google", info.devicebrand());
    }

    @Test
    void turnMissingValuesIntoEmptyStrings() {
        assertEquals(DeviceInfo.UNKNOWN, new DeviceInfo(null, null, "", null));
        assertEquals("", DeviceInfo.UNKNOWN.uniplatform());
    }

    @Test
    void requireTwoCharactersOfPlatform() {
        assertInvalid("uniplatform", Problem.LENGTH, () -> new DeviceInfo("a", "m", "o", "b"));
        assertEquals("h5", new DeviceInfo("h5", "m", "o", "b").uniplatform());
    }

    @Test
    void acceptOneCharacterOfModelSystemAndBrand() {
        DeviceInfo info = new DeviceInfo("web", "m", "o", "b");
        assertEquals("m", info.devicemodel());
        assertEquals("o", info.deviceos());
        assertEquals("b", info.devicebrand());
    }

    @Test
    void refuseMoreThanFiftyCharactersInAnyField() {
        String tooLong = "x".repeat(51);
        String longest = "x".repeat(50);
        assertInvalid("uniplatform", Problem.LENGTH, () -> new DeviceInfo(tooLong, "m", "o", "b"));
        assertInvalid("devicemodel", Problem.LENGTH, () -> new DeviceInfo("web", tooLong, "o", "b"));
        assertInvalid("deviceos", Problem.LENGTH, () -> new DeviceInfo("web", "m", tooLong, "b"));
        assertInvalid("devicebrand", Problem.LENGTH, () -> new DeviceInfo("web", "m", "o", tooLong));
        assertEquals(longest, new DeviceInfo(longest, longest, longest, longest).devicebrand());
    }
}
