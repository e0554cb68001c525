package io.parley.chat.application.service;

import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.UnfollowUserUseCase;
import io.parley.chat.application.port.out.FollowPort;

/** Ends a follow, whoever the other user is now; the conversation stays open for them (API.md j.9). */
final class UnfollowUserService implements UnfollowUserUseCase {
    private final FollowPort follows;

    UnfollowUserService(FollowPort follows) {
        this.follows = follows;
    }

    @Override
    public void unfollow(RelationCommand command) {
        RelationTargets.notSelf(command);
        follows.unfollow(command.actor(), command.target());
    }
}
