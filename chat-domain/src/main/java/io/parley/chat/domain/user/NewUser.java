package io.parley.chat.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A user about to be created: everything but the id the store gives it. */
public record NewUser(
        String uuid,
        Username username,
        String passwordHash,
        Role role,
        DeviceId device,
        DeviceInfo deviceInfo,
        String registerIp,
        Instant at) {

    public NewUser {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        deviceInfo = deviceInfo == null ? DeviceInfo.UNKNOWN : deviceInfo;
        if (device != null && role != Role.VISITOR) {
            throw new IllegalArgumentException("only visitors are bound to a device");
        }
    }

    public static NewUser registered(String uuid, Username username, String passwordHash, String registerIp,
            Instant at) {
        return new NewUser(uuid, username, passwordHash, Role.USER, null, DeviceInfo.UNKNOWN, registerIp, at);
    }

    public static NewUser visitor(String uuid, Username username, String passwordHash, DeviceId device,
            DeviceInfo deviceInfo, String registerIp, Instant at) {
        return new NewUser(uuid, username, passwordHash, Role.VISITOR, device, deviceInfo, registerIp, at);
    }

    /** The user as created, with the id the store gave it and the defaults of a new account. */
    public User withId(UserId id, UserInfo info) {
        return new User(id, uuid, username, passwordHash, "", User.DEFAULT_AVATAR, role, UserStatus.ENABLED, device,
                deviceInfo, null, 0, null, null, null, null, registerIp, at, at, at, info);
    }
}
