package io.parley.chat.domain.visitor;

import static io.parley.chat.domain.shared.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.Username;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VisitorUsernamesTest {
    private static List<String> candidates(String deviceId) {
        return VisitorUsernames.candidates(new DeviceId(deviceId)).stream().map(Username::value)
                .collect(Collectors.toList());
    }

    @Test
    void startWithVisAndTheFirstEightCharactersOfTheDevice() {
        assertEquals("VIS8d1a344c", candidates("8d1a344c-0b7e-4f2a-9c3d-1234567890ab").get(0));
    }

    @Test
    void lengthenWithMoreOfTheDeviceSkippingDashesUpToTwentyCharacters() {
        assertEquals(List.of("VIS8d1a344c", "VIS8d1a344c0", "VIS8d1a344c0b", "VIS8d1a344c0b7", "VIS8d1a344c0b7e",
                "VIS8d1a344c0b7e4", "VIS8d1a344c0b7e4f", "VIS8d1a344c0b7e4f2", "VIS8d1a344c0b7e4f2a",
                "VIS8d1a344c0b7e4f2a9"), candidates("8d1a344c-0b7e-4f2a-9c3d-1234567890ab"));
    }

    @Test
    void skipDashesWithinTheFirstEightCharacters() {
        assertEquals("VISab12cdef", candidates("ab-12-cd-ef-ghij-klmn-opqrstuvwxyz01").get(0));
    }

    @Test
    void neverOfferANameLongerThanAUsernameMayBe() {
        List<String> names = candidates("abcdefghijklmnopqrstuvwxyz0123456789");
        assertTrue(names.stream().allMatch(n -> n.length() <= Username.MAX), names::toString);
        assertEquals(20, names.get(names.size() - 1).length());
    }

    @Test
    void offerWhatADeviceOfFewUsableCharactersAllows() {
        assertEquals(List.of("VISab"), candidates("-----------------a---------b--------"));
    }

    @Test
    void refuseADeviceWithNothingToNameAVisitorAfter() {
        assertInvalid("deviceId", Problem.PATTERN, () -> VisitorUsernames.candidates(new DeviceId("-".repeat(36))));
    }
}
