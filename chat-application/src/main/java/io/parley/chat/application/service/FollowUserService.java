package io.parley.chat.application.service;

import io.parley.chat.application.port.in.FollowUserUseCase;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.out.FollowPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.MessageStorePort;

final class FollowUserService implements FollowUserUseCase {
    private final LoadUserPort users;
    private final FollowPort follows;
    private final MessageStorePort messages;

    FollowUserService(LoadUserPort users, FollowPort follows, MessageStorePort messages) {
        this.users = users;
        this.follows = follows;
        this.messages = messages;
    }

    @Override
    public void follow(RelationCommand command) {
        RelationTargets.notSelf(command);
        RelationTargets.available(users, command);
        follows.follow(command.actor(), command.target());
        // the followed user may now write freely to the follower, even after an unfollow (API.md j.9); done on
        // every follow, not only a new one, so that a retry completes what a failure in between left half done
        messages.openConversationFor(command.target(), command.actor());
    }
}
