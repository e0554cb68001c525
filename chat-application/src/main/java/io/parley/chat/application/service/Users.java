package io.parley.chat.application.service;

import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;

/** Loading a user who must exist (the authenticated caller, whose row may have gone since). */
final class Users {
    private Users() {
    }

    static User existing(LoadUserPort users, UserId id) {
        return users.byId(id).orElseThrow(() -> new DomainException(ReasonCode.USER_NOT_FOUND));
    }
}
