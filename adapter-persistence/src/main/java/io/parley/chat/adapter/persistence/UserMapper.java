package io.parley.chat.adapter.persistence;

import io.parley.chat.domain.settings.ChatSettings;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.settings.UserSettings;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.Gender;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserInfo;
import io.parley.chat.domain.user.UserStatus;
import io.parley.chat.domain.user.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Turns rows into domain users and back. Times are kept to the millisecond, as the columns hold them. */
final class UserMapper {
    private static final short NO = 0;
    private static final short YES = 1;
    private static final UserId PLACEHOLDER_ID = UserId.of(1);

    private UserMapper() {
    }

    /** The row of a new account, holding what the domain gives every new account ({@link NewUser#withId}). */
    static UserEntity newUser(NewUser created) {
        UserEntity row = new UserEntity();
        // the placeholder never reaches the row: write() copies everything but the id, which the database assigns
        write(created.withId(PLACEHOLDER_ID, UserInfo.EMPTY), row);
        return row;
    }

    static UserInfoEntity newInfo(long userId, UserInfo info, Instant at) {
        UserInfoEntity row = new UserInfoEntity();
        row.userId = userId;
        row.createTime = stored(at);
        row.updateTime = stored(at);
        writeInfo(info, row);
        return row;
    }

    /** Copies every field of the user but its id onto its row. */
    static void write(User user, UserEntity row) {
        row.uuid = user.uuid();
        row.username = user.username().value();
        row.passwordHash = user.passwordHash();
        row.nickname = user.nickname();
        row.avatar = user.avatar();
        row.role = user.role().wireName();
        // several stored codes read as one domain status (2 = locked reads as disabled): keep the code unless it changes
        if (UserStatus.fromCode(row.status) != user.status()) {
            row.status = (short) user.status().code();
        }
        row.device = user.boundDevice().map(DeviceId::value).orElse(null);
        writeDeviceInfo(user.deviceInfo(), row);
        writeSettings(user.settings(), row);
        row.inviteConfirm = (short) user.inviteConfirm();
        row.mobile = user.mobile();
        row.email = user.email();
        row.lastLogin = stored(user.lastLogin());
        row.lastLoginIp = user.lastLoginIp();
        row.registerIp = user.registerIp();
        row.registerTime = stored(user.registerTime());
        row.createTime = stored(user.createTime());
        row.updateTime = stored(user.updateTime());
    }

    /**
     * Copies the profile onto its row (the row keeps its own id).
     *
     * @return whether anything changed
     */
    static boolean write(UserInfo info, UserInfoEntity row) {
        UserInfo before = readInfo(row);
        writeInfo(info, row);
        return !readInfo(row).equals(before);
    }

    /**
     * @param info the user's profile row; null when it is missing (hand-made or imported data)
     * @throws IllegalStateException when the row holds what no user can hold (a corrupt or hand-edited row); the
     *     domain's own validation errors would otherwise look like a client's mistake
     */
    static User toDomain(UserEntity row, UserInfoEntity info) {
        try {
            return new User(UserId.of(row.id), row.uuid, new Username(row.username), row.passwordHash, row.nickname,
                    row.avatar, role(row.role), UserStatus.fromCode(row.status),
                    row.device == null ? null : new DeviceId(row.device),
                    new DeviceInfo(row.uniplatform, row.devicemodel, row.deviceos, row.devicebrand),
                    readSettings(row), row.inviteConfirm, row.mobile, row.email, row.lastLogin, row.lastLoginIp,
                    row.registerIp, row.registerTime, row.createTime, row.updateTime,
                    info == null ? UserInfo.EMPTY : readInfo(info));
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("user " + row.id + " as stored cannot be read: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    static Instant stored(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Role role(String wireName) {
        return Role.fromWireName(wireName).orElseThrow(() -> new IllegalArgumentException("unknown role " + wireName));
    }

    private static void writeDeviceInfo(DeviceInfo info, UserEntity row) {
        row.uniplatform = info.uniplatform();
        row.devicemodel = info.devicemodel();
        row.deviceos = info.deviceos();
        row.devicebrand = info.devicebrand();
    }

    private static void writeSettings(UserSettings settings, UserEntity row) {
        row.settingsJson = settings.json();
        SendPolicy visitor = settings.chat().visitor();
        row.chatVisitorSendCount = sendCount(visitor);
        row.chatVisitorNeedFollow = needFollow(visitor);
        SendPolicy user = settings.chat().user();
        row.chatUserSendCount = sendCount(user);
        row.chatUserNeedFollow = needFollow(user);
    }

    // NULL stands for the default policy, so that rows written without parsed settings (imports) read as default
    private static Short sendCount(SendPolicy policy) {
        return policy.equals(SendPolicy.DEFAULT) ? null : (short) policy.sendCount();
    }

    private static Short needFollow(SendPolicy policy) {
        return policy.equals(SendPolicy.DEFAULT) ? null : policy.needFollow() ? YES : NO;
    }

    private static UserSettings readSettings(UserEntity row) {
        String json = row.settingsJson == null ? "" : row.settingsJson;
        return new UserSettings(json, new ChatSettings(policy(row.chatVisitorSendCount, row.chatVisitorNeedFollow),
                policy(row.chatUserSendCount, row.chatUserNeedFollow)));
    }

    /** Anything but a complete, valid pair reads as the default, never as more permissive (API.md j.3, G-S4). */
    private static SendPolicy policy(Short sendCount, Short needFollow) {
        if (sendCount == null || needFollow == null || !SendPolicy.isValidSendCount(sendCount)) {
            return SendPolicy.DEFAULT;
        }
        return new SendPolicy(sendCount, needFollow != NO);
    }

    private static void writeInfo(UserInfo info, UserInfoEntity row) {
        row.gender = info.gender().wireName();
        row.birthday = info.birthday();
        row.bio = info.bio();
        row.location = info.location();
        row.website = info.website();
    }

    private static UserInfo readInfo(UserInfoEntity row) {
        Gender gender = row.gender == null ? Gender.UNKNOWN
                : Gender.valueOf(row.gender.toUpperCase(Locale.ROOT));
        return new UserInfo(row.id, gender, row.birthday, row.bio, row.location, row.website);
    }
}
