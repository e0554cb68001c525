package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.UserId;

/**
 * A user's live connection opened on this node (it is registered with this node's pusher already): other nodes learn
 * where to find the user, and the user's undelivered messages are pushed to it, oldest first (API.md j.4).
 */
public interface UserConnectedUseCase {
    /**
     * @param connection this node's name for the connection, unique on the node
     * @return how many waiting messages were handed to the connection at once (more may follow as it takes them)
     */
    int connected(UserId user, String connection);
}
