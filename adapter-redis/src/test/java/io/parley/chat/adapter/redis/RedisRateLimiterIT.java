package io.parley.chat.adapter.redis;

import io.parley.chat.application.contract.ExternalService;
import io.parley.chat.application.contract.RateLimitContract;
import io.parley.chat.application.port.out.RateLimitPort;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class RedisRateLimiterIT extends RateLimitContract {
    private static RedisConnections redis;

    @BeforeAll
    static void connect() {
        ExternalService.require("Redis", "127.0.0.1", 6379);
        redis = RedisConnections.connect(LocalRedis.URL);
    }

    @AfterAll
    static void close() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected RateLimitPort limiter() {
        return redis.rateLimits();
    }

    @Override
    protected void letTimePass(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
