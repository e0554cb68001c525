package io.parley.chat.adapter.redis;

import io.parley.chat.application.contract.ExternalService;
import io.parley.chat.application.contract.SessionStoreContract;
import io.parley.chat.application.port.out.SessionStorePort;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class RedisSessionStoreIT extends SessionStoreContract {
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
    protected SessionStorePort store() {
        return redis.sessions();
    }

    @Override
    protected void letTimePass(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
