package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;

/** A user in a list (follows, fans, blocks): {@code {id, uuid, username, nickname, avatar, role}} (API.md j.9). */
public record UserSummary(UserId id, String uuid, String username, String nickname, String avatar, Role role) {
    public static UserSummary of(User user) {
        return new UserSummary(user.id(), user.uuid(), user.username().value(), user.nickname(), user.avatar(),
                user.role());
    }
}
