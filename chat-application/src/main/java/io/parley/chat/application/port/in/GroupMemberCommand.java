package io.parley.chat.application.port.in;

import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** The owner acting on one member: kick (#27), approve or reject (#29), mute. */
public record GroupMemberCommand(UserId actor, GroupId group, UserId member) {
    public GroupMemberCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
    }

    /** From {@code group_id} and {@code user_id}. */
    public static GroupMemberCommand of(UserId actor, String groupId, String userId) {
        return new GroupMemberCommand(actor, GroupId.of(Numbers.positive("group_id", groupId)),
                UserId.of(Numbers.positive("user_id", userId)));
    }
}
