package io.parley.chat.domain.user;

import java.time.LocalDate;

/** The optional profile of a user (table {@code user_info}, one row per user, API.md b.2). */
public record UserInfo(Long id, Gender gender, LocalDate birthday, String bio, String location, String website) {
    public static final UserInfo EMPTY = new UserInfo(null, Gender.UNKNOWN, null, null, null, null);

    public UserInfo {
        gender = gender == null ? Gender.UNKNOWN : gender;
    }
}
