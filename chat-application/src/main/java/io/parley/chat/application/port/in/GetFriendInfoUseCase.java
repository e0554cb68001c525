package io.parley.chat.application.port.in;

/** #15: my contact entry for that user ({@code :id} = their user id) with their profile; {@code NOT_FRIENDS} if none. */
public interface GetFriendInfoUseCase {
    FriendInfoView friendInfo(RelationCommand command);
}
