package io.parley.chat.adapter.redis;

import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bus between the nodes of a cluster, on Redis pub/sub: one channel per node ({@code parley:node:<node>}), so a
 * publication goes to the one node that holds its user's connection, never to all. Pub/sub keeps nothing: a
 * publication for a node that is not subscribed (stopped, restarting, cut off) is lost, which the port allows.
 *
 * <p>Publications are sent asynchronously on the shared connection: the caller never waits for Redis, and a failure
 * is only logged (the inbox keeps the message). Subscriptions live on a connection of their own, as Redis requires;
 * Lettuce reconnects it and subscribes again by itself, after which the subscriber hears {@code resumed()}.
 */
final class RedisMessageBus implements MessageBusPort {
    private static final Logger LOG = LoggerFactory.getLogger(RedisMessageBus.class);

    static final String CHANNEL_PREFIX = "parley:node:";

    private final RedisAsyncCommands<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscriptions;
    private final BusCodec codec = new BusCodec();
    private final ConcurrentMap<String, Subscriber> subscribers = new ConcurrentHashMap<>();
    /** Channels whose subscription Redis confirmed at least once: a later confirmation follows a reconnect. */
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

    RedisMessageBus(RedisAsyncCommands<String, String> publisher,
            StatefulRedisPubSubConnection<String, String> subscriptions) {
        this.publisher = publisher;
        this.subscriptions = subscriptions;
        subscriptions.addListener(new Arrivals());
    }

    static String channel(String node) {
        return CHANNEL_PREFIX + Objects.requireNonNull(node, "node");
    }

    @Override
    public void publish(String node, UserId recipient, Message message) {
        send(node, codec.message(Objects.requireNonNull(recipient, "recipient"),
                Objects.requireNonNull(message, "message")));
    }

    @Override
    public void publishReadReceipt(String node, UserId recipient, ReadReceipt receipt) {
        send(node, codec.readReceipt(Objects.requireNonNull(recipient, "recipient"),
                Objects.requireNonNull(receipt, "receipt")));
    }

    @Override
    public void requestPendingDelivery(String node, UserId recipient) {
        send(node, codec.pendingDelivery(Objects.requireNonNull(recipient, "recipient")));
    }

    @Override
    public void requestClose(String node, UserId user, String connection, DisconnectReason reason) {
        send(node, codec.close(Objects.requireNonNull(user, "user"), Objects.requireNonNull(connection, "connection"),
                Objects.requireNonNull(reason, "reason")));
    }

    @Override
    public void requestCloseAll(String node, UserId user, DisconnectReason reason) {
        send(node, codec.closeAll(Objects.requireNonNull(user, "user"), Objects.requireNonNull(reason, "reason")));
    }

    /** Subscribes at once (a publication sent after this returns reaches the subscriber). */
    @Override
    public void subscribe(String node, Subscriber subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        String channel = channel(node);
        if (subscribers.putIfAbsent(channel, subscriber) != null) {
            throw new IllegalStateException("node " + node + " has a subscriber already");
        }
        try {
            subscriptions.sync().subscribe(channel);
        } catch (RuntimeException failed) {
            subscribers.remove(channel, subscriber);
            throw failed;
        }
    }

    private void send(String node, String publication) {
        String channel = channel(node);
        try {
            publisher.publish(channel, publication).whenComplete((listeners, failure) -> {
                if (failure != null) {
                    LOG.warn("publication for node {} lost ({}); the inbox keeps what it carried", node,
                            failure.toString());
                } else if (listeners != null && listeners == 0) {
                    LOG.debug("publication for node {} dropped: nobody subscribed", node);
                }
            });
        } catch (RuntimeException rejected) {
            // the connection refuses commands while Redis is away
            LOG.warn("publication for node {} lost ({}); the inbox keeps what it carried", node, rejected.toString());
        }
    }

    /** Runs on Lettuce's event loop, where subscribers must not block (the port says so). */
    private final class Arrivals extends RedisPubSubAdapter<String, String> {
        @Override
        public void message(String channel, String text) {
            Subscriber subscriber = subscribers.get(channel);
            if (subscriber == null) {
                return;
            }
            Consumer<Subscriber> publication;
            try {
                publication = codec.read(text);
            } catch (BusCodec.UnreadablePublication unreadable) {
                LOG.warn("dropped a publication on {} this node cannot read: {}", channel, unreadable.getMessage());
                return;
            }
            try {
                publication.accept(subscriber);
            } catch (RuntimeException broken) {
                // one bad arrival must not end the subscription for the others
                LOG.error("handling a publication on {} failed", channel, broken);
            }
        }

        @Override
        public void subscribed(String channel, long count) {
            Subscriber subscriber = subscribers.get(channel);
            if (subscriber == null || confirmed.add(channel)) {
                return;
            }
            LOG.info("subscribed to {} again after a reconnect", channel);
            try {
                subscriber.resumed();
            } catch (RuntimeException broken) {
                LOG.error("resuming after a reconnect of {} failed", channel, broken);
            }
        }
    }
}
