package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStorePort} does, in memory or in Redis. An implementation's test extends this class and
 * says how to build the store.
 */
public abstract class SessionStoreContract {
    /** A fresh store; distinct user ids per test keep shared back ends (Redis) from interfering. */
    protected abstract SessionStorePort store();

    /** Lets time pass for the store, in whatever way it measures time. */
    protected abstract void letTimePass(Duration duration) throws InterruptedException;

    protected UserId someUser() {
        return UserId.of(ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2));
    }

    @Test
    void knowsNoSessionOfAUserWhoNeverLoggedIn() {
        assertEquals(Optional.empty(), store().current(someUser()));
    }

    @Test
    void aNewSessionReplacesTheOldOne() {
        SessionStorePort sessions = store();
        UserId user = someUser();
        sessions.replace(user, new SessionId("first"), Duration.ofMinutes(5));
        sessions.replace(user, new SessionId("second"), Duration.ofMinutes(5));
        assertEquals(Optional.of(new SessionId("second")), sessions.current(user));
    }

    @Test
    void removingAnOlderSessionLeavesTheNewerOne() {
        SessionStorePort sessions = store();
        UserId user = someUser();
        sessions.replace(user, new SessionId("older"), Duration.ofMinutes(5));
        sessions.replace(user, new SessionId("newer"), Duration.ofMinutes(5));
        assertFalse(sessions.remove(user, new SessionId("older")), "the older session was not live");
        assertEquals(Optional.of(new SessionId("newer")), sessions.current(user));
        assertTrue(sessions.remove(user, new SessionId("newer")), "the live session was removed");
        assertEquals(Optional.empty(), sessions.current(user));
    }

    @Test
    void removeAllEndsWhicheverSessionIsLive() {
        SessionStorePort sessions = store();
        UserId user = someUser();
        sessions.replace(user, new SessionId("live"), Duration.ofMinutes(5));
        sessions.removeAll(user);
        assertEquals(Optional.empty(), sessions.current(user));
    }

    @Test
    void sessionsOfDifferentUsersAreIndependent() {
        SessionStorePort sessions = store();
        UserId alice = someUser();
        UserId bob = someUser();
        sessions.replace(alice, new SessionId("alice"), Duration.ofMinutes(5));
        sessions.replace(bob, new SessionId("bob"), Duration.ofMinutes(5));
        sessions.removeAll(alice);
        assertEquals(Optional.of(new SessionId("bob")), sessions.current(bob));
    }

    @Test
    void aSessionEndsWhenItsTimeIsUp() throws InterruptedException {
        SessionStorePort sessions = store();
        UserId user = someUser();
        sessions.replace(user, new SessionId("short"), Duration.ofSeconds(1));
        assertTrue(sessions.current(user).isPresent());
        letTimePass(Duration.ofMillis(1_500));
        assertEquals(Optional.empty(), sessions.current(user));
    }
}
