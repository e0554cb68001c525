package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.UserId;

/**
 * Pushes the user's undelivered messages to their live connection, oldest first: on every connect and on #21.
 * Only what the connection took (legacy) or acknowledges (ack mode) leaves the inbox, so calling it while the user
 * is not connected loses nothing (G-H1).
 */
public interface DeliverPendingUseCase {
    /** @return how many messages were handed to the connection */
    int deliverPending(UserId recipient);
}
