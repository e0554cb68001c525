package io.parley.chat.application.service;

import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.ToggleStarUseCase;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;

/** #17: the flag is read and written back, so two toggles at once may cancel out: the client shows the result. */
final class ToggleStarService implements ToggleStarUseCase {
    private final FriendshipPort friendships;
    private final BlockPort blocks;

    ToggleStarService(FriendshipPort friendships, BlockPort blocks) {
        this.friendships = friendships;
        this.blocks = blocks;
    }

    @Override
    public void toggleStar(RelationCommand command) {
        RelationTargets.notSelf(command);
        if (!friendships.update(Contacts.unblockedEntry(friendships, blocks, command).withStarToggled())) {
            // unfriended between the read and the write
            throw new DomainException(ReasonCode.NOT_FRIENDS);
        }
    }
}
