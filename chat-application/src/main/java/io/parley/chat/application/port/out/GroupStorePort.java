package io.parley.chat.application.port.out;

import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Groups ({@code group}, API.md b.5) and their members ({@code group_user}, b.6): one row per group and user. */
public interface GroupStorePort {
    /**
     * #22: the group and its first members, all active, in ONE transaction. The owner is the first row whether or not
     * {@code members} names them; a user named twice gets one row.
     */
    Group create(NewGroup group, List<UserId> members);

    Optional<Group> byId(GroupId id);

    /** Stores the name, avatar, announcement, join policy and status of an existing group. */
    void update(Group group);

    Optional<GroupMember> membership(GroupId group, UserId user);

    /** Every member row of the group, whatever its status, with its user, in the order they joined. */
    List<Member> members(GroupId group);

    /** Every member row — active, muted and pending: what the member limit counts. */
    int countMembers(GroupId group);

    /**
     * #23: the groups that are not dissolved where the user is a member (active or muted), newest first, each with the
     * user's own row.
     */
    Page<Listing> groupsOf(UserId user, PageRequest page);

    /**
     * #30: adds a member in ONE transaction, under a lock on the group, unless the group would then hold more than
     * {@code maxMembers} member rows ({@code DomainException(GROUP_FULL)}); a row for that user already
     * there refuses with {@code ALREADY_MEMBER}, or {@code JOIN_PENDING} when it is pending. Concurrent joins never
     * pass the limit and never make two rows for one user.
     */
    GroupMember addMember(GroupMember member, int maxMembers);

    /** Stores the status and nickname of an existing member row; false when there is none. */
    boolean updateMember(GroupMember member);

    /** Removes the user's row; false when there was none. */
    boolean removeMember(GroupId group, UserId user);

    /** A group about to be created. */
    record NewGroup(String uuid, UserId owner, String name, String avatar, Instant at) {
        public NewGroup {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(avatar, "avatar");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A member row and its user. */
    record Member(GroupMember membership, User user) {
        public Member {
            Objects.requireNonNull(membership, "membership");
            Objects.requireNonNull(user, "user");
        }

        /** The member's name in the group: group nickname, else nickname, else username. */
        public String displayName() {
            return membership.nickname().isEmpty() ? user.displayName() : membership.nickname();
        }

        /** The member's avatar in the group: group avatar, else their own. */
        public String avatar() {
            return membership.avatar().isEmpty() ? user.avatar() : membership.avatar();
        }
    }

    /** One of a user's groups, with the user's row in it. */
    record Listing(Group group, GroupMember mine) {
        public Listing {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(mine, "mine");
        }
    }
}
