package io.parley.chat.application.port.out;

import io.parley.chat.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each user's live connection is: which node holds it, and which connection it is. One location per user (the
 * single-device rule). On one node this is a map in memory; in a cluster, a store every node shares.
 *
 * <p>Only consulted when this node has no connection for a user: the node's own registry is the truth about its own
 * sockets, presence only says where else to look.
 */
public interface PresencePort {
    /**
     * The user's connection is now this one, replacing whichever was recorded, in one step: of two connections
     * arriving at once on different nodes, exactly one learns of the other.
     *
     * @return the location this one replaced, so that its node can be told to close it (single-device rule)
     */
    Optional<Location> arrived(UserId user, Location location);

    /** Forgets the user's location only if it is still this one: a replaced connection's late close changes nothing. */
    void left(UserId user, Location location);

    Optional<Location> whereIs(UserId user);

    /**
     * One live connection.
     *
     * @param node the node that holds it ({@code PARLEY_NODE_ID})
     * @param connection that node's name for the connection, unique on the node
     */
    record Location(String node, String connection) {
        public Location {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(connection, "connection");
        }
    }
}
