package io.parley.chat.application.local;

import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * The bus between the nodes of one JVM: a publication is handed to the named node's subscriber on the publisher's
 * thread. A publication for a node nobody subscribed is dropped, as a bus drops what no node listens to: the inbox
 * still holds what mattered.
 */
public final class InMemoryMessageBus implements MessageBusPort {
    private static final System.Logger LOG = System.getLogger(InMemoryMessageBus.class.getName());

    private final ConcurrentMap<String, Subscriber> subscribers = new ConcurrentHashMap<>();

    @Override
    public void publish(String node, UserId recipient, Message message) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
        handOver(node, subscriber -> subscriber.message(recipient, message));
    }

    @Override
    public void publishReadReceipt(String node, UserId recipient, ReadReceipt receipt) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(receipt, "receipt");
        handOver(node, subscriber -> subscriber.readReceipt(recipient, receipt));
    }

    @Override
    public void requestPendingDelivery(String node, UserId recipient) {
        Objects.requireNonNull(recipient, "recipient");
        handOver(node, subscriber -> subscriber.pendingDeliveryRequested(recipient));
    }

    @Override
    public void requestClose(String node, UserId user, String connection, DisconnectReason reason) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(reason, "reason");
        handOver(node, subscriber -> subscriber.closeRequested(user, connection, reason));
    }

    @Override
    public void requestCloseAll(String node, UserId user, DisconnectReason reason) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reason, "reason");
        handOver(node, subscriber -> subscriber.closeAllRequested(user, reason));
    }

    /** Never cut off from its nodes: {@link Subscriber#resumed()} is never called. */
    @Override
    public void subscribe(String node, Subscriber subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (subscribers.putIfAbsent(Objects.requireNonNull(node, "node"), subscriber) != null) {
            throw new IllegalStateException("node " + node + " has a subscriber already");
        }
    }

    private void handOver(String node, Consumer<Subscriber> publication) {
        Subscriber subscriber = subscribers.get(Objects.requireNonNull(node, "node"));
        if (subscriber == null) {
            LOG.log(System.Logger.Level.DEBUG, "publication for node " + node + " dropped: nobody subscribed");
            return;
        }
        try {
            publication.accept(subscriber);
        } catch (RuntimeException broken) {
            // the receiving node's trouble is not the publisher's: a bus never answers
            LOG.log(System.Logger.Level.WARNING, "node " + node + " failed to take a publication", broken);
        }
    }
}
