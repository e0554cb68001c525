package io.parley.chat.adapter.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each user's live session id under {@code chat_user_<id>} (API.md (h), j.2), shared by every node. Single
 * commands are atomic in Redis; compare-and-delete needs both steps in one script.
 */
final class RedisSessionStore implements SessionStorePort {
    private static final Logger LOG = LoggerFactory.getLogger(RedisSessionStore.class);

    static final String KEY_PREFIX = "chat_user_";

    private static final RedisScript REMOVE_IF_CURRENT = new RedisScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """);

    private final RedisCommands<String, String> redis;

    RedisSessionStore(RedisCommands<String, String> redis) {
        this.redis = redis;
    }

    static String key(UserId user) {
        return KEY_PREFIX + user.value();
    }

    @Override
    public void replace(UserId user, SessionId session, Duration ttl) {
        redis.set(key(user), session.value(), SetArgs.Builder.px(Durations.positiveMillis(ttl, "ttl")));
    }

    @Override
    public Optional<SessionId> current(UserId user) {
        String value = redis.get(key(user));
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionId(value));
        } catch (IllegalArgumentException notOurs) {
            // e.g. the JSON-encoded JWT the seed kept under this key: no token of ours can match it
            LOG.debug("ignoring a value under {} that is not a session id", key(user));
            return Optional.empty();
        }
    }

    @Override
    public boolean remove(UserId user, SessionId session) {
        // GET then DEL from here could delete a session another node wrote in between
        Long removed = REMOVE_IF_CURRENT.run(redis, ScriptOutputType.INTEGER, new String[] {key(user)},
                session.value());
        return removed != null && removed > 0;
    }

    @Override
    public void removeAll(UserId user) {
        redis.del(key(user));
    }
}
