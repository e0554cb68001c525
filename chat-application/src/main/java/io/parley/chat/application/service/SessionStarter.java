package io.parley.chat.application.service;

import io.parley.chat.application.port.in.AccountView;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.application.port.out.TokenCodecPort;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.session.TokenClaims;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import java.time.Duration;
import java.time.Instant;

/**
 * The login routine every way in ends with (#1, #2, #4–#6): a new session replaces the user's old one, so older
 * tokens stop working and the user's open sockets, on every node, are told {@code force_logout}; the login is recorded.
 */
final class SessionStarter {
    private final SessionStorePort sessions;
    private final TokenCodecPort tokens;
    private final SaveUserPort saveUsers;
    private final ConnectionsEverywhere connections;
    private final ClockPort clock;
    private final IdGeneratorPort ids;
    private final Duration tokenTtl;

    SessionStarter(SessionStorePort sessions, TokenCodecPort tokens, SaveUserPort saveUsers,
            ConnectionsEverywhere connections, ClockPort clock, IdGeneratorPort ids, Duration tokenTtl) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.saveUsers = saveUsers;
        this.connections = connections;
        this.clock = clock;
        this.ids = ids;
        this.tokenTtl = tokenTtl;
    }

    LoginResult start(User user, Role tokenRole, String clientAddress) {
        Instant now = clock.now();
        SessionId session = ids.newSessionId();
        User loggedIn = saveUsers.update(user.loggedIn(now, clientAddress));
        sessions.replace(user.id(), session, tokenTtl);
        connections.closeAll(user.id(), DisconnectReason.REPLACED);
        String token = tokens.issue(new TokenClaims(user.id(), tokenRole, session, now, now.plus(tokenTtl)));
        return new LoginResult(AccountView.of(loggedIn), token);
    }
}
