package io.parley.chat.application.service;

import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.application.port.out.SaveUserPort.UniqueConflict;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.Username;

/**
 * Usernames are unique. The look-up gives the clear answer in the common case; the store's constraint decides
 * when two requests race for one name.
 */
final class UniqueNames {
    private UniqueNames() {
    }

    static void requireFree(LoadUserPort users, Username username) {
        if (users.byUsername(username.value()).isPresent()) {
            throw new DomainException(ReasonCode.USERNAME_TAKEN);
        }
    }

    static User create(SaveUserPort users, NewUser user) {
        try {
            return users.create(user);
        } catch (UniqueConflict conflict) {
            throw asReason(conflict);
        }
    }

    static User update(SaveUserPort users, User user) {
        try {
            return users.update(user);
        } catch (UniqueConflict conflict) {
            throw asReason(conflict);
        }
    }

    private static RuntimeException asReason(UniqueConflict conflict) {
        if (conflict.kind() == UniqueConflict.Kind.USERNAME) {
            return new DomainException(ReasonCode.USERNAME_TAKEN);
        }
        return conflict;
    }
}
