package io.parley.chat.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.parley.chat.application.port.out.HealthCheckPort;
import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.application.port.out.RateLimitPort;
import io.parley.chat.application.port.out.SessionStorePort;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's entry point: owns the Lettuce client and its one connection (thread-safe, shared by every port; the
 * bus subscribes on a second one, as pub/sub requires) and hands out the Redis-backed ports of a cluster node.
 *
 * <p>When Redis goes away, commands fail at once instead of queueing until it returns: a request that needs Redis
 * (a token's session) fails fast, presence and the bus report failures their callers absorb (local pushes go on,
 * cross-node messages wait in the inbox). Lettuce reconnects by itself, retrying at least every
 * {@link #MAX_RECONNECT_DELAY}; the bus's subscription is renewed with it and presence is renewed at once.
 */
public final class RedisConnections implements AutoCloseable {
    /** Used when the URL sets no {@code timeout}: a Redis that does not answer in 2 s is treated as down. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    /** Lettuce's default backs off to 30 s, too long for a node to stay cut off once Redis is back. */
    static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(RedisConnections.class);

    private final RedisClient client;
    private final ClientResources resources;
    private final StatefulRedisConnection<String, String> connection;
    private final SessionStorePort sessions;
    private final RateLimitPort rateLimits;
    private final RedisHealth health;
    private RedisPresence presence;
    /** Read by Lettuce's event loop on a reconnect. */
    private volatile PresenceRenewal renewal;
    private StatefulRedisPubSubConnection<String, String> subscriptions;
    private RedisMessageBus bus;

    private RedisConnections(RedisClient client, ClientResources resources,
            StatefulRedisConnection<String, String> connection) {
        this.client = client;
        this.resources = resources;
        this.connection = connection;
        this.sessions = new RedisSessionStore(connection.sync());
        this.rateLimits = new RedisRateLimiter(connection.sync());
        this.health = new RedisHealth(connection.async());
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> reconnected, SocketAddress address) {
                renewPresenceSoon();
            }
        });
    }

    /**
     * Connects to {@code redisUrl} ({@code redis://[user:password@]host[:port][/database][?timeout=5s]},
     * {@code rediss://} for TLS).
     *
     * @throws IllegalArgumentException for a URL Lettuce cannot read
     * @throws IllegalStateException when Redis cannot be reached
     */
    public static RedisConnections connect(String redisUrl) {
        RedisURI uri = RedisURI.create(redisUrl);
        if (uri.getTimeout().equals(RedisURI.DEFAULT_TIMEOUT_DURATION)) {
            uri.setTimeout(DEFAULT_TIMEOUT);
        }
        ClientResources resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), MAX_RECONNECT_DELAY, 2,
                        TimeUnit.MILLISECONDS))
                .build();
        RedisClient client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(uri.getTimeout()).build())
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        try {
            StatefulRedisConnection<String, String> connection = client.connect();
            LOG.info("Connected to Redis at {}", uri);
            return new RedisConnections(client, resources, connection);
        } catch (RedisException e) {
            client.shutdown();
            resources.shutdown();
            // RedisURI.toString() masks the password
            throw new IllegalStateException("cannot connect to Redis at " + uri + ": " + e.getMessage(), e);
        }
    }

    public SessionStorePort sessions() {
        return sessions;
    }

    public RateLimitPort rateLimits() {
        return rateLimits;
    }

    /**
     * This node's presence, kept alive by renewals every third of {@code ttl} (created on the first call; later
     * calls answer the same one).
     *
     * @param ttl how long a node's entries outlive its last renewal: how long the users of a node that died count
     *     as online elsewhere
     */
    public synchronized PresencePort presence(Duration ttl) {
        if (presence == null) {
            presence = new RedisPresence(connection.sync(), ttl);
            renewal = new PresenceRenewal(presence, ttl);
        }
        return presence;
    }

    /** The bus between the nodes (created on the first call, with its own subscription connection). */
    public synchronized MessageBusPort messageBus() {
        if (bus == null) {
            subscriptions = client.connectPubSub();
            bus = new RedisMessageBus(connection.async(), subscriptions);
        }
        return bus;
    }

    /** Whether Redis answers, for the readiness of this node. */
    public HealthCheckPort health() {
        return health;
    }

    private void renewPresenceSoon() {
        PresenceRenewal current = renewal;
        if (current != null) {
            current.renewSoon();
        }
    }

    @Override
    public synchronized void close() {
        if (renewal != null) {
            renewal.close();
        }
        if (subscriptions != null) {
            subscriptions.close();
        }
        connection.close();
        client.shutdown();
        resources.shutdown();
    }
}
