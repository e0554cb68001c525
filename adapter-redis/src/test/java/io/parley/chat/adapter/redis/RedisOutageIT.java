package io.parley.chat.adapter.redis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.RedisException;
import io.parley.chat.application.contract.MessageBusContract.Heard;
import io.parley.chat.application.contract.MessageBusContract.Listener;
import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.application.port.out.PresencePort.Location;
import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A node whose Redis goes away and comes back (empty, as a Redis without persistence restarts): while it is away
 * every call fails fast or is absorbed, nothing waits for it; once it is back the node's subscription and presence
 * are whole again without anyone's help.
 */
class RedisOutageIT {
    private static final UserId RITA = UserId.of(2);
    private static final Duration TTL = Duration.ofSeconds(30);
    /** Failing fast: far below the 2 s command timeout that a queued command would wait. */
    private static final long FAST_MILLIS = 1_000;

    private PrivateRedis server;
    private RedisConnections node;

    @BeforeEach
    void start() {
        server = PrivateRedis.start();
        node = RedisConnections.connect(server.url());
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void failFastWhileRedisIsAway() {
        PresencePort presence = node.presence(TTL);
        MessageBusPort bus = node.messageBus();
        server.stop();
        awaitTrue(() -> !node.health().reachable(), "the node noticed");

        assertFast(() -> assertThrows(RedisException.class, () -> presence.whereIs(RITA)));
        assertFast(() -> assertThrows(RedisException.class, () -> presence.arrived(RITA, new Location("n", "c"))));
        assertFast(() -> assertThrows(RedisException.class, () -> node.sessions().current(RITA)));
        assertFast(() -> assertDoesNotThrow(() -> bus.requestPendingDelivery("node-x", RITA)));
        assertFast(() -> assertFalse(node.health().reachable()));
    }

    @Test
    void subscribeAgainAndSayResumedOnceRedisIsBack() throws InterruptedException {
        MessageBusPort bus = node.messageBus();
        Listener listener = new Listener();
        bus.subscribe("node-a", listener);

        server.stop();
        server.startAgain();

        assertEquals(List.of(new Heard("resumed", null, null)), listener.next(1));
        awaitTrue(() -> node.health().reachable(), "the shared connection is back too");
        bus.requestPendingDelivery("node-a", RITA);
        assertEquals(List.of(new Heard("pending", RITA, null)), listener.next(1));
    }

    @Test
    void writePresenceBackOnceAnEmptyRedisIsBack() {
        PresencePort presence = node.presence(TTL);
        presence.arrived(RITA, new Location("node-a", "c-1"));

        server.stop();
        server.startAgain();

        awaitTrue(() -> {
            try {
                return presence.whereIs(RITA).equals(Optional.of(new Location("node-a", "c-1")));
            } catch (RedisException notYet) {
                return false;
            }
        }, "the node's entries are written back without waiting for the next scheduled renewal");
    }

    @Test
    void rememberAnArrivalWhileRedisIsAwayAndRecordItOnceItIsBack() {
        PresencePort presence = node.presence(TTL);
        server.stop();
        awaitTrue(() -> !node.health().reachable(), "the node noticed");
        assertThrows(RedisException.class, () -> presence.arrived(RITA, new Location("node-a", "c-7")));

        server.startAgain();

        awaitTrue(() -> {
            try {
                return presence.whereIs(RITA).equals(Optional.of(new Location("node-a", "c-7")));
            } catch (RedisException notYet) {
                return false;
            }
        }, "the arrival reached Redis with the renewal after the reconnect");
    }

    @Test
    void keepSessionsWorkingOnceRedisIsBack() {
        server.stop();
        server.startAgain();

        awaitTrue(() -> {
            try {
                node.sessions().replace(RITA, new SessionId("after"), TTL);
                return true;
            } catch (RedisException notYet) {
                return false;
            }
        }, "the shared connection reconnected");
        assertEquals(Optional.of(new SessionId("after")), node.sessions().current(RITA));
    }

    private static void assertFast(Runnable call) {
        long started = System.nanoTime();
        call.run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < FAST_MILLIS, "took " + millis + " ms");
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 10 s: " + what);
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
