package io.parley.chat.application.port.out;

import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.user.UserId;
import java.util.concurrent.CompletionStage;

/**
 * Puts a message on the recipient's live connection on this node, as a {@code singleChat} frame. Never blocks: a
 * slow or dead socket must not hold up delivery to others.
 */
public interface PusherPort {
    /** Completes when the outcome is known (for a written frame: once the socket took it). */
    CompletionStage<Outcome> push(UserId recipient, Message message);

    /**
     * Tells the user's live connection on this node that the peer read the conversation up to a point. Best effort,
     * not durable: a user who is not connected learns it from the conversation list.
     *
     * @return whether the user has a connection here (whatever became of the frame)
     */
    boolean pushReadReceipt(UserId recipient, ReadReceipt receipt);

    enum Outcome {
        /** No live connection for the recipient here: the message stays in the inbox. */
        NOT_CONNECTED,
        /** Written to a legacy connection: that counts as delivered, the inbox entry can go. */
        WRITTEN,
        /** Written to a connection in ack mode: the entry stays until the client acknowledges it. */
        AWAITING_ACK,
        /** The write failed (the socket broke): the message stays in the inbox. */
        FAILED
    }
}
