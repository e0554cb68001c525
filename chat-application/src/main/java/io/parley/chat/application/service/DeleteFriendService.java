package io.parley.chat.application.service;

import io.parley.chat.application.port.in.DeleteFriendUseCase;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.out.FriendshipPort;

/**
 * #38: my entry is looked for first, so that a caller who is not my friend cannot remove the entry the other one
 * still keeps of them. A block survives: it is a relation of its own.
 */
final class DeleteFriendService implements DeleteFriendUseCase {
    private final FriendshipPort friendships;

    DeleteFriendService(FriendshipPort friendships) {
        this.friendships = friendships;
    }

    @Override
    public void deleteFriend(RelationCommand command) {
        RelationTargets.notSelf(command);
        Contacts.entry(friendships, command);
        friendships.unfriend(command.actor(), command.target());
    }
}
