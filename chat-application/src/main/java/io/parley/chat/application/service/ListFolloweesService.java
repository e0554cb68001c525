package io.parley.chat.application.service;

import io.parley.chat.application.port.in.ListFolloweesUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.application.port.out.FollowPort;
import io.parley.chat.domain.shared.Page;

/** Whom the user follows, most recent first. */
final class ListFolloweesService implements ListFolloweesUseCase {
    private final FollowPort follows;

    ListFolloweesService(FollowPort follows) {
        this.follows = follows;
    }

    @Override
    public Page<UserSummary> followees(ListUsersQuery query) {
        return UserSummaries.of(follows.followees(query.owner(), query.page()));
    }
}
