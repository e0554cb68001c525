package io.parley.chat.application.service;

import io.parley.chat.application.port.in.ListBlockedUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.domain.shared.Page;

/** Whom the user blocks, most recent first. */
final class ListBlockedService implements ListBlockedUseCase {
    private final BlockPort blocks;

    ListBlockedService(BlockPort blocks) {
        this.blocks = blocks;
    }

    @Override
    public Page<UserSummary> blocked(ListUsersQuery query) {
        return UserSummaries.of(blocks.blockedBy(query.owner(), query.page()));
    }
}
