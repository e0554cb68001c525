package io.parley.chat.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.domain.settings.ChatSettings;
import io.parley.chat.domain.settings.UserSettings;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewUserTest {
    private static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");

    @Test
    void bindOnlyVisitorsToADevice() {
        assertThrows(IllegalArgumentException.class, () -> new NewUser("u", new Username("alice_01"), "h", Role.USER,
                UserMother.DEVICE, DeviceInfo.UNKNOWN, null, AT));
        NewUser visitor = NewUser.visitor("u", new Username("VIS8d1a344c"), "h", UserMother.DEVICE, null, null, AT);
        assertEquals(UserMother.DEVICE, visitor.device());
        assertEquals(Role.VISITOR, visitor.role());
    }

    @Test
    void createRegisteredUsersWithoutADevice() {
        NewUser registered = NewUser.registered("u", new Username("alice_01"), "h", "10.0.0.1", AT);
        assertNull(registered.device());
        assertEquals(Role.USER, registered.role());
    }

    @Test
    void giveANewAccountTheDefaults() {
        User created = NewUser.registered("uuid-1", new Username("alice_01"), "h", "10.0.0.1", AT)
                .withId(UserId.of(42), UserInfo.EMPTY);
        assertEquals(UserId.of(42), created.id());
        assertEquals("uuid-1", created.uuid());
        assertEquals("", created.nickname());
        assertEquals(User.DEFAULT_AVATAR, created.avatar());
        assertEquals(UserStatus.ENABLED, created.status());
        assertEquals(UserSettings.EMPTY, created.settings());
        assertEquals(ChatSettings.DEFAULT, created.settings().chat());
        assertEquals(0, created.inviteConfirm());
        assertNull(created.lastLogin());
        assertEquals("10.0.0.1", created.registerIp());
        assertEquals(AT, created.registerTime());
        assertEquals(AT, created.createTime());
        assertEquals(AT, created.updateTime());
        assertEquals(DeviceInfo.UNKNOWN, created.deviceInfo());
    }

    @Test
    void keepAVisitorsDeviceAndItsDescription() {
        DeviceInfo info = new DeviceInfo("app", "Pixel 8", "Android 14", "Google");
        User created = NewUser.visitor("uuid-2", new Username("VIS8d1a344c"), "h", UserMother.DEVICE, info,
                "10.0.0.2", AT).withId(UserId.of(43), UserInfo.EMPTY);
        assertEquals(Optional.of(UserMother.DEVICE), created.boundDevice());
        assertEquals(info, created.deviceInfo());
        assertEquals(Role.VISITOR, created.role());
    }

    @Test
    void requireTheIdentifyingValues() {
        assertThrows(NullPointerException.class,
                () -> NewUser.registered(null, new Username("alice_01"), "h", null, AT));
        assertThrows(NullPointerException.class, () -> NewUser.registered("u", null, "h", null, AT));
        assertThrows(NullPointerException.class,
                () -> NewUser.registered("u", new Username("alice_01"), null, null, AT));
        assertThrows(NullPointerException.class,
                () -> NewUser.registered("u", new Username("alice_01"), "h", null, null));
    }
}
