package io.parley.chat.application.port.in;

import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.JoinPolicy;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** #28: {@code group_id}, {@code addGroupSet} 0–10. */
public record SetJoinPolicyCommand(UserId actor, GroupId group, JoinPolicy policy) {
    public SetJoinPolicyCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(policy, "policy");
    }

    public static SetJoinPolicyCommand of(UserId actor, String groupId, String addGroupSet) {
        return new SetJoinPolicyCommand(actor, GroupId.of(Numbers.positive("group_id", groupId)),
                new JoinPolicy((int) Math.min(Numbers.atLeastZero("addGroupSet", addGroupSet), JoinPolicy.MAX + 1)));
    }
}
