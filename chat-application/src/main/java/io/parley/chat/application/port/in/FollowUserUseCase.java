package io.parley.chat.application.port.in;

/**
 * Follow another user (visitors may). Following opens the conversation for the followed user for good: the
 * one-message rule no longer applies to their messages to the follower. Self: {@code SELF_NOT_ALLOWED}; unknown or
 * disabled target: {@code USER_NOT_FOUND}. Following twice changes nothing.
 */
public interface FollowUserUseCase {
    void follow(RelationCommand command);
}
