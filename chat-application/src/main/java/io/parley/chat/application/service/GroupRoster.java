package io.parley.chat.application.service;

import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.GroupStorePort.Member;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * A group with every member row and its user, read once for an action: the facts the rules look at, the names
 * notices carry, and who hears them.
 */
record GroupRoster(Group group, List<Member> rows) {
    GroupRoster {
        rows = List.copyOf(rows);
    }

    /** The group and its rows; an unknown group is {@code GROUP_NOT_FOUND}. */
    static GroupRoster load(GroupStorePort groups, GroupId id) {
        Group group = existing(groups, id);
        return new GroupRoster(group, groups.members(id));
    }

    /** The group alone, for actions that need no member but the caller's row. */
    static Group existing(GroupStorePort groups, GroupId id) {
        return groups.byId(id).orElseThrow(() -> new DomainException(ReasonCode.GROUP_NOT_FOUND));
    }

    Optional<Member> row(UserId user) {
        return rows.stream().filter(row -> row.user().id().equals(user)).findFirst();
    }

    Optional<GroupMember> membership(UserId user) {
        return row(user).map(Member::membership);
    }

    /** The user's name in the group: their group nickname, else their own name (also for someone without a row). */
    String nameOf(User user) {
        return row(user.id()).map(Member::displayName).orElseGet(user::displayName);
    }

    /** The user's avatar in the group: their group avatar, else their own. */
    String avatarOf(User user) {
        return row(user.id()).map(Member::avatar).orElseGet(user::avatar);
    }

    /** Every row, pending ones included. */
    List<UserId> everyRow() {
        return rows.stream().map(row -> row.user().id()).toList();
    }

    /** The members in every sense but sending (active and muted), not those still waiting for the owner. */
    List<Member> members() {
        return rows.stream().filter(row -> row.membership().isMember()).toList();
    }

    List<UserId> memberIds() {
        return members().stream().map(row -> row.user().id()).toList();
    }
}
