package io.parley.chat.application.service;

import io.parley.chat.application.port.in.FriendRequestsPage;
import io.parley.chat.application.port.in.ListFriendRequestsUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.application.port.out.FriendRequestPort;
import java.util.List;

/** #12: the page counts every status, {@code pendingCount} only the requests still waiting for me. */
final class ListFriendRequestsService implements ListFriendRequestsUseCase {
    private final FriendRequestPort friendRequests;

    ListFriendRequestsService(FriendRequestPort friendRequests) {
        this.friendRequests = friendRequests;
    }

    @Override
    public FriendRequestsPage requests(ListUsersQuery query) {
        List<FriendRequestsPage.Row> rows = friendRequests.addressedTo(query.owner(), query.page()).rows().stream()
                .map(received -> new FriendRequestsPage.Row(received.request(), UserSummary.of(received.applicant())))
                .toList();
        return new FriendRequestsPage(rows, friendRequests.pendingCountFor(query.owner()));
    }
}
