package io.parley.chat.domain.user;

import java.time.Instant;

/** Users in the states the tests need. */
public final class UserMother {
    public static final Instant CREATED = Instant.parse("2024-03-01T08:00:00Z");
    public static final DeviceId DEVICE = new DeviceId("8d1a344c-0b7e-4f2a-9c3d-1234567890ab");

    private UserMother() {
    }

    public static User aRegisteredUser() {
        return NewUser.registered("6f1c2a70-1111-4c3e-8f00-0000000000a1", new Username("alice_01"), "hash-a",
                "10.0.0.1", CREATED).withId(UserId.of(1), UserInfo.EMPTY);
    }

    /** Another registered user, enabled, with the default settings (friends need no approval). */
    public static User aRegisteredUser(long id, String username) {
        return NewUser.registered("6f1c2a70-3333-4c3e-8f00-%012d".formatted(id), new Username(username), "hash",
                "10.0.0.3", CREATED).withId(UserId.of(id), UserInfo.EMPTY);
    }

    public static User aVisitor() {
        return NewUser.visitor("6f1c2a70-2222-4c3e-8f00-0000000000b2", new Username("VIS8d1a344c"), "hash-v",
                DEVICE, new DeviceInfo("app", "Pixel 8", "Android 14", "Google"), "10.0.0.2", CREATED)
                .withId(UserId.of(2), UserInfo.EMPTY);
    }
}
