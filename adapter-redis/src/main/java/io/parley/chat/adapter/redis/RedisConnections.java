package io.parley.chat.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.parley.chat.application.port.out.RateLimitPort;
import io.parley.chat.application.port.out.SessionStorePort;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's entry point: owns the Lettuce client and its one connection (thread-safe, shared by every port)
 * and hands out the Redis-backed ports of a cluster node.
 */
public final class RedisConnections implements AutoCloseable {
    /** Used when the URL sets no {@code timeout}: a Redis that does not answer in 2 s is treated as down. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(RedisConnections.class);

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final SessionStorePort sessions;
    private final RateLimitPort rateLimits;

    private RedisConnections(RedisClient client, StatefulRedisConnection<String, String> connection) {
        this.client = client;
        this.connection = connection;
        this.sessions = new RedisSessionStore(connection.sync());
        this.rateLimits = new RedisRateLimiter(connection.sync());
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
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(uri.getTimeout()).build())
                .build());
        try {
            StatefulRedisConnection<String, String> connection = client.connect();
            LOG.info("Connected to Redis at {}", uri);
            return new RedisConnections(client, connection);
        } catch (RedisException e) {
            client.shutdown();
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

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
