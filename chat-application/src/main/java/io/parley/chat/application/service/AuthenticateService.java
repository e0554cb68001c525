package io.parley.chat.application.service;

import io.parley.chat.application.port.in.AccountView;
import io.parley.chat.application.port.in.AuthenticateUseCase;
import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.application.port.out.TokenCodecPort;
import io.parley.chat.domain.session.TokenClaims;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;

final class AuthenticateService implements AuthenticateUseCase {
    private final TokenCodecPort tokens;
    private final LoadUserPort loadUsers;
    private final SessionStorePort sessions;

    AuthenticateService(TokenCodecPort tokens, LoadUserPort loadUsers, SessionStorePort sessions) {
        this.tokens = tokens;
        this.loadUsers = loadUsers;
        this.sessions = sessions;
    }

    @Override
    public AuthenticatedUser authenticate(String token) {
        if (token == null || token.isBlank()) {
            throw new DomainException(ReasonCode.TOKEN_MISSING);
        }
        TokenClaims claims = tokens.verify(token.trim());
        User user = loadUsers.byId(claims.userId())
                .orElseThrow(() -> new DomainException(ReasonCode.USER_NOT_FOUND));
        // the status before the session: a disabled user hears why, even with a revoked token (API.md j.10)
        if (!user.isEnabled()) {
            throw new DomainException(ReasonCode.USER_DISABLED);
        }
        boolean live = sessions.current(user.id()).map(claims.sessionId()::equals).orElse(false);
        if (!live) {
            throw new DomainException(ReasonCode.TOKEN_INVALID);
        }
        return new AuthenticatedUser(AccountView.of(user), claims.role(), claims.sessionId());
    }
}
