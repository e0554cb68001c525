package io.parley.chat.application.port.in;

/**
 * #41: befriends a user who accepts friends without approval ({@code invite_confirm} 0; otherwise
 * {@code APPROVAL_REQUIRED}), with the checks of #11; the request is stored as agreed and both hear N-2.
 */
public interface AutoAddFriendUseCase {
    void autoAdd(ApplyFriendCommand command);
}
