package io.parley.chat.application.port.in;

/** #18: sets both visibility flags of my entry for a contact I do not block; {@code NOT_FRIENDS} otherwise (j.10). */
public interface SetFriendVisibilityUseCase {
    void setVisibility(FriendVisibilityCommand command);
}
