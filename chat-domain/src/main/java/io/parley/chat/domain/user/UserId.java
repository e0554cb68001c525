package io.parley.chat.domain.user;

/** The internal numeric id of a chat user (column {@code user.id}). */
public record UserId(long value) {
    public UserId {
        if (value < 1) {
            throw new IllegalArgumentException("user ids start at 1: " + value);
        }
    }

    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
