package io.parley.chat.application.port.out;

import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;

/**
 * Carries work to the node that holds a user's connection. Fire and forget, and allowed to lose a publication (a
 * node restarting, the bus down): nothing durable travels only here — a message is in the recipient's inbox before
 * it is published, and comes with the next connect or #21 if the publication is lost. Publishing never throws for
 * a bus that is down and never waits long for it.
 */
public interface MessageBusPort {
    /** Asks {@code node} to push the stored message to the recipient's connection there. */
    void publish(String node, UserId recipient, Message message);

    /** Asks {@code node} to pass the read receipt to the recipient's connection there. */
    void publishReadReceipt(String node, UserId recipient, ReadReceipt receipt);

    /** Asks {@code node} to push the recipient's undelivered messages to their connection there (#21 elsewhere). */
    void requestPendingDelivery(String node, UserId recipient);

    /**
     * Asks {@code node} to close the user's connection named {@code connection} there, if it is still the user's
     * connection on that node (the single-device rule across nodes).
     */
    void requestClose(String node, UserId user, String connection, DisconnectReason reason);

    /** Asks {@code node} to close every connection of the user there (logout, a disabled user). */
    void requestCloseAll(String node, UserId user, DisconnectReason reason);

    /** From now on, what is published for {@code node} reaches {@code subscriber}; one subscriber per node. */
    void subscribe(String node, Subscriber subscriber);

    /** A node's side of the bus. Called on the bus's threads: implementations must not block. */
    interface Subscriber {
        void message(UserId recipient, Message message);

        void readReceipt(UserId recipient, ReadReceipt receipt);

        void pendingDeliveryRequested(UserId recipient);

        void closeRequested(UserId user, String connection, DisconnectReason reason);

        void closeAllRequested(UserId user, DisconnectReason reason);

        /**
         * The bus was cut off from this node and is back: publications for this node may have been lost meanwhile.
         * Not called for the first subscription.
         */
        void resumed();
    }
}
