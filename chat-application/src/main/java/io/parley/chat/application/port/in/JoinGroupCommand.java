package io.parley.chat.application.port.in;

import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/**
 * #30: {@code user_id} joins {@code group_id}, invited by the caller or by themself (then {@code user_id} is the
 * caller); {@code inviteuser_id} optional (≤ 0 or absent: none; otherwise it must be the caller);
 * {@code addGroupDesc} optional, at most 500 characters, shown to the owner.
 */
public record JoinGroupCommand(UserId caller, GroupId group, UserId joiner, long inviterId, String description) {
    public static final int MAX_DESCRIPTION = 500;

    public JoinGroupCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(joiner, "joiner");
        Ensure.atMost("addGroupDesc", description, MAX_DESCRIPTION);
        description = description == null ? "" : description;
    }

    public static JoinGroupCommand of(UserId caller, String groupId, String userId, String inviteUserId,
            String description) {
        long inviter = inviteUserId == null || inviteUserId.isBlank() ? 0 : parseSigned(inviteUserId);
        return new JoinGroupCommand(caller, GroupId.of(Numbers.positive("group_id", groupId)),
                UserId.of(Numbers.positive("user_id", userId)), inviter, description);
    }

    /** The seed's client sends −1 for "nobody invites". */
    private static long parseSigned(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new ValidationException("inviteuser_id", Problem.NOT_INTEGER);
        }
    }
}
