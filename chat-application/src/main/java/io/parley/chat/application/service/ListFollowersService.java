package io.parley.chat.application.service;

import io.parley.chat.application.port.in.ListFollowersUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.application.port.out.FollowPort;
import io.parley.chat.domain.shared.Page;

/** Who follows the user, most recent first. */
final class ListFollowersService implements ListFollowersUseCase {
    private final FollowPort follows;

    ListFollowersService(FollowPort follows) {
        this.follows = follows;
    }

    @Override
    public Page<UserSummary> followers(ListUsersQuery query) {
        return UserSummaries.of(follows.followers(query.owner(), query.page()));
    }
}
