package io.parley.chat.application.port.in;

import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/**
 * A text the caller sets on a group: its name (#25, {@code name} 1–20), its announcement (#26, {@code remark}
 * 1–500), or the caller's own nickname in it (#31, {@code nickname} 1–20).
 */
public record GroupTextCommand(UserId caller, GroupId group, String text) {
    public GroupTextCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(text, "text");
    }

    public static GroupTextCommand name(UserId caller, String id, String name) {
        return of(caller, id, "name", name, Group.MAX_RENAME);
    }

    public static GroupTextCommand announcement(UserId caller, String id, String remark) {
        return of(caller, id, "remark", remark, Group.MAX_ANNOUNCEMENT);
    }

    public static GroupTextCommand nickname(UserId caller, String id, String nickname) {
        return of(caller, id, "nickname", nickname, GroupMember.MAX_NICKNAME);
    }

    private static GroupTextCommand of(UserId caller, String id, String field, String value, int max) {
        GroupId group = GroupId.of(Numbers.positive("id", id));
        String text = value == null ? null : value.trim();
        Ensure.length(field, text, 1, max);
        return new GroupTextCommand(caller, group, text);
    }
}
