package io.parley.chat.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.settings.UserSettings;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserTest {
    private static final Instant LATER = UserMother.CREATED.plusSeconds(600);

    @Test
    void upgradeAVisitorInPlaceAndReleaseItsDevice() {
        User visitor = UserMother.aVisitor();
        User upgraded = visitor.upgradedTo(new Username("bob_the_user"), "new-hash", LATER);
        assertEquals(visitor.id(), upgraded.id());
        assertEquals(visitor.uuid(), upgraded.uuid());
        assertEquals(Role.USER, upgraded.role());
        assertEquals("bob_the_user", upgraded.username().value());
        assertEquals("new-hash", upgraded.passwordHash());
        assertEquals(Optional.empty(), upgraded.boundDevice());
        assertEquals(LATER, upgraded.updateTime());
        assertEquals(visitor.registerTime(), upgraded.registerTime());
        assertEquals(visitor.deviceInfo(), upgraded.deviceInfo());
        assertFalse(upgraded.isVisitor());
    }

    @Test
    void upgradeOnlyVisitors() {
        User registered = UserMother.aRegisteredUser();
        assertThrows(IllegalStateException.class,
                () -> registered.upgradedTo(new Username("other_name"), "h", LATER));
    }

    @Test
    void leaveTheOriginalUnchanged() {
        User visitor = UserMother.aVisitor();
        visitor.upgradedTo(new Username("bob_the_user"), "new-hash", LATER);
        assertEquals(Role.VISITOR, visitor.role());
        assertEquals(Optional.of(UserMother.DEVICE), visitor.boundDevice());
    }

    @Test
    void showTheNicknameElseTheUsername() {
        User user = UserMother.aRegisteredUser();
        assertEquals("alice_01", user.displayName());
        assertEquals("小红", user.withNickname("小红", LATER).displayName());
        assertEquals("alice_01", user.withNickname("", LATER).displayName());
        assertEquals("alice_01", user.withNickname(null, LATER).displayName());
    }

    @Test
    void recordALogin() {
        User user = UserMother.aRegisteredUser();
        User loggedIn = user.loggedIn(LATER, "192.168.1.9");
        assertEquals(LATER, loggedIn.lastLogin());
        assertEquals("192.168.1.9", loggedIn.lastLoginIp());
        assertEquals(LATER, loggedIn.updateTime());
        assertEquals(user.registerIp(), loggedIn.registerIp());
        assertEquals(user.passwordHash(), loggedIn.passwordHash());
    }

    @Test
    void releaseADeviceThatShouldNotBeBound() {
        User visitor = UserMother.aVisitor();
        assertEquals(Optional.empty(), visitor.releasingDevice(LATER).boundDevice());
        assertEquals(Role.VISITOR, visitor.releasingDevice(LATER).role());
    }

    @Test
    void changeOneThingAtATimeAndStampTheChange() {
        User user = UserMother.aRegisteredUser();
        UserSettings settings = new UserSettings("{}", user.settings().chat());
        assertEquals("h2", user.withPasswordHash("h2", LATER).passwordHash());
        assertEquals(settings, user.withSettings(settings, LATER).settings());
        assertEquals("/a.png", user.withAvatar("/a.png", LATER).avatar());
        assertEquals(1, user.withInviteConfirm(1, LATER).inviteConfirm());
        DeviceInfo info = new DeviceInfo("web", "m", "o", "b");
        assertEquals(info, user.withDeviceInfo(info, LATER).deviceInfo());
        User disabled = user.withStatus(UserStatus.DISABLED, LATER);
        assertFalse(disabled.isEnabled());
        assertEquals(LATER, disabled.updateTime());
        assertEquals(user.nickname(), disabled.nickname());
    }

    @Test
    void fillAbsentOptionalValuesWithTheirDefaults() {
        User user = new User(UserId.of(7), "u", new Username("carol_c"), "h", null, null, Role.USER,
                UserStatus.ENABLED, null, null, null, 0, null, null, null, null, null, null, null, null, null);
        assertEquals("", user.nickname());
        assertEquals(DeviceInfo.UNKNOWN, user.deviceInfo());
        assertEquals(UserSettings.EMPTY, user.settings());
        assertEquals(UserInfo.EMPTY, user.info());
        assertTrue(user.isEnabled());
    }

    @Test
    void treatEveryStatusButOneAsDisabled() {
        assertEquals(UserStatus.ENABLED, UserStatus.fromCode(1));
        assertEquals(UserStatus.DISABLED, UserStatus.fromCode(0));
        assertEquals(UserStatus.DISABLED, UserStatus.fromCode(2));
    }

    @Test
    void readRolesByTheirWireNames() {
        assertEquals(Optional.of(Role.VISITOR), Role.fromWireName("visitor"));
        assertEquals(Optional.of(Role.USER), Role.fromWireName("user"));
        assertEquals(Optional.empty(), Role.fromWireName("admin"));
    }
}
