package io.parley.chat.domain.session;

import java.util.Objects;

/** Names one login. A user has at most one live session; its id travels inside the token (API.md j.2). */
public record SessionId(String value) {
    public SessionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a session id is 1 to 64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
