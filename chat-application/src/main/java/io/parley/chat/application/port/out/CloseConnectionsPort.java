package io.parley.chat.application.port.out;

import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;

/**
 * Ends a user's live connections (WebSocket) on this node for a reason. Returns at once; closing may finish later.
 * Other nodes' connections are reached through presence and the bus, whose arrivals end up here on their node.
 */
public interface CloseConnectionsPort {
    /** Ends every connection of the user on this node. */
    void closeAll(UserId user, DisconnectReason reason);

    /**
     * Ends the user's connection on this node only if it is still this one ({@code PresencePort.Location}'s
     * connection name): a request that arrives after the user connected anew must not close the new connection.
     */
    void close(UserId user, String connection, DisconnectReason reason);
}
