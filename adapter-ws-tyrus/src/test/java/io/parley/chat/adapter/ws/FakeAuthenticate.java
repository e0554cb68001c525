package io.parley.chat.adapter.ws;

import io.parley.chat.application.port.in.AccountView;
import io.parley.chat.application.port.in.AuthenticateUseCase;
import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserStatus;

/**
 * Tokens whose text says how they fare: {@code user-<id>} is that user, {@code visitor-<id>} that visitor;
 * {@code expired}, {@code ghost},
 * {@code disabled} are refused like the real use case refuses them; {@code boom} fails unexpectedly; any other text
 * is invalid.
 */
final class FakeAuthenticate implements AuthenticateUseCase {
    static final String LEAKED_DETAIL = "jdbc:postgresql://db.internal/secret";

    @Override
    public AuthenticatedUser authenticate(String token) {
        if (token == null || token.isBlank()) {
            throw new DomainException(ReasonCode.TOKEN_MISSING);
        }
        switch (token) {
            case "expired":
                throw new DomainException(ReasonCode.TOKEN_EXPIRED);
            case "ghost":
                throw new DomainException(ReasonCode.USER_NOT_FOUND);
            case "disabled":
                throw new DomainException(ReasonCode.USER_DISABLED);
            case "boom":
                throw new IllegalStateException("database down at " + LEAKED_DETAIL);
            default:
                break;
        }
        if (token.matches("user-[1-9][0-9]*")) {
            long id = Long.parseLong(token.substring("user-".length()));
            return new AuthenticatedUser(account(id, Role.USER), Role.USER, new SessionId("session-" + id));
        }
        if (token.matches("visitor-[1-9][0-9]*")) {
            long id = Long.parseLong(token.substring("visitor-".length()));
            return new AuthenticatedUser(account(id, Role.VISITOR), Role.VISITOR, new SessionId("session-" + id));
        }
        throw new DomainException(ReasonCode.TOKEN_INVALID);
    }

    private static AccountView account(long id, Role role) {
        return new AccountView(UserId.of(id), "uuid-" + id, "user" + id, null, null, role, UserStatus.ENABLED,
                null, null, "{}", 0, null, null, null, null, null, null, null, null);
    }
}
