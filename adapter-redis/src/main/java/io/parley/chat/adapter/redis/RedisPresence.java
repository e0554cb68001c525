package io.parley.chat.adapter.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence shared by the nodes of a cluster: one key per user, {@code parley:presence:<userId>} → {@code
 * node|connection}, with an expiry, so that the users of a node that died without a word stop counting as online
 * once it runs out. Each node keeps the entries it wrote alive: it remembers them here and {@link #refresh()} renews
 * them in batches, on a schedule its owner runs (no timer per user).
 *
 * <p>Every step that compares is a script, atomic in Redis: an arrival swaps the value and answers the one it
 * replaced; a departure deletes only its own value (a late close never forgets a newer connection, on any node); a
 * renewal extends only values still this node's, and writes back one Redis lost (a Redis restarted empty), so
 * presence heals by itself once Redis returns.
 */
final class RedisPresence implements PresencePort {
    private static final Logger LOG = LoggerFactory.getLogger(RedisPresence.class);

    static final String KEY_PREFIX = "parley:presence:";
    /** Keys renewed per script call: large enough to be cheap, small enough not to hold Redis up. */
    static final int BATCH = 500;

    private static final RedisScript ARRIVE = new RedisScript("""
            local replaced = redis.call('GET', KEYS[1])
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return replaced
            """);
    private static final RedisScript LEAVE = new RedisScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """);
    // answers the positions (1-based) of the keys that hold another node's or connection's value now
    private static final RedisScript RENEW = new RedisScript("""
            local ttl = ARGV[#KEYS + 1]
            local taken = {}
            for i, key in ipairs(KEYS) do
              local current = redis.call('GET', key)
              if current == ARGV[i] then
                redis.call('PEXPIRE', key, ttl)
              elseif current == false then
                redis.call('SET', key, ARGV[i], 'PX', ttl)
              else
                taken[#taken + 1] = i
              end
            end
            return taken
            """);

    private final RedisCommands<String, String> redis;
    private final long ttlMillis;
    /** The entries this node wrote and has to keep alive. */
    private final ConcurrentMap<UserId, Location> mine = new ConcurrentHashMap<>();

    /** @param ttl how long an entry outlives the last renewal of its node */
    RedisPresence(RedisCommands<String, String> redis, Duration ttl) {
        this.redis = redis;
        this.ttlMillis = Durations.positiveMillis(ttl, "ttl");
    }

    static String key(UserId user) {
        return KEY_PREFIX + user.value();
    }

    static String value(Location location) {
        return location.node() + "|" + location.connection();
    }

    /** Node names hold no {@code |} (the settings refuse one), so the first one ends the node. */
    static Optional<Location> location(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int bar = value.indexOf('|');
        if (bar < 1 || bar == value.length() - 1) {
            LOG.debug("ignoring a presence value that is not node|connection: {}", value);
            return Optional.empty();
        }
        return Optional.of(new Location(value.substring(0, bar), value.substring(bar + 1)));
    }

    @Override
    public Optional<Location> arrived(UserId user, Location location) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(location, "location");
        if (location.node().indexOf('|') >= 0) {
            throw new IllegalArgumentException("a node name holds no '|': " + location.node());
        }
        // remembered first: should Redis be away now, the next renewal writes the entry once it is back
        mine.put(user, location);
        String replaced = ARRIVE.run(redis, ScriptOutputType.VALUE, new String[] {key(user)}, value(location),
                Long.toString(ttlMillis));
        return location(replaced);
    }

    @Override
    public void left(UserId user, Location location) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(location, "location");
        mine.remove(user, location);
        LEAVE.run(redis, ScriptOutputType.INTEGER, new String[] {key(user)}, value(location));
    }

    @Override
    public Optional<Location> whereIs(UserId user) {
        return location(redis.get(key(Objects.requireNonNull(user, "user"))));
    }

    /**
     * Renews the expiry of every entry this node wrote, in batches; forgets those another connection took over
     * meanwhile, and writes back those Redis lost.
     *
     * @return how many entries this node keeps alive after the renewal
     * @throws io.lettuce.core.RedisException when Redis cannot be reached: the entries stay remembered for the next
     *     renewal
     */
    int refresh() {
        List<Map.Entry<UserId, Location>> entries = new ArrayList<>(mine.entrySet());
        for (int from = 0; from < entries.size(); from += BATCH) {
            renew(entries.subList(from, Math.min(entries.size(), from + BATCH)));
        }
        return mine.size();
    }

    private void renew(List<Map.Entry<UserId, Location>> batch) {
        String[] keys = new String[batch.size()];
        String[] args = new String[batch.size() + 1];
        for (int i = 0; i < batch.size(); i++) {
            keys[i] = key(batch.get(i).getKey());
            args[i] = value(batch.get(i).getValue());
        }
        args[batch.size()] = Long.toString(ttlMillis);
        List<Long> taken = RENEW.run(redis, ScriptOutputType.MULTI, keys, args);
        for (Long position : taken) {
            Map.Entry<UserId, Location> lost = batch.get(position.intValue() - 1);
            mine.remove(lost.getKey(), lost.getValue());
        }
    }
}
