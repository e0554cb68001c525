package io.parley.chat.application.service;

import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.in.LogoutUseCase;
import io.parley.chat.application.port.out.CloseConnectionsPort;
import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.domain.session.DisconnectReason;

final class LogoutService implements LogoutUseCase {
    private final SessionStorePort sessions;
    private final CloseConnectionsPort connections;

    LogoutService(SessionStorePort sessions, CloseConnectionsPort connections) {
        this.sessions = sessions;
        this.connections = connections;
    }

    @Override
    public void logout(AuthenticatedUser caller) {
        sessions.remove(caller.id(), caller.sessionId());
        connections.closeAll(caller.id(), DisconnectReason.LOGGED_OUT);
    }
}
