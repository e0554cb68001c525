package io.parley.chat.application.service;

import io.parley.chat.application.port.in.FriendVisibilityCommand;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.SetFriendVisibilityUseCase;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;

/** #18: stored for the clients that show them; nothing in Parley reads these flags (there are no moments). */
final class SetFriendVisibilityService implements SetFriendVisibilityUseCase {
    private final FriendshipPort friendships;
    private final BlockPort blocks;

    SetFriendVisibilityService(FriendshipPort friendships, BlockPort blocks) {
        this.friendships = friendships;
        this.blocks = blocks;
    }

    @Override
    public void setVisibility(FriendVisibilityCommand command) {
        RelationCommand pair = RelationTargets.notSelf(new RelationCommand(command.owner(), command.friend()));
        Friendship changed = Contacts.unblockedEntry(friendships, blocks, pair)
                .withVisibility(command.friendSeesMe(), command.iSeeFriend());
        if (!friendships.update(changed)) {
            // unfriended between the read and the write
            throw new DomainException(ReasonCode.NOT_FRIENDS);
        }
    }
}
