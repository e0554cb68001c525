package io.parley.chat.adapter.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.ScriptOutputType;
import io.parley.chat.application.contract.ExternalService;
import io.parley.chat.application.port.out.RateLimitPort;
import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two nodes of a cluster, each with its own connection, sharing one Redis. */
class RedisConnectionsIT {
    private static final Duration TTL = Duration.ofMinutes(5);

    private static RedisConnections nodeA;
    private static RedisConnections nodeB;

    @BeforeAll
    static void connect() {
        ExternalService.require("Redis", "127.0.0.1", 6379);
        nodeA = RedisConnections.connect(LocalRedis.URL);
        nodeB = RedisConnections.connect(LocalRedis.URL);
    }

    @AfterAll
    static void close() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private static UserId someUser() {
        return UserId.of(ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2));
    }

    @Test
    void aSessionWrittenOnOneNodeIsSeenOnTheOther() {
        UserId user = someUser();
        nodeA.sessions().replace(user, new SessionId("from-a"), TTL);
        assertEquals(Optional.of(new SessionId("from-a")), nodeB.sessions().current(user));
        nodeB.sessions().removeAll(user);
        assertEquals(Optional.empty(), nodeA.sessions().current(user));
    }

    @Test
    void anOldLogoutOnOneNodeLeavesTheNewerLoginOfTheOther() {
        UserId user = someUser();
        nodeA.sessions().replace(user, new SessionId("old"), TTL);
        nodeB.sessions().replace(user, new SessionId("new"), TTL);
        nodeA.sessions().remove(user, new SessionId("old"));
        assertEquals(Optional.of(new SessionId("new")), nodeA.sessions().current(user));
        assertEquals(Optional.of(new SessionId("new")), nodeB.sessions().current(user));
        nodeA.sessions().remove(user, new SessionId("new"));
        assertEquals(Optional.empty(), nodeB.sessions().current(user));
    }

    @Test
    void aLogoutRacingANewLoginNeverRemovesTheNewLogin() throws Exception {
        // a GET-then-DEL removal would sometimes delete "new" when it lands between the two steps
        SessionStorePort a = nodeA.sessions();
        SessionStorePort b = nodeB.sessions();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 200; round++) {
                UserId user = someUser();
                a.replace(user, new SessionId("old"), TTL);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<?> logout = pool.submit(() -> {
                    start.await();
                    a.remove(user, new SessionId("old"));
                    return null;
                });
                Future<?> login = pool.submit(() -> {
                    start.await();
                    b.replace(user, new SessionId("new"), TTL);
                    return null;
                });
                logout.get();
                login.get();
                assertEquals(Optional.of(new SessionId("new")), a.current(user), "round " + round);
                b.removeAll(user);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bothNodesCountAgainstOneLimit() {
        String key = "parley-test:" + UUID.randomUUID();
        RateLimitPort a = nodeA.rateLimits();
        RateLimitPort b = nodeB.rateLimits();
        assertTrue(a.tryAcquire(key, 3, Duration.ofMinutes(1)));
        assertTrue(b.tryAcquire(key, 3, Duration.ofMinutes(1)));
        assertTrue(a.tryAcquire(key, 3, Duration.ofMinutes(1)));
        assertFalse(b.tryAcquire(key, 3, Duration.ofMinutes(1)));
    }

    @Test
    void theWindowEndsWithTheFirstAttemptsExpiry() {
        String key = "parley-test:" + UUID.randomUUID();
        nodeA.rateLimits().tryAcquire(key, 5, Duration.ofSeconds(30));
        nodeA.rateLimits().tryAcquire(key, 5, Duration.ofSeconds(30));
        long ttl = LocalRedis.withCommands(redis -> redis.pttl(key));
        assertTrue(ttl > 25_000 && ttl <= 30_000, "pttl " + ttl);
    }

    @Test
    void aCounterLeftWithoutExpiryIsGivenOne() {
        String key = "parley-test:" + UUID.randomUUID();
        LocalRedis.withCommands(redis -> redis.set(key, "7"));
        assertFalse(nodeA.rateLimits().tryAcquire(key, 5, Duration.ofSeconds(30)));
        long ttl = LocalRedis.withCommands(redis -> redis.pttl(key));
        assertTrue(ttl > 0 && ttl <= 30_000, "pttl " + ttl);
    }

    @Test
    void sessionsAreStoredUnderTheSeedsKey() {
        UserId user = someUser();
        nodeA.sessions().replace(user, new SessionId("visible"), Duration.ofSeconds(90));
        assertEquals("visible", LocalRedis.withCommands(redis -> redis.get("chat_user_" + user.value())));
        long ttl = LocalRedis.withCommands(redis -> redis.pttl("chat_user_" + user.value()));
        assertTrue(ttl > 85_000 && ttl <= 90_000, "pttl " + ttl);
        nodeA.sessions().removeAll(user);
    }

    @Test
    void aSeedTokenLeftUnderTheKeyIsNoSession() {
        UserId user = someUser();
        String seedValue = "\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6MSwidXNlcm5hbWUiOiJhIn0.c2lnbmF0dXJlLXBhZC1wYWQ\"";
        LocalRedis.withCommands(redis -> redis.setex("chat_user_" + user.value(), 60, seedValue));
        assertEquals(Optional.empty(), nodeA.sessions().current(user));
        nodeA.sessions().removeAll(user);
    }

    @Test
    void aScriptUnknownToRedisIsSentInFullOnceThenRunBySha() {
        RedisScript script = new RedisScript("return ARGV[1] -- " + UUID.randomUUID());
        List<Boolean> before = LocalRedis.withCommands(redis -> redis.scriptExists(script.sha1()));
        assertEquals(List.of(false), before);
        String result = LocalRedis.withCommands(redis ->
                script.run(redis, ScriptOutputType.VALUE, new String[0], "echo"));
        assertEquals("echo", result);
        assertEquals(List.of(true), LocalRedis.withCommands(redis -> redis.scriptExists(script.sha1())));
    }

    @Test
    void refusesToStartWithoutRedis() {
        assertThrows(IllegalStateException.class, () -> RedisConnections.connect("redis://127.0.0.1:1"));
        assertThrows(IllegalArgumentException.class, () -> RedisConnections.connect("not a url"));
    }

    @Test
    void refusesANonPositiveTtlOrWindow() {
        assertThrows(IllegalArgumentException.class,
                () -> nodeA.sessions().replace(someUser(), new SessionId("s"), Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> nodeA.rateLimits().tryAcquire("parley-test:" + UUID.randomUUID(), 1, Duration.ofMillis(-1)));
    }
}
