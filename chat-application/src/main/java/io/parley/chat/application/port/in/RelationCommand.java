package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** The caller acting on another user: follow, unfollow, block, unblock, #16, #19 ({@code :id} in the path). */
public record RelationCommand(UserId actor, UserId target) {
    public RelationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    public static RelationCommand of(UserId actor, String targetId) {
        Ensure.present("id", targetId);
        try {
            return new RelationCommand(actor, UserId.of(Ensure.range("id", Long.parseLong(targetId.trim()), 1,
                    Long.MAX_VALUE)));
        } catch (NumberFormatException notANumber) {
            throw new ValidationException("id", Problem.NOT_INTEGER);
        }
    }
}
