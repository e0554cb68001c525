package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.application.port.out.PresencePort.Location;
import io.parley.chat.domain.user.UserId;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link PresencePort} must do, in memory or shared by a cluster. */
public abstract class PresenceContract {
    protected abstract PresencePort presence();

    /** A user no other test of the same store touches. */
    private static UserId someUser() {
        return UserId.of(ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE));
    }

    @Test
    void knowNothingOfAUserWhoNeverConnected() {
        assertEquals(Optional.empty(), presence().whereIs(someUser()));
    }

    @Test
    void tellWhereTheUsersConnectionIs() {
        UserId user = someUser();
        presence().arrived(user, new Location("node-1", "c-1"));

        assertEquals(Optional.of(new Location("node-1", "c-1")), presence().whereIs(user));
    }

    @Test
    void keepOnlyTheLatestConnection() {
        UserId user = someUser();
        presence().arrived(user, new Location("node-1", "c-1"));
        presence().arrived(user, new Location("node-2", "c-9"));

        assertEquals(Optional.of(new Location("node-2", "c-9")), presence().whereIs(user));
    }

    @Test
    void tellWhichConnectionAnArrivalReplaced() {
        UserId user = someUser();

        assertEquals(Optional.empty(), presence().arrived(user, new Location("node-1", "c-1")));
        assertEquals(Optional.of(new Location("node-1", "c-1")),
                presence().arrived(user, new Location("node-2", "c-9")));
        assertEquals(Optional.of(new Location("node-2", "c-9")),
                presence().arrived(user, new Location("node-2", "c-9")));
    }

    @Test
    void forgetTheConnectionThatLeft() {
        UserId user = someUser();
        presence().arrived(user, new Location("node-1", "c-1"));
        presence().left(user, new Location("node-1", "c-1"));

        assertEquals(Optional.empty(), presence().whereIs(user));
    }

    @Test
    void neverForgetANewerConnectionForAnOlderOnesLeaving() {
        UserId user = someUser();
        presence().arrived(user, new Location("node-1", "c-1"));
        presence().arrived(user, new Location("node-1", "c-2"));
        presence().left(user, new Location("node-1", "c-1"));
        presence().left(user, new Location("node-2", "c-2"));

        assertEquals(Optional.of(new Location("node-1", "c-2")), presence().whereIs(user));
    }

    @Test
    void keepUsersApart() {
        UserId one = someUser();
        UserId other = someUser();
        presence().arrived(one, new Location("node-1", "c-1"));
        presence().arrived(other, new Location("node-2", "c-1"));
        presence().left(one, new Location("node-1", "c-1"));

        assertEquals(Optional.of(new Location("node-2", "c-1")), presence().whereIs(other));
    }
}
