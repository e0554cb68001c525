package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.LoginCommand;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.UpgradeVisitorCommand;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.visitor.SignedDeviceRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpgradeVisitorServiceTest {
    private static final DeviceId DEVICE = new DeviceId("8d1a344c-0b7e-4f2a-9c3d-1234567890ab");

    private final TestCore test = TestCore.create();

    private LoginResult upgrade(DeviceId device, String username, String password) {
        return upgrade(test.signed(device), username, password);
    }

    private LoginResult upgrade(SignedDeviceRequest signed, String username, String password) {
        return test.core().upgradeVisitor().upgradeVisitor(UpgradeVisitorCommand.of(signed, username, password,
                "10.4.0.1"));
    }

    @Test
    void turnTheVisitorIntoAUserInPlace() {
        LoginResult visitor = test.visitorOf(DEVICE);
        LoginResult upgraded = upgrade(DEVICE, "bob_the_user", "secret1");
        assertEquals(visitor.account().id(), upgraded.account().id());
        assertEquals(visitor.account().uuid(), upgraded.account().uuid());
        assertEquals("bob_the_user", upgraded.account().username());
        assertEquals(Role.USER, upgraded.account().role());
        assertNull(upgraded.account().deviceId());
        User stored = test.stored(visitor.account().id());
        assertEquals(Role.USER, stored.role());
        assertEquals(Optional.empty(), stored.boundDevice());
        assertEquals(1, test.users().count());
    }

    @Test
    void logTheUpgradedUserInAsAUser() {
        LoginResult visitor = test.visitorOf(DEVICE);
        LoginResult upgraded = upgrade(DEVICE, "bob_the_user", "secret1");
        assertEquals(Role.USER, test.core().authenticate().authenticate(upgraded.token()).tokenRole());
        assertRefused(ReasonCode.TOKEN_INVALID, () -> test.core().authenticate().authenticate(visitor.token()));
        LoginResult again = test.core().login().login(LoginCommand.of("bob_the_user", "secret1", null));
        assertEquals(visitor.account().id(), again.account().id());
    }

    @Test
    void giveTheDeviceANewVisitorNextTime() {
        UserId former = test.visitorOf(DEVICE).account().id();
        upgrade(DEVICE, "bob_the_user", "secret1");
        test.clock().advance(Duration.ofMinutes(1));
        LoginResult fresh = test.visitorOf(DEVICE);
        assertNotEquals(former, fresh.account().id());
        assertEquals(Role.VISITOR, fresh.account().role());
        assertEquals("VIS8d1a344c", fresh.account().username());
        assertEquals(Role.USER, test.stored(former).role());
    }

    @Test
    void refuseATakenName() {
        test.register("taken_name", "secret1");
        UserId visitor = test.visitorOf(DEVICE).account().id();
        assertRefused(ReasonCode.USERNAME_TAKEN, () -> upgrade(DEVICE, "taken_name", "secret1"));
        assertEquals(Role.VISITOR, test.stored(visitor).role());
        assertEquals(Optional.of(DEVICE), test.stored(visitor).boundDevice());
    }

    @Test
    void createANewUserWhenTheDeviceHasNoVisitor() {
        LoginResult created = upgrade(DEVICE, "bob_the_user", "secret1");
        assertEquals(Role.USER, created.account().role());
        assertNull(created.account().deviceId());
        assertEquals(1, test.users().count());
        assertEquals(Optional.empty(), test.users().byDevice(DEVICE));
    }

    @Test
    void refuseADisabledVisitor() {
        UserId visitor = test.visitorOf(DEVICE).account().id();
        test.disable(visitor);
        assertRefused(ReasonCode.USER_DISABLED, () -> upgrade(DEVICE, "bob_the_user", "secret1"));
        assertEquals(Role.VISITOR, test.stored(visitor).role());
    }

    @Test
    void checkTheDeviceFirst() {
        test.visitorOf(DEVICE);
        SignedDeviceRequest unsigned = new SignedDeviceRequest(DEVICE.value(), "1", "");
        assertRefused(ReasonCode.SIGNATURE_MISSING, () -> upgrade(unsigned, "bob_the_user", "secret1"));
        SignedDeviceRequest old = TestCore.signedAt(DEVICE, test.clock().now().minus(Duration.ofMinutes(10)));
        assertRefused(ReasonCode.REQUEST_EXPIRED, () -> upgrade(old, "bob_the_user", "secret1"));
        assertEquals(Optional.empty(), test.users().byUsername("bob_the_user"));
    }

    @Test
    void shareTheDevicesAttemptsWithVisitorRegistration() {
        for (int i = 0; i < 5; i++) {
            test.visitorOf(DEVICE);
        }
        assertRefused(ReasonCode.RATE_LIMITED, () -> upgrade(DEVICE, "bob_the_user", "secret1"));
    }
}
