package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserStatus;
import java.time.Instant;

/** A user as the owner of the account sees it: every column but the password hash (the login result of #1–#6). */
public record AccountView(
        UserId id,
        String uuid,
        String username,
        String nickname,
        String avatar,
        Role role,
        UserStatus status,
        String deviceId,
        DeviceInfo deviceInfo,
        String userset,
        int inviteConfirm,
        String mobile,
        String email,
        Instant lastLogin,
        String lastLoginIp,
        String registerIp,
        Instant registerTime,
        Instant createTime,
        Instant updateTime) {

    public static AccountView of(User user) {
        return new AccountView(user.id(), user.uuid(), user.username().value(), user.nickname(), user.avatar(),
                user.role(), user.status(), user.boundDevice().map(d -> d.value()).orElse(null), user.deviceInfo(),
                user.settings().json(), user.inviteConfirm(), user.mobile(), user.email(), user.lastLogin(),
                user.lastLoginIp(), user.registerIp(), user.registerTime(), user.createTime(), user.updateTime());
    }
}
