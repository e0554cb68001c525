package io.parley.chat.adapter.redis;

import io.lettuce.core.api.async.RedisAsyncCommands;
import io.parley.chat.application.port.out.HealthCheckPort;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whether Redis answers a {@code PING} within {@link #PATIENCE} on the shared connection. */
final class RedisHealth implements HealthCheckPort {
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(RedisHealth.class);

    private final RedisAsyncCommands<String, String> redis;

    RedisHealth(RedisAsyncCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public String dependency() {
        return "redis";
    }

    @Override
    public boolean reachable() {
        try {
            return "PONG".equals(redis.ping().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException | RuntimeException away) {
            LOG.warn("Redis is not reachable: {}", away.toString());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
