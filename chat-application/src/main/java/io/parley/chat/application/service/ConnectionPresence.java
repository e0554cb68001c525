package io.parley.chat.application.service;

import io.parley.chat.application.port.in.UserConnectedUseCase;
import io.parley.chat.application.port.in.UserDisconnectedUseCase;
import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps presence in step with this node's connections, kicks the connection a new one replaces on another node
 * (single-device rule across nodes, API.md j.5), and brings a new connection what waited for it. Presence or bus
 * trouble never costs the connection its messages nor fails the connect: this node pushes to its own connections
 * whatever presence says.
 */
final class ConnectionPresence implements UserConnectedUseCase, UserDisconnectedUseCase {
    private static final System.Logger LOG = System.getLogger(ConnectionPresence.class.getName());

    private final String node;
    private final PresencePort presence;
    private final DeliverPendingService pending;
    private final OtherNodes otherNodes;
    private final ConnectedHere connectedHere;

    ConnectionPresence(String node, PresencePort presence, DeliverPendingService pending, OtherNodes otherNodes,
            ConnectedHere connectedHere) {
        this.node = node;
        this.presence = presence;
        this.pending = pending;
        this.otherNodes = otherNodes;
        this.connectedHere = connectedHere;
    }

    @Override
    public int connected(UserId user, String connection) {
        PresencePort.Location here = location(connection);
        connectedHere.arrived(user, connection);
        Optional<PresencePort.Location> replaced = Optional.empty();
        try {
            replaced = presence.arrived(user, here);
        } catch (RuntimeException unrecorded) {
            LOG.log(System.Logger.Level.WARNING, "presence of user " + user + " at " + here + " not recorded; other"
                    + " nodes' messages for them wait in the inbox", unrecorded);
        }
        // one on this node was replaced by this node's registry already; the compare-and-remove of presence keeps
        // the replaced connection's late close from forgetting this one
        replaced.filter(previous -> !previous.equals(here))
                .ifPresent(previous -> otherNodes.closeReplaced(user, previous));
        // after arriving, so that a message stored meanwhile is either forwarded here or read from the inbox now
        return pending.deliverHere(user);
    }

    @Override
    public void disconnected(UserId user, String connection) {
        PresencePort.Location here = location(connection);
        connectedHere.left(user, connection);
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
