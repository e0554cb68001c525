package io.parley.chat.application.service;

import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.relation.RelationRules;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;

/** The checks every action on another user shares: not on oneself; a relation is only made to someone there. */
final class RelationTargets {
    private RelationTargets() {
    }

    /** One does not follow, block or befriend oneself (the domain's rule). */
    static RelationCommand notSelf(RelationCommand command) {
        RelationRules.requireTwoUsers(command.actor(), command.target());
        return command;
    }

    /** The target of a new relation: an enabled user, else {@code USER_NOT_FOUND}. */
    static User available(LoadUserPort users, RelationCommand command) {
        return users.byId(command.target())
                .filter(User::isEnabled)
                .orElseThrow(() -> new DomainException(ReasonCode.USER_NOT_FOUND));
    }
}
