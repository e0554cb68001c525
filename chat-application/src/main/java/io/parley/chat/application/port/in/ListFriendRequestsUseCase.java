package io.parley.chat.application.port.in;

/** #12: the friend requests addressed to me, every status, newest first ({@code limit} default 10). */
public interface ListFriendRequestsUseCase {
    int DEFAULT_LIMIT = 10;
    int MAX_LIMIT = 100;

    FriendRequestsPage requests(ListUsersQuery query);
}
