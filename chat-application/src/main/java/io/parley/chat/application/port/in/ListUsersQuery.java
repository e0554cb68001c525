package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** A page of one of my user lists (follows, fans, blocks). */
public record ListUsersQuery(UserId owner, PageRequest page) {
    public static final int DEFAULT_LIMIT = 30;
    public static final int MAX_LIMIT = 100;

    public ListUsersQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(page, "page");
    }
}
