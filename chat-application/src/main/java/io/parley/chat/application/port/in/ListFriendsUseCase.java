package io.parley.chat.application.port.in;

import java.util.List;

/**
 * #14: my contacts whose accounts are enabled (disabled ones are left out), blocked ones flagged, one page of them in
 * the order they became contacts ({@code limit} default 2000). Grouping by initial is the caller's presentation.
 */
public interface ListFriendsUseCase {
    int DEFAULT_LIMIT = 2000;
    int MAX_LIMIT = 5000;

    List<FriendView> friends(ListUsersQuery query);
}
