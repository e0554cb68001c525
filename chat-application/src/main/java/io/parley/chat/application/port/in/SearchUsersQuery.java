package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** #7: users whose username contains {@code keyword} (1–50 characters), one page of them. */
public record SearchUsersQuery(UserId caller, String keyword, PageRequest page) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public SearchUsersQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(page, "page");
        Ensure.length("keyword", keyword == null ? null : keyword.trim(), 1, 50);
        keyword = keyword.trim();
    }
}
