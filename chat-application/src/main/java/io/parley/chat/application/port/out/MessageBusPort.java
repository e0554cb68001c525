package io.parley.chat.application.port.out;

import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.user.UserId;

/**
 * Carries work to the node that holds a user's connection. Fire and forget, and allowed to lose a publication (a
 * node restarting, the bus down): nothing durable travels only here — a message is in the recipient's inbox before
 * it is published, and comes with the next connect or #21 if the publication is lost.
 */
public interface MessageBusPort {
    /** Asks {@code node} to push the stored message to the recipient's connection there. */
    void publish(String node, UserId recipient, Message message);

    /** Asks {@code node} to pass the read receipt to the recipient's connection there. */
    void publishReadReceipt(String node, UserId recipient, ReadReceipt receipt);

    /** Asks {@code node} to push the recipient's undelivered messages to their connection there (#21 elsewhere). */
    void requestPendingDelivery(String node, UserId recipient);

    /** From now on, what is published for {@code node} reaches {@code subscriber}; one subscriber per node. */
    void subscribe(String node, Subscriber subscriber);

    /** A node's side of the bus. Called on the bus's threads: implementations must not block. */
    interface Subscriber {
        void message(UserId recipient, Message message);

        void readReceipt(UserId recipient, ReadReceipt receipt);

        void pendingDeliveryRequested(UserId recipient);
    }
}
