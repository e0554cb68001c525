package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.GroupStorePort.NewGroup;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.group.JoinPolicy;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;

/** Turns group and member rows into domain groups and members and back. Times are kept to the millisecond. */
final class GroupMapper {
    private GroupMapper() {
    }

    static GroupEntity newGroup(NewGroup group) {
        GroupEntity row = new GroupEntity();
        row.uuid = group.uuid();
        row.ownerId = group.owner().value();
        row.name = group.name();
        row.avatar = group.avatar();
        row.remark = "";
        row.inviteConfirm = (short) JoinPolicy.OPEN.value();
        row.status = (short) GroupStatus.ACTIVE.code();
        row.createTime = UserMapper.stored(group.at());
        row.updateTime = row.createTime;
        return row;
    }

    /** Copies what may change of a group (not its id, uuid, owner or creation) onto its row. */
    static void write(Group group, GroupEntity row, Instant at) {
        row.name = group.name();
        row.avatar = group.avatar();
        row.remark = group.announcement();
        row.inviteConfirm = (short) group.joinPolicy().value();
        row.status = (short) group.status().code();
        row.updateTime = UserMapper.stored(at);
    }

    static GroupMemberEntity newMember(GroupMember member) {
        GroupMemberEntity row = new GroupMemberEntity();
        row.groupId = member.group().value();
        row.userId = member.user().value();
        row.nickname = member.nickname();
        row.avatar = member.avatar();
        row.status = (short) member.status().code();
        row.joinTime = UserMapper.stored(member.joinedAt());
        row.updateTime = row.joinTime;
        return row;
    }

    /**
     * @throws IllegalStateException when the row holds what no group can hold (a hand-edited or corrupt row)
     */
    static Group toDomain(GroupEntity row) {
        try {
            return new Group(GroupId.of(row.id), row.uuid, UserId.of(row.ownerId), row.name, row.avatar, row.remark,
                    new JoinPolicy(row.inviteConfirm), GroupStatus.ofCode(row.status), row.createTime);
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("group " + row.id + " as stored cannot be read: "
                    + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * @throws IllegalStateException when the row holds what no member can hold (a hand-edited or corrupt row)
     */
    static GroupMember toDomain(GroupMemberEntity row) {
        try {
            return new GroupMember(GroupId.of(row.groupId), UserId.of(row.userId), row.nickname, row.avatar,
                    MemberStatus.ofCode(row.status), row.joinTime);
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("member row " + row.id + " as stored cannot be read: "
                    + unreadable.getMessage(), unreadable);
        }
    }
}
