package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.User;
import java.util.Objects;

/**
 * #40: what a client needs before asking someone to be friends: their settings and join policy, and whether they have
 * me in their contacts ({@code isgoodfriend}) and that entry is usable — not blocked, account enabled
 * ({@code isgoodfriend_status}).
 */
public record UserSetInfoView(User target, boolean theyHaveMe, boolean theirEntryUsable) {
    public UserSetInfoView {
        Objects.requireNonNull(target, "target");
    }
}
