package io.parley.chat.application.service;

import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The users connected to this node as the core heard of them (arrivals minus departures), so that the node can push
 * what waits for each of them when the bus comes back after losing publications. The socket registry of the
 * connection adapter stays the truth about the sockets themselves; this only says whom to ask about.
 */
final class ConnectedHere {
    private final ConcurrentMap<UserId, String> connections = new ConcurrentHashMap<>();

    void arrived(UserId user, String connection) {
        connections.put(user, connection);
    }

    /** Compare-and-remove: the late departure of a replaced connection leaves its successor. */
    void left(UserId user, String connection) {
        connections.remove(user, connection);
    }

    /** A snapshot, safe to walk while users come and go. */
    List<UserId> users() {
        return List.copyOf(connections.keySet());
    }
}
