package io.parley.chat.application.service;

import io.parley.chat.application.port.in.FriendView;
import io.parley.chat.application.port.in.ListFriendsUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.application.port.out.FriendshipPort;
import java.util.List;

/**
 * #14: the page is cut here, from the whole list, because the list is read whole anyway: the seed's clients ask
 * for everything at once (default 2000) to group it by initial.
 */
final class ListFriendsService implements ListFriendsUseCase {
    private final FriendshipPort friendships;

    ListFriendsService(FriendshipPort friendships) {
        this.friendships = friendships;
    }

    @Override
    public List<FriendView> friends(ListUsersQuery query) {
        return friendships.contactsOf(query.owner()).stream()
                .skip(query.page().offset())
                .limit(query.page().limit())
                .map(contact -> new FriendView(contact.entry(), UserSummary.of(contact.friend()), contact.blocked()))
                .toList();
    }
}
