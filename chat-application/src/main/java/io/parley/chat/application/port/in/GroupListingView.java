package io.parley.chat.application.port.in;

import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupMember;
import java.util.Objects;

/** #23: one of my groups, with my own row in it. */
public record GroupListingView(Group group, GroupMember mine) {
    public GroupListingView {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(mine, "mine");
    }
}
