package io.parley.chat.application.service;

import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.in.LogoutUseCase;
import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.domain.session.DisconnectReason;

final class LogoutService implements LogoutUseCase {
    private final SessionStorePort sessions;
    private final ConnectionsEverywhere connections;

    LogoutService(SessionStorePort sessions, ConnectionsEverywhere connections) {
        this.sessions = sessions;
        this.connections = connections;
    }

    @Override
    public void logout(AuthenticatedUser caller) {
        // a logout authenticated just before a new login of the same user must not close the newer session's
        // sockets: those belong to the newer login, and the older ones were closed as REPLACED already
        if (sessions.remove(caller.id(), caller.sessionId())) {
            connections.closeAll(caller.id(), DisconnectReason.LOGGED_OUT);
        }
    }
}
