package io.parley.chat.adapter.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import io.parley.chat.application.port.out.RateLimitPort;
import java.time.Duration;
import java.util.Objects;

/**
 * Fixed windows shared by every node: one counter per key that expires when its window ends. Counting and arming
 * the expiry happen in one script, so parallel attempts on any nodes cannot overrun the limit.
 */
final class RedisRateLimiter implements RateLimitPort {
    // the PTTL check re-arms a counter left without expiry (written by something else): it would never reset
    private static final RedisScript COUNT_IN_WINDOW = new RedisScript("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 or redis.call('PTTL', KEYS[1]) == -1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            return count
            """);

    private final RedisCommands<String, String> redis;

    RedisRateLimiter(RedisCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public boolean tryAcquire(String key, int limit, Duration window) {
        Objects.requireNonNull(key, "key");
        long windowMillis = Durations.positiveMillis(window, "window");
        Long count = COUNT_IN_WINDOW.run(redis, ScriptOutputType.INTEGER, new String[] {key},
                Long.toString(windowMillis));
        return count <= limit;
    }
}
