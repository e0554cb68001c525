package io.parley.chat.domain.user;

import io.parley.chat.domain.settings.UserSettings;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat account, registered or visitor (table {@code user}, API.md b.1). Immutable: every change returns the
 * changed user, which the caller saves.
 *
 * <p>Invariant: only a visitor is bound to a device. Upgrading a visitor releases its device, so the device gets a
 * fresh visitor the next time it asks (API.md j.2, G-A2).
 */
public record User(
        UserId id,
        String uuid,
        Username username,
        String passwordHash,
        String nickname,
        String avatar,
        Role role,
        UserStatus status,
        DeviceId device,
        DeviceInfo deviceInfo,
        UserSettings settings,
        int inviteConfirm,
        String mobile,
        String email,
        Instant lastLogin,
        String lastLoginIp,
        String registerIp,
        Instant registerTime,
        Instant createTime,
        Instant updateTime,
        UserInfo info) {

    /** The avatar a user has before choosing one (the seed's default, kept for its clients). */
    public static final String DEFAULT_AVATAR = "https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/user.jpg";

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        nickname = nickname == null ? "" : nickname;
        deviceInfo = deviceInfo == null ? DeviceInfo.UNKNOWN : deviceInfo;
        settings = settings == null ? UserSettings.EMPTY : settings;
        info = info == null ? UserInfo.EMPTY : info;
    }

    /** Never shows the password hash, so that logs and assertion messages cannot leak it. */
    @Override
    public String toString() {
        return "User[id=" + id + ", uuid=" + uuid + ", username=" + username + ", role=" + role + ", status=" + status
                + ", device=" + device + "]";
    }

    public boolean isEnabled() {
        return status == UserStatus.ENABLED;
    }

    public boolean isVisitor() {
        return role == Role.VISITOR;
    }

    public Optional<DeviceId> boundDevice() {
        return Optional.ofNullable(device);
    }

    /** The name others see: nickname, else username (API.md e, display-name rule). */
    public String displayName() {
        return nickname.isEmpty() ? username.value() : nickname;
    }

    public User loggedIn(Instant at, String clientAddress) {
        return copy(b -> {
            b.lastLogin = at;
            b.lastLoginIp = clientAddress;
            b.updateTime = at;
        });
    }

    /** A visitor becomes a registered user in place: same id, same friends and groups, device released. */
    public User upgradedTo(Username newUsername, String newPasswordHash, Instant at) {
        if (!isVisitor()) {
            throw new IllegalStateException("only a visitor can be upgraded: " + id);
        }
        return copy(b -> {
            b.username = newUsername;
            b.passwordHash = newPasswordHash;
            b.role = Role.USER;
            b.device = null;
            b.updateTime = at;
        });
    }

    /** Lets go of a device binding that should not be there (a registered account from an older database). */
    public User releasingDevice(Instant at) {
        return copy(b -> {
            b.device = null;
            b.updateTime = at;
        });
    }

    public User withDeviceInfo(DeviceInfo newInfo, Instant at) {
        return copy(b -> {
            b.deviceInfo = newInfo;
            b.updateTime = at;
        });
    }

    public User withPasswordHash(String newHash, Instant at) {
        return copy(b -> {
            b.passwordHash = newHash;
            b.updateTime = at;
        });
    }

    public User withSettings(UserSettings newSettings, Instant at) {
        return copy(b -> {
            b.settings = newSettings;
            b.updateTime = at;
        });
    }

    public User withNickname(String newNickname, Instant at) {
        return copy(b -> {
            b.nickname = newNickname;
            b.updateTime = at;
        });
    }

    public User withAvatar(String newAvatar, Instant at) {
        return copy(b -> {
            b.avatar = newAvatar;
            b.updateTime = at;
        });
    }

    public User withInviteConfirm(int newInviteConfirm, Instant at) {
        return copy(b -> {
            b.inviteConfirm = newInviteConfirm;
            b.updateTime = at;
        });
    }

    public User withStatus(UserStatus newStatus, Instant at) {
        return copy(b -> {
            b.status = newStatus;
            b.updateTime = at;
        });
    }

    private User copy(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** Mutable twin used only to derive a changed copy. */
    private static final class Builder {
        private final User from;
        private Username username;
        private String passwordHash;
        private String nickname;
        private String avatar;
        private Role role;
        private UserStatus status;
        private DeviceId device;
        private DeviceInfo deviceInfo;
        private UserSettings settings;
        private int inviteConfirm;
        private Instant lastLogin;
        private String lastLoginIp;
        private Instant updateTime;

        Builder(User from) {
            this.from = from;
            username = from.username;
            passwordHash = from.passwordHash;
            nickname = from.nickname;
            avatar = from.avatar;
            role = from.role;
            status = from.status;
            device = from.device;
            deviceInfo = from.deviceInfo;
            settings = from.settings;
            inviteConfirm = from.inviteConfirm;
            lastLogin = from.lastLogin;
            lastLoginIp = from.lastLoginIp;
            updateTime = from.updateTime;
        }

        User build() {
            return new User(from.id, from.uuid, username, passwordHash, nickname, avatar, role, status, device,
                    deviceInfo, settings, inviteConfirm, from.mobile, from.email, lastLogin, lastLoginIp,
                    from.registerIp, from.registerTime, from.createTime, updateTime, from.info);
        }
    }
}
