package io.parley.chat.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.function.Function;

/** The Redis the ITs use, and raw access to it for what the ports do not expose. */
final class LocalRedis {
    static final String URL = "redis://127.0.0.1:6379";

    private LocalRedis() {
    }

    static <T> T withCommands(Function<RedisCommands<String, String>, T> work) {
        RedisClient client = RedisClient.create(URL);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return work.apply(connection.sync());
        } finally {
            client.shutdown();
        }
    }
}
