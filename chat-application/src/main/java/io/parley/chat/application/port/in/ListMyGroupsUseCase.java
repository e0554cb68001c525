package io.parley.chat.application.port.in;

import java.util.List;

/** #23: the groups I am a member of that are not dissolved, newest first ({@code limit} default 30). */
public interface ListMyGroupsUseCase {
    int DEFAULT_LIMIT = 30;
    int MAX_LIMIT = 100;

    List<GroupListingView> myGroups(ListUsersQuery query);
}
