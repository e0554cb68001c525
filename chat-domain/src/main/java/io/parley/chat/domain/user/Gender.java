package io.parley.chat.domain.user;

/** {@code user_info.gender}. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
