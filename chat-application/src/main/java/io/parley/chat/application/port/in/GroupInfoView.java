package io.parley.chat.application.port.in;

import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupMember;
import java.util.List;
import java.util.Objects;

/** #24: a group and its active members, each with who they are. */
public record GroupInfoView(Group group, List<MemberView> members) {
    public GroupInfoView {
        Objects.requireNonNull(group, "group");
        members = List.copyOf(members);
    }

    /** A member row and its user. */
    public record MemberView(GroupMember membership, UserSummary user) {
        public MemberView {
            Objects.requireNonNull(membership, "membership");
            Objects.requireNonNull(user, "user");
        }
    }
}
