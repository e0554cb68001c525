package io.parley.chat.domain.relation;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;

/** What every relation between two users requires, whatever its kind (follow, block, contact). */
public final class RelationRules {
    private RelationRules() {
    }

    /** One does not follow, block or befriend oneself: {@code SELF_NOT_ALLOWED}. */
    public static void requireTwoUsers(UserId actor, UserId target) {
        if (actor.equals(target)) {
            throw new DomainException(ReasonCode.SELF_NOT_ALLOWED);
        }
    }
}
