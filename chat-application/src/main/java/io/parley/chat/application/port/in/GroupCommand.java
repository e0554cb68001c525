package io.parley.chat.application.port.in;

import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** Something the caller does with or asks of one group ({@code id} / {@code group_id}). */
public record GroupCommand(UserId caller, GroupId group) {
    public GroupCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(group, "group");
    }

    /** From the raw parameter, named as the endpoint names it. */
    public static GroupCommand of(UserId caller, String field, String groupId) {
        return new GroupCommand(caller, GroupId.of(Numbers.positive(field, groupId)));
    }
}
