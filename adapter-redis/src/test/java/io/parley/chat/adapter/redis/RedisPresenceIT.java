package io.parley.chat.adapter.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.contract.ExternalService;
import io.parley.chat.application.contract.PresenceContract;
import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.application.port.out.PresencePort.Location;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract on the shared Redis, and what only a shared presence with expiries has to do. */
class RedisPresenceIT extends PresenceContract {
    private static final Duration TTL = Duration.ofSeconds(30);

    private static RedisConnections redis;
    private static RedisPresence presence;

    @BeforeAll
    static void connect() {
        ExternalService.require("Redis", "127.0.0.1", 6379);
        redis = RedisConnections.connect(LocalRedis.URL);
        presence = (RedisPresence) redis.presence(TTL);
    }

    @AfterAll
    static void close() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected PresencePort presence() {
        return presence;
    }

    private static UserId someUser() {
        return UserId.of(ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2));
    }

    private static long pttl(UserId user) {
        return LocalRedis.withCommands(commands -> commands.pttl(RedisPresence.key(user)));
    }

    @Test
    void keepEachUserUnderOneKeyThatExpires() {
        UserId user = someUser();
        presence.arrived(user, new Location("node-a", "c-1"));

        assertEquals("node-a|c-1", LocalRedis.withCommands(commands -> commands.get("parley:presence:" + user)));
        long ttl = pttl(user);
        assertTrue(ttl > 25_000 && ttl <= 30_000, "pttl " + ttl);
    }

    @Test
    void forgetTheUsersOfANodeThatStoppedRenewing() throws InterruptedException {
        // a node that died: its entries were written with a short life and nobody renews them
        try (RedisConnections dead = RedisConnections.connect(LocalRedis.URL)) {
            UserId user = someUser();
            dead.presence(Duration.ofMillis(300)).arrived(user, new Location("node-dead", "c-1"));
            dead.close();

            Thread.sleep(600);

            assertEquals(Optional.empty(), presence.whereIs(user));
        }
    }

    @Test
    void renewTheEntriesThisNodeWrote() {
        UserId user = someUser();
        presence.arrived(user, new Location("node-a", "c-1"));
        LocalRedis.withCommands(commands -> commands.pexpire(RedisPresence.key(user), 5_000));

        presence.refresh();

        assertTrue(pttl(user) > 25_000, "renewed to the full time to live");
    }

    @Test
    void writeBackAnEntryRedisLost() {
        UserId user = someUser();
        presence.arrived(user, new Location("node-a", "c-1"));
        LocalRedis.withCommands(commands -> commands.del(RedisPresence.key(user)));

        presence.refresh();

        assertEquals(Optional.of(new Location("node-a", "c-1")), presence.whereIs(user));
    }

    @Test
    void stopRenewingAnEntryAnotherNodeTookOver() {
        UserId user = someUser();
        presence.arrived(user, new Location("node-a", "c-1"));
        try (RedisConnections other = RedisConnections.connect(LocalRedis.URL)) {
            other.presence(TTL).arrived(user, new Location("node-b", "c-2"));
        }
        LocalRedis.withCommands(commands -> commands.pexpire(RedisPresence.key(user), 5_000));

        presence.refresh();
        LocalRedis.withCommands(commands -> commands.del(RedisPresence.key(user)));
        presence.refresh();

        assertEquals(Optional.empty(), presence.whereIs(user), "node-a's entry was forgotten, not written back");
    }

    @Test
    void forgetTheEntriesOfConnectionsThatLeft() {
        UserId user = someUser();
        presence.arrived(user, new Location("node-a", "c-1"));
        presence.left(user, new Location("node-a", "c-1"));

        presence.refresh();

        assertEquals(Optional.empty(), presence.whereIs(user));
    }

    @Test
    void renewManyEntriesInBatches() {
        int before = presence.refresh();
        int count = RedisPresence.BATCH * 2 + 7;
        UserId[] users = new UserId[count];
        for (int i = 0; i < count; i++) {
            users[i] = someUser();
            presence.arrived(users[i], new Location("node-a", "c-" + i));
        }
        LocalRedis.withCommands(commands -> commands.pexpire(RedisPresence.key(users[count - 1]), 5_000));

        assertTrue(presence.refresh() >= before + count);
        assertTrue(pttl(users[count - 1]) > 25_000, "the last batch was renewed too");
        for (int i = 0; i < count; i++) {
            presence.left(users[i], new Location("node-a", "c-" + i));
        }
    }

    @Test
    void readNothingFromAValueThatIsNotALocation() {
        UserId user = someUser();
        LocalRedis.withCommands(commands -> commands.setex(RedisPresence.key(user), 60, "garbage"));

        assertEquals(Optional.empty(), presence.whereIs(user));
    }
}
