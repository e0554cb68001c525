package io.parley.chat.application.service;

import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.ToggleBlacklistUseCase;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;

/** #16: the seed's black-list switch on a contact, kept on the block relation that exists without friendship too. */
final class ToggleBlacklistService implements ToggleBlacklistUseCase {
    private final FriendshipPort friendships;
    private final BlockPort blocks;

    ToggleBlacklistService(FriendshipPort friendships, BlockPort blocks) {
        this.friendships = friendships;
        this.blocks = blocks;
    }

    @Override
    public boolean toggleBlacklist(RelationCommand command) {
        RelationTargets.notSelf(command);
        friendships.entry(command.actor(), command.target())
                .orElseThrow(() -> new DomainException(ReasonCode.NOT_FRIENDS));
        if (blocks.unblock(command.actor(), command.target())) {
            return false;
        }
        blocks.block(command.actor(), command.target());
        return true;
    }
}
