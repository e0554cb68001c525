package io.parley.chat.domain.user;

/** Whether an administrator has disabled the account (column {@code user.status}: 1 enabled, 0 disabled). */
public enum UserStatus {
    DISABLED(0),
    ENABLED(1);

    private final int code;

    UserStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Any value but 1 (0 disabled, 2 locked in the seed's table) keeps the user out. */
    public static UserStatus fromCode(int code) {
        return code == 1 ? ENABLED : DISABLED;
    }
}
