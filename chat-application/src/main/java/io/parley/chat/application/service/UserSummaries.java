package io.parley.chat.application.service;

import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.user.User;

/** A page of users as the lists show them. */
final class UserSummaries {
    private UserSummaries() {
    }

    static Page<UserSummary> of(Page<User> users) {
        return new Page<>(users.count(), users.rows().stream().map(UserSummary::of).toList());
    }
}
