package io.parley.chat.adapter.ws;

import io.parley.chat.application.port.out.CloseConnectionsPort;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * This node's live sockets: at most one per user (the single-device rule, API.md d.2). A new socket replaces the
 * old one, which hears {@code force_logout} and closes with 4002. Removal is compare-and-remove (G-W1): the late
 * close of a replaced socket never unregisters its successor.
 *
 * <p>Delivery will look up the socket here and write through its {@link ChatConnection}, the one writer of that
 * socket.
 */
public final class LocalConnections implements CloseConnectionsPort {
    private final ConcurrentMap<UserId, ChatConnection> byUser = new ConcurrentHashMap<>();

    public LocalConnections() {
        // the registry starts empty; sockets register themselves once authenticated
    }

    /** Ends the user's socket on this node, if any; returns at once while the close frame is on its way. */
    @Override
    public void closeAll(UserId user, DisconnectReason reason) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reason, "reason");
        ChatConnection current = byUser.get(user);
        if (current != null && byUser.remove(user, current)) {
            current.disconnect(reason);
        }
    }

    /** Makes {@code connection} its user's socket and kicks whichever socket it replaces. */
    void register(ChatConnection connection) {
        ChatConnection replaced = byUser.put(connection.user(), connection);
        if (replaced != null && replaced != connection) {
            replaced.disconnect(DisconnectReason.REPLACED);
        }
    }

    /** Forgets {@code connection} only if it is still its user's socket. */
    void unregister(ChatConnection connection) {
        byUser.remove(connection.user(), connection);
    }

    /** A snapshot, safe to walk while sockets come and go. */
    List<ChatConnection> live() {
        return List.copyOf(byUser.values());
    }
}
