package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GroupListingView;
import io.parley.chat.application.port.in.ListMyGroupsUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.out.GroupStorePort;
import java.util.List;

/** #23: a page of my groups as the store lists them. */
final class ListMyGroupsService implements ListMyGroupsUseCase {
    private final GroupStorePort groups;

    ListMyGroupsService(GroupStorePort groups) {
        this.groups = groups;
    }

    @Override
    public List<GroupListingView> myGroups(ListUsersQuery query) {
        return groups.groupsOf(query.owner(), query.page()).rows().stream()
                .map(listing -> new GroupListingView(listing.group(), listing.mine()))
                .toList();
    }
}
