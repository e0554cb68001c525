package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserInfo;

/** What anyone may see of a user (API.md #8); {@code userset} lets clients pre-check the chat rules. */
public record PublicProfile(UserId id, String uuid, String username, String nickname, String avatar, Role role,
        String userset, UserInfo info) {

    public static PublicProfile of(User user) {
        return new PublicProfile(user.id(), user.uuid(), user.username().value(), user.nickname(), user.avatar(),
                user.role(), user.settings().json(), user.info());
    }
}
