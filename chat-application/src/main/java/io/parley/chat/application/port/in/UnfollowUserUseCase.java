package io.parley.chat.application.port.in;

/** Stop following; the conversation stays open for the other user (API.md j.9). */
public interface UnfollowUserUseCase {
    void unfollow(RelationCommand command);
}
