package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.VisitorLoginCommand;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.visitor.SignedDeviceRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitorLoginServiceTest {
    private static final DeviceId DEVICE = new DeviceId("8d1a344c-0b7e-4f2a-9c3d-1234567890ab");

    private final TestCore test = TestCore.create();

    private LoginResult visitorLogin(SignedDeviceRequest signed, String username, String password) {
        return test.core().visitorLogin().visitorLogin(VisitorLoginCommand.of(signed, username, password,
                "10.5.0.1"));
    }

    @Test
    void logARegisteredUserInFromAVisitorsDeviceLeavingTheBindingAsItIs() {
        UserId visitor = test.visitorOf(DEVICE).account().id();
        UserId alice = test.register("alice_01", "secret1").account().id();
        LoginResult result = visitorLogin(test.signed(DEVICE), "alice_01", "secret1");
        assertEquals(alice, result.account().id());
        assertEquals(Role.USER, test.core().authenticate().authenticate(result.token()).tokenRole());
        assertEquals(Optional.of(visitor), test.users().byDevice(DEVICE).map(User::id));
        assertEquals(Optional.empty(), test.stored(alice).boundDevice());
        assertNull(result.account().deviceId());
    }

    @Test
    void refuseAWrongPasswordLikeAnOrdinaryLogin() {
        test.register("alice_01", "secret1");
        assertRefused(ReasonCode.BAD_CREDENTIALS, () -> visitorLogin(test.signed(DEVICE), "alice_01", "wrong1"));
        assertRefused(ReasonCode.BAD_CREDENTIALS, () -> visitorLogin(test.signed(DEVICE), "nobody_x", "secret1"));
    }

    @Test
    void checkTheDeviceBeforeThePassword() {
        UserId alice = test.register("alice_01", "secret1").account().id();
        Instant before = test.stored(alice).lastLogin();
        test.clock().advance(Duration.ofMinutes(1));
        long now = test.clock().now().toEpochMilli();
        SignedDeviceRequest forged = new SignedDeviceRequest(DEVICE.value(), Long.toString(now), "00");
        assertRefused(ReasonCode.SIGNATURE_INVALID, () -> visitorLogin(forged, "alice_01", "secret1"));
        SignedDeviceRequest unsigned = new SignedDeviceRequest(DEVICE.value(), Long.toString(now), null);
        assertRefused(ReasonCode.SIGNATURE_MISSING, () -> visitorLogin(unsigned, "alice_01", "secret1"));
        assertEquals(before, test.stored(alice).lastLogin(), "no login happened");
    }

    @Test
    void countAgainstTheDevicesLimit() {
        test.register("alice_01", "secret1");
        for (int i = 0; i < 5; i++) {
            visitorLogin(test.signed(DEVICE), "alice_01", "secret1");
        }
        assertRefused(ReasonCode.RATE_LIMITED, () -> visitorLogin(test.signed(DEVICE), "alice_01", "secret1"));
        assertRefused(ReasonCode.RATE_LIMITED, () -> test.visitorOf(DEVICE));
    }
}
