package io.parley.chat.application.port.in;

/**
 * #38: ends the friendship both ways and forgets every request between the two, so either may ask again; nobody is
 * told. {@code NOT_FRIENDS} when that user is not in my contacts.
 */
public interface DeleteFriendUseCase {
    void deleteFriend(RelationCommand command);
}
