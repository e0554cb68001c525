package io.parley.chat.adapter.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.parley.chat.application.contract.ExternalService;
import io.parley.chat.application.contract.MessageBusContract;
import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract on the shared Redis: each node publishes and subscribes on connections of its own. */
class RedisMessageBusIT extends MessageBusContract {
    private static RedisConnections nodeA;
    private static RedisConnections nodeB;

    private final Map<String, MessageBusPort> buses = new ConcurrentHashMap<>();

    @BeforeAll
    static void connect() {
        ExternalService.require("Redis", "127.0.0.1", 6379);
        nodeA = RedisConnections.connect(LocalRedis.URL);
        nodeB = RedisConnections.connect(LocalRedis.URL);
    }

    @AfterAll
    static void close() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    /** The first node a test names is on connection A, the next on B, and so on. */
    @Override
    protected MessageBusPort busOf(String node) {
        return buses.computeIfAbsent(node, name -> buses.size() % 2 == 0 ? nodeA.messageBus() : nodeB.messageBus());
    }

    @Test
    void publishOnlyOnTheNamedNodesChannel() throws InterruptedException {
        String node = someNode();
        Listener listener = new Listener();
        busOf(node).subscribe(node, listener);
        List<String> channelsUsed = new CopyOnWriteArrayList<>();
        // a raw subscriber on every node channel sees which channels a publication went to
        RedisClient raw = RedisClient.create(LocalRedis.URL);
        try (StatefulRedisPubSubConnection<String, String> spy = raw.connectPubSub()) {
            spy.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String pattern, String channel, String message) {
                    if (message.contains("\"user\":424242")) {
                        channelsUsed.add(channel);
                    }
                }
            });
            spy.sync().psubscribe("parley:node:*");

            nodeA.messageBus().requestPendingDelivery(node, UserId.of(424242));

            assertEquals(1, listener.next(1).size());
            Thread.sleep(200);
            assertEquals(List.of("parley:node:" + node), channelsUsed);
        } finally {
            raw.shutdown();
        }
    }
}
