package io.parley.chat.application.service;

import io.parley.chat.application.port.in.UserConnectedUseCase;
import io.parley.chat.application.port.in.UserDisconnectedUseCase;
import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/**
 * Keeps presence in step with this node's connections, and brings a new connection what waited for it. Presence
 * trouble never costs the connection its messages: this node pushes to its own connections whatever presence says.
 */
final class ConnectionPresence implements UserConnectedUseCase, UserDisconnectedUseCase {
    private static final System.Logger LOG = System.getLogger(ConnectionPresence.class.getName());

    private final String node;
    private final PresencePort presence;
    private final DeliverPendingService pending;

    ConnectionPresence(String node, PresencePort presence, DeliverPendingService pending) {
        this.node = node;
        this.presence = presence;
        this.pending = pending;
    }

    @Override
    public int connected(UserId user, String connection) {
        PresencePort.Location here = location(connection);
        try {
            presence.arrived(user, here);
        } catch (RuntimeException unrecorded) {
            LOG.log(System.Logger.Level.WARNING, "presence of user " + user + " at " + here + " not recorded; other"
                    + " nodes' messages for them wait in the inbox", unrecorded);
        }
        // after arriving, so that a message stored meanwhile is either forwarded here or read from the inbox now
        return pending.deliverHere(user);
    }

    @Override
    public void disconnected(UserId user, String connection) {
        PresencePort.Location here = location(connection);
        try {
            presence.left(user, here);
        } catch (RuntimeException unrecorded) {
            // other nodes will forward to a connection that is gone; this node turns those down, the inbox keeps them
            LOG.log(System.Logger.Level.WARNING, "departure of user " + user + " from " + here + " not recorded",
                    unrecorded);
        }
    }

    private PresencePort.Location location(String connection) {
        return new PresencePort.Location(node, Objects.requireNonNull(connection, "connection"));
    }
}
