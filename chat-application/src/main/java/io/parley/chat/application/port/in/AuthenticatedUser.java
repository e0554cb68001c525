package io.parley.chat.application.port.in;

import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.UserId;

/**
 * The caller of a request or connection, once its token is checked. {@code tokenRole} decides what the caller may
 * call (the visitor allow-list); the stored role ({@code account.role()}) decides the messaging rules (API.md j.2).
 */
public record AuthenticatedUser(AccountView account, Role tokenRole, SessionId sessionId) {
    public UserId id() {
        return account.id();
    }

    public boolean actsAsVisitor() {
        return tokenRole == Role.VISITOR;
    }
}
