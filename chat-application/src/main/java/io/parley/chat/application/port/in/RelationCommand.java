package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** The caller acting on another user: follow, block, the contact endpoints ({@code :id} in the path), #40. */
public record RelationCommand(UserId actor, UserId target) {
    public RelationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    public static RelationCommand of(UserId actor, String targetId) {
        return of(actor, "id", targetId);
    }

    /** With the target's id under another parameter name ({@code userid} of #40). */
    public static RelationCommand of(UserId actor, String field, String targetId) {
        return new RelationCommand(actor, UserId.of(Numbers.positive(field, targetId)));
    }
}
