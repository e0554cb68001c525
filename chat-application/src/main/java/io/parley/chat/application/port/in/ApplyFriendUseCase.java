package io.parley.chat.application.port.in;

/**
 * #11: stores a pending friend request and tells the target (N-1). Refused to oneself ({@code SELF_NOT_ALLOWED}), to
 * a missing, disabled or visitor user ({@code USER_NOT_FOUND}), between friends ({@code ALREADY_FRIENDS}), and while a
 * request between the two is pending either way ({@code REQUEST_PENDING}).
 */
public interface ApplyFriendUseCase {
    void apply(ApplyFriendCommand command);
}
