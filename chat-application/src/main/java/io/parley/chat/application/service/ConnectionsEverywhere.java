package io.parley.chat.application.service;

import io.parley.chat.application.port.out.CloseConnectionsPort;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;

/**
 * Closes a user's connections wherever they are: on this node through its registry, and on the node presence names
 * through the bus. Trouble with presence or the bus never reaches the caller (a login or a logout must not fail for
 * it): the other node's socket then lives on until the token it was opened with is refused or it closes.
 */
final class ConnectionsEverywhere {
    private final CloseConnectionsPort here;
    private final OtherNodes otherNodes;

    ConnectionsEverywhere(CloseConnectionsPort here, OtherNodes otherNodes) {
        this.here = here;
        this.otherNodes = otherNodes;
    }

    void closeAll(UserId user, DisconnectReason reason) {
        here.closeAll(user, reason);
        otherNodes.closeAll(user, reason);
    }
}
